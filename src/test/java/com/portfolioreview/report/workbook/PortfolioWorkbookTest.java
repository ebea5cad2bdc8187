package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.PortfolioInputs;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.portfolioreview.report.workbook.WorkbookFixture.HYPERLINK_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Writes the fixture portfolio once (whole portfolio and one unit) and reads it back with POI. */
class PortfolioWorkbookTest {

    static final Path TEMPLATE = Path.of("templates", "portfolio-review.xlsx");

    @TempDir
    static Path dir;
    static XSSFWorkbook whole;
    static XSSFWorkbook operations;

    @BeforeAll
    static void writeFixtureWorkbooks() throws Exception {
        whole = write(TEMPLATE, dir.resolve("whole.xlsx"), null);
        operations = write(TEMPLATE, dir.resolve("operations.xlsx"), "Operations");
    }

    static XSSFWorkbook write(Path template, Path file, String unit) throws Exception {
        PortfolioReview review = WorkbookFixture.review();
        PortfolioInputs inputs = WorkbookFixture.inputs(review);
        new PortfolioWorkbook(WorkbookTemplate.load(template))
                .write(file, review, inputs, WorkbookFixture.run(), unit);
        return open(file);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static int column(String title) {
        return InitiativesSheet.HEADER.indexOf(title);
    }

    static Row initiativeRow(XSSFWorkbook wb, String id) {
        for (Row row : wb.getSheet("Initiatives")) {
            if (row.getRowNum() > 0 && id.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : row) {
            CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            texts.add(type == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : c.getStringCellValue());
        }
        return texts;
    }

    @Test
    void sheetsAreTheSpecSheetsInOrderWithoutTheStylesSheet() {
        List<String> names = new ArrayList<>();
        whole.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Changes", "Initiatives", "Monthly Spend", "KPIs",
                "Data Quality", "History", "Assumptions");
        assertThat(whole.getActiveSheetIndex()).isZero();
    }

    @Test
    void initiativesHeaderIsExactlyTheSpecColumns() {
        assertThat(texts(whole.getSheet("Initiatives").getRow(0))).hasSize(42).containsExactly(
                "Initiative ID", "Name", "Business Unit", "Owner", "Use Case", "Stage", "Age (months)",
                "Maturity (months)", "Budget (month)", "Actual (month)", "Variance (month)", "Variance % (month)",
                "Budget YTD", "Actual YTD", "Variance YTD", "Budget ITD", "Actual ITD", "Variance ITD",
                "Variance % ITD", "Approved Budget", "Burn Rate", "EAC", "VAC", "Benefit (month)", "Benefit ITD",
                "ROI ITD", "Attainment", "Expected Attainment", "Attainment Gap", "Projected Net 12M", "NPV",
                "Payback", "Data Quality", "Decision", "Findings", "Next Quarter Budget", "Recommended Funding",
                "Released Funding", "Reallocated Funding", "EAC (plan)", "Required Burn Rate", "Decision Last Month");
    }

    @Test
    void rowsFollowTheReviewOrder() {
        List<String> ids = new ArrayList<>();
        whole.getSheet("Initiatives").forEach(r -> ids.add(r.getCell(0).getStringCellValue()));
        assertThat(ids).containsExactly("Initiative ID", "A-CAN", "B-REC", "C-CON", "D-NS");
    }

    /** The C-CON row, value by value (money rounded to cents; formulas' cached values). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Age (months)        | 12
            Budget (month)      | 10000
            Actual (month)      | 12500.5
            # 12,500.50 − 10,000.00
            Variance (month)    | 2500.5
            # 2,500.50 / 10,000.00
            Variance % (month)  | 0.25005
            Variance YTD        | -20000
            Budget ITD          | 100000
            Actual ITD          | 80000
            # 80,000 − 100,000
            Variance ITD        | -20000
            # −20,000 / 100,000
            Variance % ITD      | -0.2
            # (120,000 − 80,000) / 80,000
            ROI ITD             | 0.5
            Attainment          | 0.8
            # 0.80 − 0.75
            Attainment Gap      | 0.05
            NPV                 | 228000.12
            Data Quality        | 95
            Next Quarter Budget | 30000
            # max(0, 30,000 − 30,000)
            Released Funding    | 0
            Reallocated Funding | 8750
            """)
    void oneRowHoldsItsFigures(String title, double expected) {
        Cell cell = initiativeRow(whole, "C-CON").getCell(column(title));
        double value = cell.getCellType() == CellType.FORMULA ? cell.getNumericCellValue() : cell.getNumericCellValue();
        assertThat(value).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            C-CON | Business Unit | Infrastructure
            C-CON | Stage         | PRODUCTION
            C-CON | Decision      | CONTINUE
            C-CON | Payback       | 2026-07
            A-CAN | Findings      | 'MISSED_TARGET: attainment 10% vs 50% at maturity\nDATA_GAP: data quality 40 < 60'
            """)
    void textCells(String id, String title, String expected) {
        Cell cell = initiativeRow(whole, id).getCell(column(title));
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            B-REC | Variance % (month) | IF(I3=0,"",K3/I3)
            A-CAN | Attainment Gap     | IF(AA2="","",AA2-AB2)
            D-NS  | ROI ITD            | IF(Q5=0,"",(Y5-Q5)/Q5)
            """)
    void guardedFormulasCacheTheEmptyText(String id, String title, String formula) {
        Cell cell = initiativeRow(whole, id).getCell(column(title));
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo(formula);
        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Variance (month)   | J4-I4
            Variance % (month) | IF(I4=0,"",K4/I4)
            Variance YTD       | N4-M4
            Variance ITD       | Q4-P4
            Variance % ITD     | IF(P4=0,"",R4/P4)
            ROI ITD            | IF(Q4=0,"",(Y4-Q4)/Q4)
            Attainment Gap     | IF(AA4="","",AA4-AB4)
            Released Funding   | MAX(0,AJ4-AK4)
            """)
    void specFormulaColumnsAreFormulasOverTheSameRow(String title, String formula) {
        Cell cell = initiativeRow(whole, "C-CON").getCell(column(title));
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).isEqualTo(formula);
    }

    @Test
    void everyCachedFormulaValueIsWhatExcelWouldCompute() {
        for (XSSFWorkbook wb : List.of(whole, operations)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        CellValue computed = evaluator.evaluate(cell);
                        String where = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString();
                        if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(computed.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).as(where)
                                    .isCloseTo(computed.getNumberValue(), within(1e-9));
                        } else {
                            assertThat(computed.getCellType()).as(where).isEqualTo(CellType.STRING);
                            assertThat(cell.getStringCellValue()).as(where).isEqualTo(computed.getStringValue());
                        }
                    }
                }
            }
            // 4 initiatives × 8 formula columns + 5 Monthly Spend rows (whole portfolio)
            assertThat(formulas).isGreaterThanOrEqualTo(wb == whole ? 4 * 8 + 5 : 2 * 8 + 3);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Budget ITD      | "$"#,##0.00_);[Red]("$"#,##0.00)
            Variance (month)| "$"#,##0.00_);[Red]("$"#,##0.00)
            Variance % ITD  | 0.0%
            ROI ITD         | 0.0%
            Age (months)    | #,##0
            """)
    void numberFormatsComeFromTheTemplate(String title, String format) {
        XSSFCell cell = (XSSFCell) initiativeRow(whole, "C-CON").getCell(column(title));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    @Test
    void decisionCellsHaveTheTemplateFills() throws IOException {
        try (XSSFWorkbook template = open(TEMPLATE)) {
            for (Decision d : Decision.values()) {
                XSSFColor expected = sample(template, "decision " + d.name()).getFillForegroundColorColor();
                String id = switch (d) {
                    case CANCEL -> "A-CAN";
                    case RECALIBRATE -> "B-REC";
                    case CONTINUE -> "C-CON";
                    case NOT_STARTED -> "D-NS";
                };
                XSSFCellStyle style = (XSSFCellStyle) initiativeRow(whole, id).getCell(column("Decision")).getCellStyle();
                assertThat(style.getFillForegroundColorColor().getARGBHex()).as(d.name())
                        .isEqualTo(expected.getARGBHex());
            }
        }
        // and the History sheet colours the decisions the same way
        XSSFCellStyle history = (XSSFCellStyle) whole.getSheet("History").getRow(1).getCell(3).getCellStyle();
        assertThat(whole.getSheet("History").getRow(1).getCell(3).getStringCellValue()).isEqualTo("RECALIBRATE");
        assertThat(history.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFEB9C");
    }

    static XSSFCellStyle sample(XSSFWorkbook template, String name) {
        for (Row row : template.getSheet(TemplateStyles.SHEET)) {
            if (name.equals(row.getCell(0).getStringCellValue())) {
                return (XSSFCellStyle) row.getCell(1).getCellStyle();
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void headerIsFrozenFilteredAndPrintedLandscapeOnePageWide() {
        XSSFSheet sheet = whole.getSheet("Initiatives");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AP5");
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(sheet.getFitToPage()).isTrue();
        // sized to the content: the Findings column is wider than the template's 14 characters
        assertThat(sheet.getColumnWidth(column("Findings"))).isGreaterThan(40 * 256);
    }

    @Test
    void inputTextIsNeverAFormula() {
        Cell name = initiativeRow(whole, "A-CAN").getCell(column("Name"));
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo(HYPERLINK_NAME);
        Cell raw = whole.getSheet("Data Quality").getRow(13).getCell(5);
        assertThat(raw.getCellType()).isEqualTo(CellType.STRING);
        assertThat(raw.getStringCellValue()).startsWith("=cmd|");
    }

    static Row findRow(Sheet sheet, String first, String second) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            Cell b = row.getCell(1);
            if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                    && first.equals(a.getStringCellValue()) && second.equals(b.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(first + " / " + second + " not found in " + sheet.getSheetName());
    }

    static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && label.equals(a.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(label + " not found in " + sheet.getSheetName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # budget, actual ITD: A 50,000 + B 40,000 + C 100,000 + D 0 ; 90,000 + 46,000 + 80,000 + 0
            whole      | Inception to date | 190000 | 216000
            # only Operations: A + B
            operations | Inception to date | 90000  | 136000
            # month: 5,000 + 0 + 10,000 ; 9,000 + 1,500.25 + 12,500.50
            whole      | Month             | 15000  | 23000.75
            operations | Month             | 5000   | 10500.25
            """)
    void summaryTotalsCoverTheWorkbooksInitiatives(String which, String label, double budget, double actual) {
        Row row = rowLabelled((which.equals("whole") ? whole : operations).getSheet("Summary"), label);
        assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(budget);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(actual);
        assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(actual - budget, within(1e-9));
    }

    @Test
    void summaryHasDecisionsFundingTopListsAndTwoCharts() {
        XSSFSheet summary = whole.getSheet("Summary");
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TemplateGenerator.TITLE);
        assertThat(rowLabelled(summary, "Report period").getCell(1).getStringCellValue()).isEqualTo("2026-10");
        assertThat(rowLabelled(summary, "Run date").getCell(1).getLocalDateTimeCellValue())
                .isEqualTo(WorkbookFixture.RUN_DATE);
        // (Σ benefit ITD − Σ actual ITD) / Σ actual ITD = (1,000 + 3,000 + 120,000 − 216,000) / 216,000
        assertThat(rowLabelled(summary, "Portfolio ROI ITD").getCell(1).getNumericCellValue())
                .isCloseTo((124000.0 - 216000.0) / 216000.0, within(1e-12));
        Row recalibrate = rowLabelled(summary, "RECALIBRATE");
        assertThat(recalibrate.getCell(1).getNumericCellValue()).isEqualTo(1);
        assertThat(recalibrate.getCell(2).getNumericCellValue()).isEqualTo(11250);
        assertThat(rowLabelled(summary, "Total").getCell(2).getNumericCellValue()).isEqualTo(0 + 11250 + 30000 + 6000);
        assertThat(rowLabelled(summary, "Released funding").getCell(1).getNumericCellValue()).isEqualTo(23750);
        assertThat(rowLabelled(summary, "Reallocated funding").getCell(1).getNumericCellValue()).isEqualTo(8750);
        assertThat(rowLabelled(summary, "Unallocated funding").getCell(1).getNumericCellValue()).isEqualTo(15000);
        // overspends: A-CAN +40,000 then B-REC +6,000 (C-CON is under budget)
        int top = rowLabelled(summary, "Five largest overspends (variance ITD)").getRowNum();
        assertThat(summary.getRow(top + 2).getCell(0).getStringCellValue()).isEqualTo("A-CAN");
        assertThat(summary.getRow(top + 3).getCell(0).getStringCellValue()).isEqualTo("B-REC");
        assertThat((Object) summary.getRow(top + 4)).isNull();
        assertThat(summary.getRow(top + 5).getCell(0).getStringCellValue()).isEqualTo("Five largest value creators (benefit ITD)");
        // value creators by benefit ITD: C-CON 120,000, B-REC 3,000, A-CAN 1,000 (D-NS has none)
        assertThat(List.of(summary.getRow(top + 7), summary.getRow(top + 8), summary.getRow(top + 9)))
                .extracting(r -> r.getCell(0).getStringCellValue()).containsExactly("C-CON", "B-REC", "A-CAN");
        assertThat((Object) summary.getRow(top + 10)).isNull();
        XSSFDrawing drawing = summary.getDrawingPatriarch();
        assertThat(drawing.getCharts()).hasSize(2);
        assertThat(drawing.getCharts().get(0).getTitleText().getString()).contains("business unit");
    }

    @Test
    void businessUnitWorkbookShowsOnlyItsInitiativesAndIssues() {
        List<String> ids = new ArrayList<>();
        operations.getSheet("Initiatives").forEach(r -> ids.add(r.getCell(0).getStringCellValue()));
        assertThat(ids).containsExactly("Initiative ID", "A-CAN", "B-REC");
        List<String> spendIds = new ArrayList<>();
        operations.getSheet("Monthly Spend").forEach(r -> spendIds.add(r.getCell(0).getStringCellValue()));
        assertThat(spendIds).containsExactly("Initiative ID", "A-CAN", "A-CAN", "B-REC");
        assertThat(rowLabelled(operations.getSheet("Summary"), "Scope").getCell(1).getStringCellValue())
                .isEqualTo("Business unit: Operations");
        // the unit's reject and the file-level warning; not Infrastructure's reject
        Sheet dq = operations.getSheet("Data Quality");
        findRow(dq, "Rejected", "spend/spend-2026-10.csv");
        findRow(dq, "Warning", "kpi/kpi-2026-10.csv");
        assertThatThrownBy(() -> findRow(dq, "Rejected", "kpi/kpi-2026-10.csv")).isInstanceOf(AssertionError.class);
    }

    @Test
    void monthlySpendShowsPeriodsUpToTheReportPeriodOnly() {
        List<List<String>> rows = new ArrayList<>();
        whole.getSheet("Monthly Spend").forEach(r -> rows.add(texts(r)));
        assertThat(rows).containsExactly(
                List.of("Initiative ID", "Period", "Cost Category", "Budget", "Actual", "Variance"),
                List.of("A-CAN", "2026-09", "COMPUTE", "5000.0", "4000.0", "-1000.0"),
                List.of("A-CAN", "2026-10", "COMPUTE", "5000.0", "9000.0", "4000.0"),
                List.of("B-REC", "2026-10", "STAFF", "0.0", "1500.25", "1500.25"),
                List.of("C-CON", "2026-10", "LICENSES", "4000.0", "4500.5", "500.5"),
                List.of("C-CON", "2026-10", "VENDOR", "6000.0", "8000.0", "2000.0"));
    }

    @Test
    void kpisShowEachMeasuredValueWithItsScore() {
        List<List<String>> rows = new ArrayList<>();
        whole.getSheet("KPIs").forEach(r -> rows.add(texts(r)));
        assertThat(rows).containsExactly(
                KpisSheet.HEADER,
                // 0.82 − 0.70 = 0.12; 0.12 / |0.90 − 0.70| = 0.6; 0.12 × 100,000 = 12,000
                List.of("B-REC", "Forecast accuracy", "", "HIGHER_IS_BETTER", "0.7", "0.9", "2026-10", "0.82",
                        "0.12", "0.6", "12000.0"),
                // 120 − 90 = 30; 30 / 60 = 0.5; 30 × 500 = 15,000
                List.of("C-CON", "MTTR", "minutes", "LOWER_IS_BETTER", "120.0", "60.0", "2026-09", "90.0",
                        "30.0", "0.5", "15000.0"),
                // 120 − 72 = 48; 48 / 60 = 0.8; 48 × 500 = 24,000
                List.of("C-CON", "MTTR", "minutes", "LOWER_IS_BETTER", "120.0", "60.0", "2026-10", "72.0",
                        "48.0", "0.8", "24000.0"));
    }

    @Test
    void historyHasOneColumnPerPeriodEndingWithThisRun() {
        Sheet history = whole.getSheet("History");
        assertThat(texts(history.getRow(0))).containsExactly("Initiative ID", "Name", "2026-08", "2026-09", "2026-10");
        assertThat(texts(history.getRow(1))).containsExactly("A-CAN", HYPERLINK_NAME, "CONTINUE", "RECALIBRATE", "CANCEL");
        assertThat(texts(history.getRow(2))).containsExactly("B-REC", "Capacity planner", "CONTINUE", "CONTINUE",
                "RECALIBRATE");
        assertThat(texts(history.getRow(3))).containsExactly("C-CON", "Predictive maintenance", "CONTINUE", "CONTINUE",
                "CONTINUE");
        // published decisions in the decision colours, recomputed ones in italic grey, as the note says
        XSSFFont published = ((XSSFCellStyle) history.getRow(3).getCell(3).getCellStyle()).getFont();
        XSSFFont recomputed = ((XSSFCellStyle) history.getRow(3).getCell(2).getCellStyle()).getFont();
        assertThat(published.getItalic()).isFalse();
        assertThat(recomputed.getItalic()).isTrue();
        assertThat(recomputed.getXSSFColor().getARGBHex()).isEqualTo("FF808080");
        assertThat(history.getRow(6).getCell(0).getStringCellValue()).isEqualTo(HistorySheet.NOTE);
    }

    @Test
    void changesListEveryChangedDecisionAndRestatementWorstFirst() {
        Sheet changes = whole.getSheet("Changes");
        assertThat(texts(changes.getRow(0))).containsExactlyElementsOf(ChangesSheet.HEADER);
        // A-CAN: RECALIBRATE (published) → CANCEL; DATA_GAP stayed, MISSED_TARGET appeared, BEHIND_CURVE cleared
        assertThat(texts(changes.getRow(1)).subList(0, 8)).containsExactly("A-CAN", HYPERLINK_NAME, "Operations",
                "RECALIBRATE", "published", "CANCEL", "MISSED_TARGET", "BEHIND_CURVE");
        // attainment empty now: no movement; variance ITD 90,000 − 50,000 = 40,000 now against 38,000: +2,000
        assertThat(changes.getRow(1).getCell(8).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(changes.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(2000.0);
        // funding 0 now against 11,250: −11,250
        assertThat(changes.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(-11250.0);
        // B-REC: CONTINUE (recomputed) → RECALIBRATE, attainment 0.20 now against 0.55: −0.35
        assertThat(texts(changes.getRow(2)).subList(0, 8)).containsExactly("B-REC", "Capacity planner", "Operations",
                "CONTINUE", "recomputed", "RECALIBRATE", "OVERSPEND", "ON_TRACK");
        assertThat(changes.getRow(2).getCell(8).getNumericCellValue()).isCloseTo(-0.35, within(1e-9));
        // C-CON: CONTINUE both months, restated: variance ITD 20,000.00 published, 24,000.00 now
        assertThat(texts(changes.getRow(3)).subList(0, 6)).containsExactly("C-CON", "Predictive maintenance",
                "Infrastructure", "CONTINUE", "published", "CONTINUE");
        assertThat(changes.getRow(3).getCell(12).getStringCellValue())
                .isEqualTo("2026-09 variance ITD: USD 20,000.00 published, USD 24,000.00 with today's inputs");
        assertThat(changes.getLastRowNum()).isEqualTo(3);
        // printed like the Initiatives sheet: landscape, one page wide
        assertThat(changes.getPrintSetup().getLandscape()).isTrue();
        assertThat(changes.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }

    @Test
    void theSummaryListsTheDecisionsToActOnWorstFirst() {
        Sheet summary = whole.getSheet("Summary");
        Row title = rowLabelled(summary, "Decisions to act on");
        Row first = summary.getRow(title.getRowNum() + 2);
        Row second = summary.getRow(title.getRowNum() + 3);
        // the CANCEL first, with its first finding and the funding it releases; then the changed RECALIBRATE
        assertThat(texts(first).subList(0, 5)).containsExactly("A-CAN", HYPERLINK_NAME, "CANCEL", "RECALIBRATE",
                "MISSED_TARGET: attainment 10% vs 50% at maturity");
        assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(15000.0);
        assertThat(texts(second).subList(0, 4)).containsExactly("B-REC", "Capacity planner", "RECALIBRATE", "CONTINUE");
        // C-CON did not change and is not cancelled: not listed
        assertThat(summary.getRow(title.getRowNum() + 4) == null ? "" : texts(summary.getRow(title.getRowNum() + 4)).get(0))
                .isNotEqualTo("C-CON");
    }

    @Test
    void assumptionsListTheRun() {
        Sheet sheet = whole.getSheet("Assumptions");
        assertThat(rowLabelled(sheet, "Job execution id").getCell(1).getNumericCellValue()).isEqualTo(42);
        assertThat(rowLabelled(sheet, "Program version").getCell(1).getStringCellValue()).isEqualTo("1.0.0");
        assertThat(rowLabelled(sheet, "Input fingerprint").getCell(1).getStringCellValue()).isEqualTo("f".repeat(64));
        assertThat(rowLabelled(sheet, "review.npv.discount-rate").getCell(1).getStringCellValue()).isEqualTo("0.10");
        assertThat(texts(findRow(sheet, "2026-10", "EUR"))).containsExactly("2026-10", "EUR", "1.0825");
        assertThat(texts(rowLabelled(sheet, "spend/spend-2026-10.csv")))
                .containsExactly("spend/spend-2026-10.csv", "7.0", "1.0", "b".repeat(64), "UTF-8", "no");
    }

    @Test
    void dataQualityListsComponentsThenIssues() {
        Sheet dq = whole.getSheet("Data Quality");
        assertThat(texts(dq.getRow(0))).containsExactly(DataQualitySheet.HEADER.toArray(String[]::new));
        assertThat(texts(dq.getRow(3))).containsExactly("C-CON", "Predictive maintenance", "0.5", "1.0", "1.0", "0.0", "95.0");
        // one line per (kind, file, reason) with its count, in the order each first appears
        assertThat(texts(dq.getRow(6))).containsExactly(DataQualitySheet.COUNT_HEADER.toArray(String[]::new));
        assertThat(texts(dq.getRow(7))).containsExactly("Rejected", "spend/spend-2026-10.csv", "bad value in column actual", "1.0");
        assertThat(texts(dq.getRow(8))).containsExactly("Warning", "kpi/kpi-2026-10.csv",
                "file is not valid UTF-8, read as windows-1252", "1.0");
        assertThat(texts(dq.getRow(9))).containsExactly("Rejected", "kpi/kpi-2026-10.csv", "undefined KPI '…'", "1.0");
        // then the rejected rows, then the warnings
        assertThat(texts(dq.getRow(11))).containsExactly(DataQualitySheet.ISSUE_HEADER.toArray(String[]::new));
        assertThat(texts(dq.getRow(12))).containsExactly("Rejected", "spend/spend-2026-10.csv", "7.0", "B-REC",
                "bad value in column actual: 'abc'", "B-REC,2026-10,STAFF,0,abc,USD");
        assertThat(dq.getRow(13).getCell(0).getStringCellValue()).isEqualTo("Rejected");
        Row fileWarning = dq.getRow(14);
        assertThat(fileWarning.getCell(0).getStringCellValue()).isEqualTo("Warning");
        assertThat(fileWarning.getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(dq.getLastRowNum()).as("no 'more' line under 1,000 of each").isEqualTo(14);
    }

    @Test
    void editingTheTemplateChangesTheWorkbook() throws Exception {
        Path edited = dir.resolve("edited-template.xlsx");
        try (XSSFWorkbook template = open(TEMPLATE)) {
            sample(template, "decision CANCEL").setFillForegroundColor(new XSSFColor(new byte[]{0, 0, (byte) 0xFF}, null));
            template.getSheet("Initiatives").getRow(0).getCell(0).getCellStyle().getFont().setFontHeightInPoints((short) 14);
            try (OutputStream out = Files.newOutputStream(edited)) {
                template.write(out);
            }
        }
        try (XSSFWorkbook wb = write(edited, dir.resolve("edited.xlsx"), null)) {
            XSSFCellStyle cancel = (XSSFCellStyle) initiativeRow(wb, "A-CAN").getCell(column("Decision")).getCellStyle();
            assertThat(cancel.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF0000FF");
            XSSFCellStyle header = wb.getSheet("Initiatives").getRow(0).getCell(column("Findings")).getCellStyle();
            assertThat(header.getFont().getFontHeightInPoints()).isEqualTo((short) 14);
        }
        // the committed template still writes the original look
        XSSFCellStyle original = (XSSFCellStyle) initiativeRow(whole, "A-CAN").getCell(column("Decision")).getCellStyle();
        assertThat(original.getFillForegroundColorColor().getARGBHex()).isEqualTo("FFFFC7CE");
    }

    @Test
    void anotherReportingCurrencyGetsItsCodeInTheMoneyFormat() throws Exception {
        PortfolioReview usd = WorkbookFixture.review();
        PortfolioReview eur = new PortfolioReview(usd.period(), "EUR", usd.reviews(), usd.releasedFunding(),
                usd.reallocatedFunding(), usd.unallocatedFunding());
        Path file = dir.resolve("eur.xlsx");
        new PortfolioWorkbook(WorkbookTemplate.load(TEMPLATE)).write(file, eur, WorkbookFixture.inputs(eur),
                WorkbookFixture.run(), null);
        try (XSSFWorkbook wb = open(file)) {
            assertThat(initiativeRow(wb, "C-CON").getCell(column("EAC")).getCellStyle().getDataFormatString())
                    .isEqualTo("\"EUR \"#,##0.00_);[Red](\"EUR \"#,##0.00)");
        }
    }

    @Test
    void missingTemplateIsNamed() {
        Path missing = dir.resolve("no-such-template.xlsx");
        assertThatThrownBy(() -> WorkbookTemplate.load(missing))
                .isInstanceOf(TemplateUnusableException.class)
                .hasMessageContaining("no-such-template.xlsx").hasMessageContaining("does not exist");
    }

    @ParameterizedTest
    @CsvSource({
            "not a zip at all",
            "PK\u0003\u0004 truncated zip"})
    void corruptTemplateIsNamed(String content) throws IOException {
        Path corrupt = dir.resolve("corrupt-template.xlsx");
        Files.writeString(corrupt, content);
        assertThatThrownBy(() -> WorkbookTemplate.load(corrupt))
                .isInstanceOf(TemplateUnusableException.class)
                .hasMessageContaining("corrupt-template.xlsx");
    }

    @Test
    void templateWithoutAStyleIsNamed() throws IOException {
        Path file = dir.resolve("no-percent-template.xlsx");
        try (XSSFWorkbook template = open(TEMPLATE)) {
            rowLabelled(template.getSheet(TemplateStyles.SHEET), "percent").getCell(0).setCellValue("pct");
            try (OutputStream out = Files.newOutputStream(file)) {
                template.write(out);
            }
        }
        assertThatThrownBy(() -> WorkbookTemplate.load(file))
                .isInstanceOf(TemplateUnusableException.class)
                .hasMessageContaining("no-percent-template.xlsx").hasMessageContaining("'percent'");
    }
}
