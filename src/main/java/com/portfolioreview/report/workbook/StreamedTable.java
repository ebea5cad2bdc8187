package com.portfolioreview.report.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table streamed into one sheet of the template: its header is the template's last row
 * (texts rewritten to the exact SPEC titles, the template's look kept), data rows follow.
 * A table that would pass Excel's last row continues on a numbered sheet
 * ({@code Monthly Spend 2}, ...) placed right after, with the same header and widths.
 * Column widths are computed from the content written (never narrower than the template's,
 * never wider than a cap), which is fast where {@code autoSizeColumn} is not.
 * <p>
 * Rows are serialised here, as the XML SXSSF's {@code SheetDataWriter} would write for the same
 * cells (inline strings, numbers, formulas with their cached values, styles by index; numbers
 * without the default {@code t="n"}, repeated labels as shared strings), straight
 * into the sheet's {@link TableSheetWriter}: no row or cell objects are made, which is what lets
 * millions of rows be written in seconds (docs/performance.md). The workbook around them is
 * still SXSSF's.
 */
final class StreamedTable {

    static final int EXCEL_MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Widest column the content may ask for, in characters (long text wraps or is cut off on screen). */
    private static final int MAX_WIDTH_CHARS = 60;
    /** Rows are handed to the sheet's writer in batches of about this many bytes. */
    private static final int BATCH_BYTES = 1 << 15;

    private final StreamingWorkbook workbook;
    private final String baseName;
    private final int maxRows;
    private final TemplateStyles styles;
    private final List<String> header;
    private final List<CellStyle> headerStyles = new ArrayList<>();
    private final int headerRow;
    private final int[] templateWidths;
    private final int[] widths;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private final List<Integer> headerRows = new ArrayList<>();
    private final List<Integer> lastRows = new ArrayList<>();
    private SXSSFSheet sheet;
    private TableSheetWriter writer;
    private int nextRow;
    /** The rightmost column written (the header's at least): the sheets' dimension. */
    private int lastColumn;

    /** The open row: its 0-based index (-1: none), its cells' XML, its height (-1: default). */
    private int rowIndex = -1;
    private final XmlBytes rowNumber = new XmlBytes(16);
    private final XmlBytes cells = new XmlBytes(1024);
    private float rowHeight = -1;
    /** The label last written in each of the first columns, and its shared-string index. */
    private static final int LABEL_COLUMNS = 16;
    private final String[] lastLabel = new String[LABEL_COLUMNS];
    /** The rest of that label's cell, from its type to {@code </c>}. */
    private final byte[][] lastLabelCell = new byte[LABEL_COLUMNS][];
    /**
     * Each label met, with the rest of its cell (it is the same in every column: a shared-string
     * reference) and its display width: a period or a category changes every row.
     */
    private final Map<String, Label> labels = new HashMap<>();

    private record Label(byte[] cell, int width) {
    }

    /** {@code  s="N"} for each style index met (empty for the default style 0). */
    private final byte[][] styleAttributes = new byte[256][];
    /** Finished rows not yet handed to the writer. */
    private final XmlBytes batch = new XmlBytes(BATCH_BYTES + 4096);

    StreamedTable(StreamingWorkbook workbook, String sheetName, List<String> header, int maxRows,
            TemplateStyles styles) {
        this.workbook = workbook;
        this.baseName = sheetName;
        this.maxRows = maxRows;
        this.styles = styles;
        this.header = List.copyOf(header);
        XSSFSheet template = workbook.getXSSFWorkbook().getSheet(sheetName);
        int free = WorkbookTemplate.firstFreeRow(template);
        this.headerRow = Math.max(0, free - 1);
        XSSFRow titles = template.getRow(headerRow) == null ? template.createRow(headerRow) : template.getRow(headerRow);
        CellStyle fallback = titles.getCell(0) != null ? titles.getCell(0).getCellStyle() : styles.header();
        int columns = Math.max(header.size(), titles.getLastCellNum());
        this.widths = new int[columns];
        this.templateWidths = new int[columns];
        for (int c = 0; c < columns; c++) {
            templateWidths[c] = template.getColumnWidth(c);
        }
        for (int c = 0; c < header.size(); c++) {
            XSSFCell cell = titles.getCell(c) == null ? titles.createCell(c) : titles.getCell(c);
            if (cell.getCellStyle() == null || cell.getCellStyle().getIndex() == 0) {
                cell.setCellStyle(fallback);
            }
            workbook.sharedStringCell(cell, header.get(c));
            headerStyles.add(cell.getCellStyle());
            widths[c] = header.get(c).length();
        }
        for (int c = titles.getLastCellNum() - 1; c >= header.size(); c--) {
            if (titles.getCell(c) != null) {
                titles.removeCell(titles.getCell(c));
            }
        }
        this.sheet = workbook.getSheet(sheetName);
        this.writer = workbook.writerOf(sheet);
        this.nextRow = headerRow + 1;
        this.lastColumn = Math.max(header.size(), 1) - 1;
        sheets.add(sheet);
        headerRows.add(headerRow);
        lastRows.add(headerRow);
    }

    /** Starts the next data row (continuing on a new numbered sheet at Excel's row limit). */
    void nextRow() {
        closeRow();
        if (nextRow >= maxRows) {
            continueOnNewSheet();
        }
        openRow(nextRow++);
        lastRows.set(lastRows.size() - 1, rowIndex);
    }

    /** Leaves one row empty (between two tables of the same sheet). */
    void skipRow() {
        closeRow();
        nextRow++;
    }

    /** Writes a secondary header row (a second table on the same sheet), in this sheet's header look. */
    void sectionHeader(List<String> titles) {
        nextRow();
        for (int c = 0; c < titles.size(); c++) {
            inlineString(c, titles.get(c), c < headerStyles.size() ? headerStyles.get(c) : headerStyles.get(0));
            track(c, titles.get(c).length());
        }
    }

    /** The 1-based row number of the current row, as formulas name it. */
    int excelRow() {
        return rowIndex + 1;
    }

    void text(int column, String value) {
        text(column, value, styles.text());
    }

    void text(int column, String value, CellStyle style) {
        String text = CellValues.text(value);
        inlineString(column, text, style);
        track(column, CellValues.displayWidth(text));
    }

    /**
     * A short text that repeats down the table (an initiative id, a period, a category, a KPI
     * name): written once in the workbook's shared strings, the cell refers to it.
     */
    void label(int column, String value) {
        byte[] cell;
        if (column < LABEL_COLUMNS && value != null && value.equals(lastLabel[column])) {
            cell = lastLabelCell[column]; // the same label as the row above: most rows
        } else {
            Label label = value == null ? null : labels.get(value);
            if (label == null) {
                String text = CellValues.text(value);
                label = new Label(ascii(" t=\"s\"><v>" + workbook.sharedString(text) + "</v></c>"),
                        CellValues.displayWidth(text));
                if (value != null) {
                    labels.put(value, label);
                }
            }
            cell = label.cell();
            track(column, label.width());
            if (column < LABEL_COLUMNS) {
                lastLabel[column] = value;
                lastLabelCell[column] = cell;
            }
        }
        open(column, styles.text());
        cells.ascii(cell);
    }

    /** Text with its line breaks shown (the row is made tall enough). */
    void wrappedText(int column, String value) {
        text(column, value, styles.wrappedText());
        int lines = 1 + (int) CellValues.text(value).chars().filter(ch -> ch == '\n').count();
        if (lines > 1) {
            float height = lines * sheet.getDefaultRowHeightInPoints();
            rowHeight = Math.max(rowHeight, height);
        }
    }

    void money(int column, BigDecimal amount) {
        if (amount == null) {
            blank(column, styles.money());
            return;
        }
        BigDecimal cents = CellValues.cents(amount);
        open(column, styles.money());
        cells.ascii(NUMBER_OPEN).number(cents).ascii(VALUE_CLOSE);
        track(column, CellValues.moneyWidth(cents));
    }

    void percent(int column, Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) {
            blank(column, styles.percent());
            return;
        }
        number(column, ratio, styles.percent());
        track(column, 8);
    }

    void integer(int column, Long value) {
        integer(column, value, styles.integer());
    }

    /** A line number or an id: a number, written without thousands separators. */
    void identifier(int column, Long value) {
        integer(column, value, styles.identifier());
    }

    private void integer(int column, Long value, CellStyle style) {
        if (value == null) {
            blank(column, style);
            return;
        }
        open(column, style);
        cells.ascii(NUMBER_OPEN).number((long) value).ascii(VALUE_CLOSE);
        int digits = Long.toString(Math.abs(value)).length();
        track(column, digits + (digits - 1) / 3 + 2);
    }

    void decimal(int column, BigDecimal value) {
        if (value == null) {
            blank(column, styles.decimal());
            return;
        }
        open(column, styles.decimal());
        cells.ascii(NUMBER_OPEN).number(value).ascii(VALUE_CLOSE);
        track(column, plainLength(value) + 4);
    }

    /** The length of {@code value.toPlainString()}, without making the string. */
    static int plainLength(BigDecimal value) {
        int scale = value.scale();
        int integerDigits = value.signum() == 0 ? 1 : Math.max(1, value.precision() - scale);
        return (value.signum() < 0 ? 1 : 0) + integerDigits + (scale > 0 ? scale + 1 : 0);
    }

    /** A date and time, as the serial number Excel stores, in the template's date format. */
    void date(int column, LocalDateTime value) {
        if (value == null) {
            blank(column, styles.date());
            return;
        }
        number(column, DateUtil.getExcelDate(value), styles.date());
        track(column, 19);
    }

    /**
     * An Excel formula over cells of the current row, saved with its computed value:
     * {@code cached} is a Double, or "" for a formula whose result is the empty text.
     */
    void formula(int column, String formula, Object cached, CellStyle style) {
        open(column, style);
        if (cached instanceof Double d) {
            cells.ascii(FORMULA_NUMBER_OPEN).text(formula).ascii(FORMULA_CLOSE);
            if (!Double.isNaN(d)) {
                cells.ascii(VALUE_OPEN).number(d).ascii(VALUE_CLOSE);
            } else {
                cells.ascii(CELL_CLOSE);
            }
            track(column, style == styles.money() ? CellValues.moneyWidth(d) : 8);
        } else {
            String text = String.valueOf(cached);
            cells.ascii(FORMULA_STRING_OPEN).text(formula).ascii(FORMULA_CLOSE);
            if (!text.isEmpty()) {
                cells.ascii(VALUE_OPEN).text(text).ascii(VALUE_CLOSE);
            } else {
                cells.ascii(CELL_CLOSE);
            }
        }
    }

    void blank(int column, CellStyle style) {
        open(column, style);
        cells.ascii(EMPTY_CLOSE);
    }

    private void number(int column, double value, CellStyle style) {
        open(column, style);
        cells.ascii(NUMBER_OPEN).number(value).ascii(VALUE_CLOSE);
    }

    private void inlineString(int column, String text, CellStyle style) {
        open(column, style);
        cells.ascii(text.isEmpty() || !(Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1))) ? STRING_OPEN : STRING_OPEN_PRESERVE);
        cells.text(text).ascii(STRING_CLOSE);
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

    private void openRow(int index) {
        rowIndex = index;
        rowNumber.reset();
        rowNumber.number(index + 1L);
        cells.reset();
        rowHeight = -1;
    }

    private void closeRow() {
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

    private void drain() {
        try {
            writer.rows(batch);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rows of sheet " + sheet.getSheetName(), e);
        }
        batch.reset();
    }

    private void track(int column, int chars) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], chars);
        }
    }

    private void continueOnNewSheet() {
        drain();
        String name = baseName + " " + (sheets.size() + 1);
        SXSSFSheet previous = sheet;
        sheet = workbook.createSheet(name);
        writer = workbook.writerOf(sheet);
        workbook.setSheetOrder(name, workbook.getSheetIndex(previous) + 1);
        sheets.add(sheet);
        headerRows.add(0);
        lastRows.add(0);
        openRow(0);
        for (int c = 0; c < header.size(); c++) {
            inlineString(c, header.get(c), headerStyles.get(c));
        }
        closeRow();
        nextRow = 1;
    }

    /**
     * Hands the last rows to the writer, sets each sheet's dimension, sizes the columns and,
     * on every sheet of the table, freezes the header (and the first {@code frozenColumns}
     * columns) and puts an auto-filter on it.
     */
    void finish(int frozenColumns, boolean autoFilter) {
        closeRow();
        drain();
        for (int i = 0; i < sheets.size(); i++) {
            SXSSFSheet s = sheets.get(i);
            workbook.getXSSFWorkbook().getSheet(s.getSheetName())
                    .setDimensionOverride(new CellRangeAddress(0, Math.max(0, lastRows.get(i)), 0, lastColumn));
            for (int c = 0; c < widths.length; c++) {
                int content = (Math.min(MAX_WIDTH_CHARS, widths[c]) + 2) * 256;
                s.setColumnWidth(c, Math.max(templateWidths[c], content));
            }
            int top = headerRows.get(i);
            s.createFreezePane(frozenColumns, top + 1);
            if (autoFilter) {
                s.setAutoFilter(new CellRangeAddress(top, Math.max(top, lastRows.get(i)), 0, header.size() - 1));
            }
        }
    }

    /** Index of the header row on the first sheet (the template's last row). */
    int headerRow() {
        return headerRow;
    }

    /** Every sheet the table was written to, first one first. */
    List<SXSSFSheet> sheets() {
        return List.copyOf(sheets);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Column letters A, B, ..., as bytes, for every column a sheet can have. */
    private static final byte[][] COLUMNS = new byte[org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxColumns()][];

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
