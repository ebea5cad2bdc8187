package com.portfolioreview.report.workbook;

import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StreamedTable} serialises its rows itself. Each case writes one cell through it and
 * reopens the file with POI and compares each cell with what POI's own cell API would hold for
 * the same value: type, value, formula, cached result, number format. Text covers everything
 * the escaping must get right, inline and as shared strings.
 */
class StreamedTableTest {

    @TempDir
    Path dir;

    private record Case(String label, BiConsumer<StreamedTable, TemplateStyles> hand, Object value, String formula,
                        String style) {
    }

    private static final List<String> TEXTS = List.of("plain", "", "a<b>&\"c\"'d'", "tab\there", "two\nlines",
            "cr\r\nlf", " leading", "trailing ", "\u00A0no-break", "déjà vu €", "emoji \uD83D\uDE00 ok",
            "lone \uD800 high", "lone \uDC00 low", "bell \u0007 nul \u0000", "\uFFFE\uFFFF", "=SUM(A1:A2)",
            "日本語のテキスト", "x".repeat(40_000));

    @Test
    void everyKindOfCellReadsBackAsPoiWouldHaveWrittenIt() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (String text : TEXTS) {
            cases.add(new Case("text " + text.length(), (t, s) -> t.text(0, text), CellValues.text(text), null, "text"));
            cases.add(new Case("label " + text.length(), (t, s) -> t.label(0, text), CellValues.text(text), null, "text"));
            cases.add(new Case("label again " + text.length(), (t, s) -> t.label(0, text), CellValues.text(text), null,
                    "text"));
        }
        Random random = new Random(42);
        List<BigDecimal> amounts = new ArrayList<>(List.of(new BigDecimal("0"), new BigDecimal("-0.005"),
                new BigDecimal("10500"), new BigDecimal("-415.36"), new BigDecimal("0.5"), new BigDecimal("1E+3"),
                new BigDecimal("123456789012345678.99"), new BigDecimal("99999999999.995"), new BigDecimal("-0.01")));
        for (int i = 0; i < 200; i++) {
            amounts.add(BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, random.nextInt(7)));
        }
        for (BigDecimal amount : amounts) {
            BigDecimal cents = CellValues.cents(amount);
            cases.add(new Case("money " + amount, (t, s) -> t.money(0, amount), cents.doubleValue(), null, "money"));
        }
        List<BigDecimal> decimals = new ArrayList<>(List.of(new BigDecimal("0.0000001"), new BigDecimal("1E+25"),
                new BigDecimal("-3.14159265358979323846264338327950288"), new BigDecimal("12.5000"),
                new BigDecimal("1E-30"), new BigDecimal("7")));
        for (int i = 0; i < 200; i++) {
            decimals.add(BigDecimal.valueOf(random.nextLong(), random.nextInt(25) - 5));
        }
        for (BigDecimal d : decimals) {
            cases.add(new Case("decimal " + d, (t, s) -> t.decimal(0, d), d.doubleValue(), null, "decimal"));
        }
        for (double ratio : new double[] {0, -0.0, 0.25, 1.0 / 3, -2.5, 1e-9, 123456.789, 1e20}) {
            cases.add(new Case("percent " + ratio, (t, s) -> t.percent(0, ratio), ratio, null, "percent"));
        }
        cases.add(new Case("percent NaN", (t, s) -> t.percent(0, Double.NaN), null, null, "percent"));
        cases.add(new Case("percent null", (t, s) -> t.percent(0, null), null, null, "percent"));
        cases.add(new Case("money null", (t, s) -> t.money(0, null), null, null, "money"));
        for (long n : new long[] {0, 7, -12, 1_234_567, Long.MAX_VALUE, Long.MIN_VALUE}) {
            cases.add(new Case("integer " + n, (t, s) -> t.integer(0, n), (double) n, null, "integer"));
            cases.add(new Case("identifier " + n, (t, s) -> t.identifier(0, n), (double) n, null, "identifier"));
        }
        LocalDateTime when = LocalDateTime.of(2026, 11, 3, 6, 15, 42);
        cases.add(new Case("date", (t, s) -> t.date(0, when), DateUtil.getExcelDate(when), null, "date"));
        cases.add(new Case("formula number", (t, s) -> t.formula(0, "E5-D5", -415.36, s.money()), -415.36, "E5-D5",
                "money"));
        cases.add(new Case("formula empty text", (t, s) -> t.formula(0, "IF(D5=0,\"\",E5/D5)", "", s.percent()), "",
                "IF(D5=0,\"\",E5/D5)", "percent"));
        cases.add(new Case("formula text", (t, s) -> t.formula(0, "IF(A1=\"\",\"<none>\",A1)", "<none> & co", s.text()),
                "<none> & co", "IF(A1=\"\",\"<none>\",A1)", "text"));
        cases.add(new Case("blank", (t, s) -> t.blank(0, s.money()), null, null, "money"));

        Path file = dir.resolve("table.xlsx");
        int first;
        WorkbookTemplate template = WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE);
        try (XSSFWorkbook xssf = template.open()) {
            TemplateStyles styles = TemplateStyles.read(xssf, "USD");
            StreamingWorkbook workbook = new StreamingWorkbook(xssf, 100, 1);
            StreamedTable table = new StreamedTable(workbook, MonthlySpendSheet.NAME, List.of("Value"),
                    StreamedTable.EXCEL_MAX_ROWS, styles);
            first = table.headerRow() + 1;
            for (Case c : cases) {
                table.nextRow();
                c.hand().accept(table, styles);
            }
            table.nextRow();
            table.wrappedText(0, "one\ntwo\nthree");
            table.sectionHeader(List.of("A", "B", "C", "D")); // a second table, wider than the first
            table.finish(1, true);
            writeAndClose(workbook, file);
        }

        try (XSSFWorkbook wb = PortfolioWorkbookTest.open(file)) {
            XSSFSheet sheet = wb.getSheet(MonthlySpendSheet.NAME);
            assertThat(sheet.getRow(first - 1).getCell(0).getStringCellValue()).isEqualTo("Value");
            TemplateStyles styles = TemplateStyles.read(wb, "USD");
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Cell cell = sheet.getRow(first + i).getCell(0);
                assertThat(cell).as(c.label()).isNotNull();
                assertThat(cell.getCellStyle().getDataFormatString()).as(c.label() + " style")
                        .isEqualTo(style(styles, c.style()).getDataFormatString());
                if (c.formula() != null) {
                    assertThat(cell.getCellType()).as(c.label()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getCellFormula()).as(c.label()).isEqualTo(c.formula());
                    if (c.value() instanceof Double d) {
                        assertThat(cell.getNumericCellValue()).as(c.label()).isEqualTo(d);
                    } else {
                        assertThat(cell.getStringCellValue()).as(c.label()).isEqualTo(c.value());
                    }
                } else if (c.value() == null) {
                    assertThat(cell.getCellType()).as(c.label()).isEqualTo(CellType.BLANK);
                } else if (c.value() instanceof Double d) {
                    assertThat(cell.getCellType()).as(c.label()).isEqualTo(CellType.NUMERIC);
                    assertThat(cell.getNumericCellValue()).as(c.label()).isEqualTo(d);
                } else {
                    assertThat(cell.getCellType()).as(c.label()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(c.label()).isEqualTo(poiText((String) c.value()));
                }
            }
            Row wrapped = sheet.getRow(first + cases.size());
            assertThat(wrapped.getCell(0).getStringCellValue()).isEqualTo("one\ntwo\nthree");
            assertThat(wrapped.getHeightInPoints()).isEqualTo(3 * sheet.getDefaultRowHeightInPoints());
            assertThat(sheet.getRow(first + cases.size() + 1).getCell(3).getStringCellValue()).isEqualTo("D");
            assertThat(sheet.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:D" + (first + cases.size() + 2));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void labelsAndTitlesFollowTheTemplatesOwnSharedStringsWhichKeepTheirPlaces() throws Exception {
        Path file = dir.resolve("labels.xlsx");
        WorkbookTemplate template = WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE);
        List<String> templateTexts = new ArrayList<>();
        String summaryText = "written through XSSF before the tables";
        try (XSSFWorkbook xssf = template.open()) {
            TemplateStyles styles = TemplateStyles.read(xssf, "USD");
            xssf.getSheetAt(0).createRow(60).createCell(0).setCellValue(summaryText);
            xssf.getSharedStringSource().getSharedStringItems().forEach(t -> templateTexts.add(t.getString()));
            StreamingWorkbook workbook = new StreamingWorkbook(xssf, 100, 1);
            StreamedTable table = new StreamedTable(workbook, MonthlySpendSheet.NAME, List.of("Initiative", "Period"),
                    StreamedTable.EXCEL_MAX_ROWS, styles);
            for (String id : List.of("AI-001", "AI-002", "AI-001")) {
                table.nextRow();
                table.label(0, id);
                table.label(1, "2026-10");
            }
            table.finish(1, true);
            writeAndClose(workbook, file);
        }
        assertThat(templateTexts).contains(summaryText);

        try (XSSFWorkbook wb = PortfolioWorkbookTest.open(file)) {
            List<String> texts = new ArrayList<>();
            wb.getSharedStringSource().getSharedStringItems().forEach(t -> texts.add(t.getString()));
            // POI's strings first, at their places; then the titles and labels, each once
            assertThat(texts.subList(0, templateTexts.size())).isEqualTo(templateTexts);
            assertThat(texts.subList(templateTexts.size(), texts.size()))
                    .containsExactly("Initiative", "Period", "AI-001", "2026-10", "AI-002");
            assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(texts.size());
            assertThat(wb.getSheetAt(0).getRow(60).getCell(0).getStringCellValue()).isEqualTo(summaryText);
            XSSFSheet sheet = wb.getSheet(MonthlySpendSheet.NAME);
            int header = WorkbookTemplate.firstFreeRow(sheet) - 4;
            assertThat(sheet.getRow(header).getCell(1).getStringCellValue()).isEqualTo("Period");
            assertThat(sheet.getRow(header + 3).getCell(0).getStringCellValue()).isEqualTo("AI-001");
            assertThat(sheet.getRow(header + 2).getCell(0).getStringCellValue()).isEqualTo("AI-002");
        }
    }

    @Test
    void aStringAddedToPoisTableAfterTheLabelsIsRefusedNotWrittenOverThem() throws Exception {
        WorkbookTemplate template = WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE);
        try (XSSFWorkbook xssf = template.open()) {
            TemplateStyles styles = TemplateStyles.read(xssf, "USD");
            StreamingWorkbook workbook = new StreamingWorkbook(xssf, 100, 1);
            StreamedTable table = new StreamedTable(workbook, MonthlySpendSheet.NAME, List.of("Initiative"),
                    StreamedTable.EXCEL_MAX_ROWS, styles);
            table.nextRow();
            table.label(0, "AI-001");
            table.finish(1, true);
            xssf.getSheetAt(0).createRow(60).createCell(0).setCellValue("too late");
            try (OutputStream out = Files.newOutputStream(dir.resolve("late.xlsx"))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> workbook.write(out))
                        .hasStackTraceContaining("collide with the tables' labels");
            } finally {
                workbook.dispose();
                workbook.close();
            }
        }
    }

    private static void writeAndClose(StreamingWorkbook workbook, Path file) throws java.io.IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    @Test
    void plainLengthIsTheLengthOfThePlainString() {
        Random random = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(30) - 10);
            assertThat(StreamedTable.plainLength(v)).as(v.toPlainString()).isEqualTo(v.toPlainString().length());
        }
        assertThat(StreamedTable.plainLength(BigDecimal.ZERO)).isEqualTo(1);
        assertThat(StreamedTable.plainLength(new BigDecimal("0.00"))).isEqualTo(4);
    }

    /** What POI's own writer makes of a text: control characters and U+FFFE/U+FFFF become '?'. */
    private static String poiText(String safe) {
        StringBuilder sb = new StringBuilder();
        safe.codePoints().forEach(cp -> {
            boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
            sb.appendCodePoint(control || cp == 0xFFFE || cp == 0xFFFF ? '?' : cp);
        });
        return sb.toString();
    }

    private static CellStyle style(TemplateStyles styles, String name) {
        return switch (name) {
            case "text" -> styles.text();
            case "money" -> styles.money();
            case "decimal" -> styles.decimal();
            case "percent" -> styles.percent();
            case "integer" -> styles.integer();
            case "identifier" -> styles.identifier();
            case "date" -> styles.date();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
