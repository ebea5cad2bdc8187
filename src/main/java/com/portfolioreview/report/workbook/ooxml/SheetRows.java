package com.portfolioreview.report.workbook.ooxml;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows of one streamed sheet, serialised as the XML SXSSF's {@code SheetDataWriter} would
 * write for the same cells (inline strings, numbers without the default {@code t="n"}, shared
 * strings by index, formulas with their cached values, styles by index) and handed to the
 * sheet's {@link TableSheetWriter} in batches: no row or cell objects are made, which is what
 * lets millions of rows be written in seconds (docs/performance.md). What a cell holds is the
 * caller's; how its bytes are laid out is this class's.
 */
public final class SheetRows {

    /** Rows are handed to the sheet's writer in batches of about this many bytes. */
    private static final int BATCH_BYTES = 1 << 15;

    private final StreamingWorkbook workbook;
    private SXSSFSheet sheet;
    private TableSheetWriter writer;

    /** The open row: its 0-based index (-1: none), its cells' XML, its height (-1: default). */
    private int rowIndex = -1;
    private final XmlBytes rowNumber = new XmlBytes(16);
    private final XmlBytes cells = new XmlBytes(1024);
    private float rowHeight = -1;
    /** The rightmost column written since the table started. */
    private int lastColumn = -1;
    /** {@code  s="N"} for each style index met (empty for the default style 0). */
    private final byte[][] styleAttributes = new byte[256][];
    /** The rest of a shared-string cell, from its type to {@code </c>}, by string index. */
    private byte[][] sharedStringCells = new byte[256][];
    /** Finished rows not yet handed to the writer. */
    private final XmlBytes batch = new XmlBytes(BATCH_BYTES + 4096);

    /** Rows for {@code sheet}, a sheet of {@code workbook}. */
    public SheetRows(StreamingWorkbook workbook, SXSSFSheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.writer = workbook.writerOf(sheet);
    }

    /** Hands the rows so far to the current sheet; the next rows go to {@code next}. */
    public void continueOn(SXSSFSheet next) {
        closeRow();
        drain();
        sheet = next;
        writer = workbook.writerOf(next);
    }

    /** Starts row {@code index} (0-based), closing the open one. */
    public void openRow(int index) {
        closeRow();
        rowIndex = index;
        rowNumber.reset();
        rowNumber.number(index + 1L);
        cells.reset();
        rowHeight = -1;
    }

    /** The open row's 0-based index, or -1 when none is open. */
    public int rowIndex() {
        return rowIndex;
    }

    /** Makes the open row at least {@code points} tall. */
    public void atLeastHigh(float points) {
        rowHeight = Math.max(rowHeight, points);
    }

    /** The rightmost column written, or -1. */
    public int lastColumn() {
        return lastColumn;
    }

    /** A number; one that is not finite is a defect, never written. */
    public void number(int column, double value, CellStyle style) {
        open(column, style);
        cells.ascii(NUMBER_OPEN).number(value).ascii(VALUE_CLOSE);
    }

    public void number(int column, long value, CellStyle style) {
        open(column, style);
        cells.ascii(NUMBER_OPEN).number(value).ascii(VALUE_CLOSE);
    }

    /** An exact decimal, as its plain digits. */
    public void number(int column, BigDecimal value, CellStyle style) {
        open(column, style);
        cells.ascii(NUMBER_OPEN).number(value).ascii(VALUE_CLOSE);
    }

    /** Text in the cell itself, its leading or trailing space kept. */
    public void inlineString(int column, String text, CellStyle style) {
        open(column, style);
        cells.ascii(text.isEmpty() || !(Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))) ? STRING_OPEN : STRING_OPEN_PRESERVE);
        cells.text(text).ascii(STRING_CLOSE);
    }

    /** A reference to the workbook's shared string {@code index} ({@link StreamingWorkbook#sharedString}). */
    public void sharedString(int column, int index, CellStyle style) {
        if (index >= sharedStringCells.length) {
            sharedStringCells = Arrays.copyOf(sharedStringCells, Math.max(index + 1, sharedStringCells.length * 2));
        }
        byte[] cell = sharedStringCells[index];
        if (cell == null) {
            cell = ascii(" t=\"s\"><v>" + index + "</v></c>");
            sharedStringCells[index] = cell;
        }
        open(column, style);
        cells.ascii(cell);
    }

    /** A formula with its computed number ({@code NaN}: saved without a value). */
    public void formula(int column, String formula, double cached, CellStyle style) {
        open(column, style);
        cells.ascii(FORMULA_NUMBER_OPEN).text(formula).ascii(FORMULA_CLOSE);
        if (!Double.isNaN(cached)) {
            cells.ascii(VALUE_OPEN).number(cached).ascii(VALUE_CLOSE);
        } else {
            cells.ascii(CELL_CLOSE);
        }
    }

    /** A formula with its computed text (empty: saved without a value). */
    public void formula(int column, String formula, String cached, CellStyle style) {
        open(column, style);
        cells.ascii(FORMULA_STRING_OPEN).text(formula).ascii(FORMULA_CLOSE);
        if (!cached.isEmpty()) {
            cells.ascii(VALUE_OPEN).text(cached).ascii(VALUE_CLOSE);
        } else {
            cells.ascii(CELL_CLOSE);
        }
    }

    /** An empty cell with a style. */
    public void blank(int column, CellStyle style) {
        open(column, style);
        cells.ascii(EMPTY_CLOSE);
    }

    /** Ends the open row, if any (its cells are written in the order they were given). */
    public void closeRow() {
        if (rowIndex < 0) {
            return;
        }
        batch.ascii(ROW_OPEN).append(rowNumber).ascii(QUOTE);
        if (rowHeight > 0) {
            batch.ascii(" customHeight=\"true\" ht=\"").ascii(Float.toString(rowHeight)).ascii(QUOTE);
        }
        batch.ascii(TAG_END).append(cells).ascii(ROW_CLOSE);
        rowIndex = -1;
        if (batch.size() >= BATCH_BYTES) {
            drain();
        }
    }

    /** Closes the open row and hands every row to the sheet. */
    public void finish() {
        closeRow();
        drain();
    }

    /** {@code <c r="B12" s="3"}: the cell's reference and style, its type and value still to come. */
    private void open(int column, CellStyle style) {
        if (rowIndex < 0) {
            throw new IllegalStateException("no row started");
        }
        lastColumn = Math.max(lastColumn, column);
        cells.ascii(CELL_REF).ascii(COLUMNS[column]).append(rowNumber).ascii(QUOTE).ascii(styleAttribute(style));
    }

    private byte[] styleAttribute(CellStyle style) {
        int index = style == null ? 0 : style.getIndex() & 0xffff;
        if (index >= styleAttributes.length) {
            return styleAttributeOf(index);
        }
        byte[] attribute = styleAttributes[index];
        if (attribute == null) {
            attribute = styleAttributeOf(index);
            styleAttributes[index] = attribute;
        }
        return attribute;
    }

    private static byte[] styleAttributeOf(int index) {
        return index == 0 ? new byte[0] : ascii(" s=\"" + index + "\"");
    }

    private void drain() {
        try {
            writer.rows(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rows of sheet " + sheet.getSheetName(), e);
        }
        batch.reset();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Column letters A, B, ..., as bytes, for every column a sheet can have. */
    private static final byte[][] COLUMNS = new byte[SpreadsheetVersion.EXCEL2007.getMaxColumns()][];

    static {
        for (int c = 0; c < COLUMNS.length; c++) {
            COLUMNS[c] = ascii(CellReference.convertNumToColString(c));
        }
    }

    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] TAG_END = ascii(">");
    private static final byte[] ROW_CLOSE = ascii("</row>\n");
    private static final byte[] CELL_REF = ascii("<c r=\"");
    private static final byte[] QUOTE = ascii("\"");
    /** A number cell: {@code t="n"} is the default type and left out. */
    private static final byte[] NUMBER_OPEN = ascii("><v>");
    private static final byte[] VALUE_OPEN = ascii("<v>");
    private static final byte[] VALUE_CLOSE = ascii("</v></c>");
    private static final byte[] CELL_CLOSE = ascii("</c>");
    private static final byte[] EMPTY_CLOSE = ascii("/>");
    private static final byte[] STRING_OPEN = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] STRING_OPEN_PRESERVE = ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] STRING_CLOSE = ascii("</t></is></c>");
    private static final byte[] FORMULA_NUMBER_OPEN = ascii("><f>");
    private static final byte[] FORMULA_STRING_OPEN = ascii(" t=\"str\"><f>");
    private static final byte[] FORMULA_CLOSE = ascii("</f>");
}
