package com.portfolioreview.report.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table streamed into one sheet of the template: its header is the template's last row
 * (texts rewritten to the exact SPEC titles, the template's look kept), data rows follow
 * through SXSSF. A table that would pass Excel's last row continues on a numbered sheet
 * ({@code Monthly Spend 2}, ...) placed right after, with the same header and widths.
 * Column widths are computed from the content written (never narrower than the template's,
 * never wider than a cap), which is fast where {@code autoSizeColumn} is not.
 */
final class StreamedTable {

    static final int EXCEL_MAX_ROWS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Widest column the content may ask for, in characters (long text wraps or is cut off on screen). */
    private static final int MAX_WIDTH_CHARS = 60;

    private final SXSSFWorkbook workbook;
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
    private int nextRow;
    private SXSSFRow row;

    StreamedTable(SXSSFWorkbook workbook, String sheetName, List<String> header, int maxRows, TemplateStyles styles) {
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
            cell.setCellValue(header.get(c));
            headerStyles.add(cell.getCellStyle());
            widths[c] = header.get(c).length();
        }
        for (int c = titles.getLastCellNum() - 1; c >= header.size(); c--) {
            if (titles.getCell(c) != null) {
                titles.removeCell(titles.getCell(c));
            }
        }
        this.sheet = workbook.getSheet(sheetName);
        this.nextRow = headerRow + 1;
        sheets.add(sheet);
        headerRows.add(headerRow);
        lastRows.add(headerRow);
    }

    /** Starts the next data row (continuing on a new numbered sheet at Excel's row limit). */
    SXSSFRow nextRow() {
        if (nextRow >= maxRows) {
            continueOnNewSheet();
        }
        row = sheet.createRow(nextRow++);
        lastRows.set(lastRows.size() - 1, row.getRowNum());
        return row;
    }

    /** Leaves one row empty (between two tables of the same sheet). */
    void skipRow() {
        nextRow++;
    }

    /** Writes a secondary header row (a second table on the same sheet), in this sheet's header look. */
    void sectionHeader(List<String> titles) {
        nextRow();
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(c < headerStyles.size() ? headerStyles.get(c) : headerStyles.get(0));
            cell.setCellValue(titles.get(c));
            track(c, titles.get(c).length());
        }
    }

    /** The 1-based row number of the current row, as formulas name it. */
    int excelRow() {
        return row.getRowNum() + 1;
    }

    Cell text(int column, String value) {
        return text(column, value, styles.text());
    }

    Cell text(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        String text = CellValues.text(value);
        cell.setCellValue(text);
        track(column, CellValues.displayWidth(text));
        return cell;
    }

    /** Text with its line breaks shown (the row is made tall enough). */
    void wrappedText(int column, String value) {
        text(column, value, styles.wrappedText());
        int lines = 1 + (int) CellValues.text(value).chars().filter(ch -> ch == '\n').count();
        if (lines > 1) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * sheet.getDefaultRowHeightInPoints()));
        }
    }

    void money(int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.money());
        if (amount != null) {
            double value = CellValues.cents(amount).doubleValue();
            cell.setCellValue(value);
            track(column, CellValues.moneyWidth(value));
        }
    }

    void percent(int column, Double ratio) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.percent());
        if (ratio != null && Double.isFinite(ratio)) {
            cell.setCellValue(ratio);
            track(column, 8);
        }
    }

    void integer(int column, Long value) {
        integer(column, value, styles.integer());
    }

    /** A line number or an id: a number, written without thousands separators. */
    void identifier(int column, Long value) {
        integer(column, value, styles.identifier());
    }

    private void integer(int column, Long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            int digits = Long.toString(Math.abs(value)).length();
            track(column, digits + (digits - 1) / 3 + 2);
        }
    }

    void decimal(int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.decimal());
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            track(column, value.toPlainString().length() + 4);
        }
    }

    /**
     * An Excel formula over cells of the current row, saved with its computed value:
     * {@code cached} is a Double, or "" for a formula whose result is the empty text.
     */
    void formula(int column, String formula, Object cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellFormula(formula);
        if (cached instanceof Double d) {
            cell.setCellValue(d);
            track(column, style == styles.money() ? CellValues.moneyWidth(d) : 8);
        } else {
            cell.setCellValue(String.valueOf(cached));
        }
    }

    void blank(int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
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
        workbook.setSheetOrder(name, workbook.getSheetIndex(previous) + 1);
        SXSSFRow titles = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = titles.createCell(c);
            cell.setCellStyle(headerStyles.get(c));
            cell.setCellValue(header.get(c));
        }
        sheets.add(sheet);
        headerRows.add(0);
        lastRows.add(0);
        nextRow = 1;
    }

    /**
     * Sizes the columns and, on every sheet of the table, freezes the header (and the first
     * {@code frozenColumns} columns) and puts an auto-filter on it.
     */
    void finish(int frozenColumns, boolean autoFilter) {
        for (int i = 0; i < sheets.size(); i++) {
            SXSSFSheet s = sheets.get(i);
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
}
