package com.portfolioreview.report.workbook;

import com.portfolioreview.report.workbook.ooxml.SheetRows;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
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
 * This class says what each cell holds (money in cents in the template's money style, a label
 * once in the shared strings, ...); {@link SheetRows} lays the cells out as sheet XML, without
 * row or cell objects (docs/performance.md). The workbook around them is still SXSSF's.
 */
final class StreamedTable {

    static final int EXCEL_MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Widest column the content may ask for, in characters (long text wraps or is cut off on screen). */
    private static final int MAX_WIDTH_CHARS = 60;

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
    private final SheetRows rows;
    private int nextRow;
    /** The header's last column: the sheets' dimension reaches at least there. */
    private final int headerLastColumn;

    /** The label last written in each of the first columns. */
    private static final int LABEL_COLUMNS = 16;
    private final Label[] lastLabel = new Label[LABEL_COLUMNS];
    /**
     * Each label met, with its shared-string index and its display width: a period or a
     * category changes every row.
     */
    private final Map<String, Label> labels = new HashMap<>();

    private record Label(String value, int index, int width) {
    }

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
        this.rows = new SheetRows(workbook, sheet);
        this.nextRow = headerRow + 1;
        this.headerLastColumn = Math.max(header.size(), 1) - 1;
        sheets.add(sheet);
        headerRows.add(headerRow);
        lastRows.add(headerRow);
    }

    /** Starts the next data row (continuing on a new numbered sheet at Excel's row limit). */
    void nextRow() {
        rows.closeRow();
        if (nextRow >= maxRows) {
            continueOnNewSheet();
        }
        rows.openRow(nextRow++);
        lastRows.set(lastRows.size() - 1, rows.rowIndex());
    }

    /** Leaves one row empty (between two tables of the same sheet). */
    void skipRow() {
        rows.closeRow();
        nextRow++;
    }

    /** Writes a secondary header row (a second table on the same sheet), in this sheet's header look. */
    void sectionHeader(List<String> titles) {
        nextRow();
        for (int c = 0; c < titles.size(); c++) {
            rows.inlineString(c, titles.get(c), c < headerStyles.size() ? headerStyles.get(c) : headerStyles.get(0));
            track(c, titles.get(c).length());
        }
    }

    /** The 1-based row number of the current row, as formulas name it. */
    int excelRow() {
        return rows.rowIndex() + 1;
    }

    void text(int column, String value) {
        text(column, value, styles.text());
    }

    void text(int column, String value, CellStyle style) {
        String text = CellValues.text(value);
        rows.inlineString(column, text, style);
        track(column, CellValues.displayWidth(text));
    }

    /**
     * A short text that repeats down the table (an initiative id, a period, a category, a KPI
     * name): written once in the workbook's shared strings, the cell refers to it.
     */
    void label(int column, String value) {
        Label label = column < LABEL_COLUMNS ? lastLabel[column] : null;
        if (label == null || value == null || !value.equals(label.value())) { // most rows repeat the row above
            label = value == null ? null : labels.get(value);
            if (label == null) {
                String text = CellValues.text(value);
                label = new Label(value, workbook.sharedString(text), CellValues.displayWidth(text));
                if (value != null) {
                    labels.put(value, label);
                }
            }
            track(column, label.width());
            if (column < LABEL_COLUMNS) {
                lastLabel[column] = label;
            }
        }
        rows.sharedString(column, label.index(), styles.text());
    }

    /** Text with its line breaks shown (the row is made tall enough). */
    void wrappedText(int column, String value) {
        text(column, value, styles.wrappedText());
        int lines = 1 + (int) CellValues.text(value).chars().filter(ch -> ch == '\n').count();
        if (lines > 1) {
            rows.atLeastHigh(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    void money(int column, BigDecimal amount) {
        if (amount == null) {
            blank(column, styles.money());
            return;
        }
        BigDecimal cents = CellValues.cents(amount);
        rows.number(column, cents, styles.money());
        track(column, CellValues.moneyWidth(cents));
    }

    void percent(int column, Double ratio) {
        if (ratio == null || !Double.isFinite(ratio)) {
            blank(column, styles.percent());
            return;
        }
        rows.number(column, (double) ratio, styles.percent());
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
        rows.number(column, (long) value, style);
        int digits = Long.toString(Math.abs(value)).length();
        track(column, digits + (digits - 1) / 3 + 2);
    }

    void decimal(int column, BigDecimal value) {
        if (value == null) {
            blank(column, styles.decimal());
            return;
        }
        rows.number(column, value, styles.decimal());
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
        rows.number(column, DateUtil.getExcelDate(value), styles.date());
        track(column, 19);
    }

    /**
     * An Excel formula over cells of the current row, saved with its computed value:
     * {@code cached} is a Double, or "" for a formula whose result is the empty text.
     */
    void formula(int column, String formula, Object cached, CellStyle style) {
        if (cached instanceof Double d) {
            rows.formula(column, formula, (double) d, style);
            track(column, style == styles.money() ? CellValues.moneyWidth(d) : 8);
        } else {
            rows.formula(column, formula, String.valueOf(cached), style);
        }
    }

    void blank(int column, CellStyle style) {
        rows.blank(column, style);
    }

    private void track(int column, int chars) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], chars);
        }
    }

    private void continueOnNewSheet() {
        String name = baseName + " " + (sheets.size() + 1);
        SXSSFSheet previous = sheet;
        sheet = workbook.createSheet(name);
        rows.continueOn(sheet);
        workbook.setSheetOrder(name, workbook.getSheetIndex(previous) + 1);
        sheets.add(sheet);
        headerRows.add(0);
        lastRows.add(0);
        rows.openRow(0);
        for (int c = 0; c < header.size(); c++) {
            rows.inlineString(c, header.get(c), headerStyles.get(c));
        }
        rows.closeRow();
        nextRow = 1;
    }

    /**
     * Hands the last rows to the writer, sets each sheet's dimension, sizes the columns and,
     * on every sheet of the table, freezes the header (and the first {@code frozenColumns}
     * columns) and puts an auto-filter on it.
     */
    void finish(int frozenColumns, boolean autoFilter) {
        rows.finish();
        int lastColumn = Math.max(headerLastColumn, rows.lastColumn());
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

    /** Read on paper too: landscape, one page wide, the header row repeated on every page (first sheet). */
    void printLandscapeOnePageWide() {
        SXSSFSheet first = sheets.get(0);
        org.apache.poi.ss.usermodel.PrintSetup print = first.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        first.setFitToPage(true);
        first.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Index of the header row on the first sheet (the template's last row). */
    int headerRow() {
        return headerRow;
    }

    /** Every sheet the table was written to, first one first. */
    List<SXSSFSheet> sheets() {
        return List.copyOf(sheets);
    }
}
