package com.portfolioreview.report.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates {@code templates/portfolio-review.xlsx}, the look of the workbook (SPEC §3.2).
 * The committed file is the source of truth once edited by hand in Excel/LibreOffice; this
 * generator only produces the first version. Regenerate it with
 * {@code ./mvnw -q -B test -Dtest=TemplateGeneratorTest -Dtemplate.regenerate=true}.
 *
 * <p>Layout: the seven sheets in SPEC order, each with one styled header row (the writer
 * streams data below it) and column widths; the Summary holds the title in A1; the hidden
 * {@code Styles} sheet holds one sample cell per named style (column A name, column B sample)
 * and the ISO code the money format is written for.
 */
public final class TemplateGenerator {

    static final Path COMMITTED = Path.of("templates", "portfolio-review.xlsx");
    static final String TITLE = "AI Initiative Portfolio Review";

    private TemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        generate(args.length > 0 ? Path.of(args[0]) : COMMITTED);
    }

    static void generate(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFFont bodyFont = font(wb, 10, false, null);
            XSSFFont headerFont = font(wb, 10, true, new byte[]{(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            XSSFFont titleFont = font(wb, 16, true, new byte[]{0x1F, 0x38, 0x64});

            XSSFCellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            XSSFCellStyle header = wb.createCellStyle();
            header.setFont(headerFont);
            fill(header, 0x1F, 0x4E, 0x78);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);
            XSSFCellStyle text = body(wb, bodyFont, null);
            text.setVerticalAlignment(VerticalAlignment.TOP);

            Map<String, XSSFCellStyle> styles = new LinkedHashMap<>();
            styles.put("title", title);
            styles.put("header", header);
            styles.put("text", text);
            styles.put("integer", body(wb, bodyFont, "#,##0"));
            styles.put("decimal", body(wb, bodyFont, "#,##0.00##"));
            styles.put("money", body(wb, bodyFont, "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)"));
            styles.put("percent", body(wb, bodyFont, "0.0%"));
            styles.put("date", body(wb, bodyFont, "yyyy-mm-dd hh:mm"));
            styles.put("decision CONTINUE", decision(wb, 0xC6, 0xEF, 0xCE, 0x00, 0x61, 0x00));
            styles.put("decision RECALIBRATE", decision(wb, 0xFF, 0xEB, 0x9C, 0x9C, 0x57, 0x00));
            styles.put("decision CANCEL", decision(wb, 0xFF, 0xC7, 0xCE, 0x9C, 0x00, 0x06));
            styles.put("decision NOT_STARTED", decision(wb, 0xD9, 0xD9, 0xD9, 0x3F, 0x3F, 0x3F));

            XSSFSheet summary = wb.createSheet("Summary");
            summary.createRow(0).createCell(0).setCellValue(TITLE);
            summary.getRow(0).getCell(0).setCellStyle(title);
            summary.getRow(0).setHeightInPoints(24);
            summary.setColumnWidth(0, 36 * 256);
            for (int c = 1; c < 5; c++) {
                summary.setColumnWidth(c, 18 * 256);
            }
            table(wb, "Changes", header, ChangesSheet.HEADER, 16);
            table(wb, "Initiatives", header, InitiativesSheet.HEADER, 14);
            table(wb, "Monthly Spend", header, MonthlySpendSheet.HEADER, 14);
            table(wb, "KPIs", header, KpisSheet.HEADER, 14);
            table(wb, "Data Quality", header, DataQualitySheet.HEADER, 16);
            table(wb, "History", header, List.of("Initiative ID", "Name"), 14);
            table(wb, "Assumptions", header, AssumptionsSheet.HEADER, 30);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).getPrintSetup().setLandscape(true);
                wb.getSheetAt(i).getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            }

            XSSFSheet sheet = wb.createSheet(TemplateStyles.SHEET);
            XSSFRow head = sheet.createRow(0);
            String[] titles = {"Style", "Sample", "What it styles"};
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(header);
            }
            Map<String, Object> samples = samples();
            int r = 1;
            for (Map.Entry<String, XSSFCellStyle> style : styles.entrySet()) {
                XSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(style.getKey());
                var cell = row.createCell(1);
                Object sample = samples.get(style.getKey());
                if (sample instanceof Double d) {
                    cell.setCellValue(d);
                } else if (sample instanceof java.time.LocalDateTime t) {
                    cell.setCellValue(t);
                } else {
                    cell.setCellValue(String.valueOf(sample));
                }
                cell.setCellStyle(style.getValue());
                row.createCell(2).setCellValue(NOTES.get(style.getKey()));
            }
            XSSFRow currency = sheet.createRow(r);
            currency.createCell(0).setCellValue(TemplateStyles.MONEY_CURRENCY);
            currency.createCell(1).setCellValue("USD");
            currency.createCell(2).setCellValue("ISO code of the currency the money format is written for; "
                    + "another reporting currency replaces its sign by that currency's ISO code");
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 90 * 256);
            wb.setSheetHidden(wb.getSheetIndex(sheet), true);
            wb.setActiveSheet(0);

            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("title", "Summary title look (the title text itself is Summary!A1)"),
            Map.entry("header", "headers the writer adds (Summary tables, second tables, History periods)"),
            Map.entry("text", "every text cell"),
            Map.entry("integer", "counts, ages, scores"),
            Map.entry("decimal", "KPI values, FX rates"),
            Map.entry("money", "every money cell (see 'money currency')"),
            Map.entry("percent", "ratios: variance %, ROI, attainment, completeness"),
            Map.entry("date", "run date"),
            Map.entry("decision CONTINUE", "decision cells"),
            Map.entry("decision RECALIBRATE", "decision cells"),
            Map.entry("decision CANCEL", "decision cells"),
            Map.entry("decision NOT_STARTED", "decision cells"));

    private static Map<String, Object> samples() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", TITLE);
        m.put("header", "Header");
        m.put("text", "Text");
        m.put("integer", 1234.0);
        m.put("decimal", 1234.5);
        m.put("money", -1234.56);
        m.put("percent", 0.125);
        m.put("date", java.time.LocalDateTime.of(2026, 11, 3, 6, 15));
        m.put("decision CONTINUE", "CONTINUE");
        m.put("decision RECALIBRATE", "RECALIBRATE");
        m.put("decision CANCEL", "CANCEL");
        m.put("decision NOT_STARTED", "NOT_STARTED");
        return m;
    }

    private static void table(XSSFWorkbook wb, String name, XSSFCellStyle header, List<String> titles, int width) {
        XSSFSheet sheet = wb.createSheet(name);
        XSSFRow row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int c = 0; c < titles.size(); c++) {
            row.createCell(c).setCellValue(titles.get(c));
            row.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, width * 256);
        }
    }

    private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, byte[] rgb) {
        XSSFFont font = wb.createFont();
        font.setFontName("Calibri");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (rgb != null) {
            font.setColor(new XSSFColor(rgb, null));
        }
        return font;
    }

    private static XSSFCellStyle body(XSSFWorkbook wb, XSSFFont font, String format) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return style;
    }

    private static XSSFCellStyle decision(XSSFWorkbook wb, int r, int g, int b, int fr, int fg, int fb) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setFont(font(wb, 10, true, new byte[]{(byte) fr, (byte) fg, (byte) fb}));
        fill(style, r, g, b);
        return style;
    }

    private static void fill(XSSFCellStyle style, int r, int g, int b) {
        style.setFillForegroundColor(new XSSFColor(new byte[]{(byte) r, (byte) g, (byte) b}, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
