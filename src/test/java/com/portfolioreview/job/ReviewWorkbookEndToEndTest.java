package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;

import com.portfolioreview.testsupport.InputFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs the real job and opens the workbooks it published with POI: sheets, the Initiatives
 * header and one row checked by hand, formulas that agree with POI's evaluator, text that
 * stays text, the per-business-unit split, and the History sheet across two report periods.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReviewWorkbookEndToEndTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return ReviewCommand.run(args, PROJECT, tmp);
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> m = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
            m.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return m;
    }

    private static Row rowOf(Sheet sheet, String initiativeId) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(initiativeId)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + initiativeId + " in " + sheet.getSheetName());
    }

    @Test
    void publishedWorkbookHasTheSpecLayoutAndAuditableFigures(CapturedOutput output) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        assertThat(run("--input", "in", "--output", "out", "--data", "db")).as(output.getOut()).isZero();

        try (XSSFWorkbook wb = new XSSFWorkbook(tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx").toFile())) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsExactly("Summary", "Changes", "Initiatives", "Monthly Spend", "KPIs",
                    "Data Quality", "History", "Assumptions");

            XSSFSheet initiatives = wb.getSheet("Initiatives");
            List<String> header = new ArrayList<>();
            initiatives.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(String.join(", ", header)).isEqualTo("Initiative ID, Name, Business Unit, Owner, Use Case, Stage, "
                    + "Age (months), Maturity (months), Budget (month), Actual (month), Variance (month), "
                    + "Variance % (month), Budget YTD, Actual YTD, Variance YTD, Budget ITD, Actual ITD, Variance ITD, "
                    + "Variance % ITD, Approved Budget, Burn Rate, EAC, VAC, Benefit (month), Benefit ITD, ROI ITD, "
                    + "Attainment, Expected Attainment, Attainment Gap, Projected Net 12M, NPV, Payback, Data Quality, "
                    + "Decision, Findings, Next Quarter Budget, Recommended Funding, Released Funding, Reallocated Funding, "
                    + "EAC (plan), Required Burn Rate, Decision Last Month");
            assertThat(initiatives.getPaneInformation().isFreezePane()).isTrue();
            assertThat(initiatives.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(initiatives.getPrintSetup().getLandscape()).isTrue();

            Map<String, Integer> col = columns(initiatives);
            Row a1 = rowOf(initiatives, "AI-001");
            // figures worked out by hand in MonthlyReviewEndToEndTest
            assertThat(a1.getCell(col.get("Actual ITD")).getNumericCellValue()).isEqualTo(99000.0);
            assertThat(a1.getCell(col.get("Burn Rate")).getNumericCellValue()).isEqualTo(12000.0);
            assertThat(a1.getCell(col.get("EAC")).getNumericCellValue()).isEqualTo(123000.0);
            Cell variance = a1.getCell(col.get("Variance (month)"));
            assertThat(variance.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(variance.getNumericCellValue()).isEqualTo(3000.0);
            assertThat(a1.getCell(col.get("Variance % ITD")).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(a1.getCell(col.get("ROI ITD")).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(a1.getCell(col.get("Released Funding")).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(a1.getCell(col.get("Attainment Gap")).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(a1.getCell(col.get("Actual ITD")).getCellStyle().getDataFormatString()).contains("#,##0.00");
            assertThat(a1.getCell(col.get("Variance % ITD")).getCellStyle().getDataFormatString()).contains("%");

            // every formula's cached value is what POI's evaluator computes from the cells
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Row r : initiatives) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                        var value = evaluator.evaluate(c);
                        if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
                            assertThat(value.getNumberValue()).as(c.getAddress().formatAsString())
                                    .isCloseTo(c.getNumericCellValue(), within(1e-9));
                        } else {
                            assertThat(value.getStringValue()).isEqualTo(c.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThanOrEqualTo(3 * 7);

            // a name that looks like a formula stays text
            Row a3 = rowOf(initiatives, "AI-003");
            assertThat(a3.getCell(col.get("Name")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(a3.getCell(col.get("Name")).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
            Cell decision = a3.getCell(col.get("Decision"));
            assertThat(decision.getStringCellValue()).isEqualTo("NOT_STARTED");
            assertThat(((XSSFColor) decision.getCellStyle().getFillForegroundColorColor())).isNotNull();

            // monthly spend: AI-001's two August ledger lines stay two categories, periods ≤ P only
            XSSFSheet spend = wb.getSheet("Monthly Spend");
            DataFormatter fmt = new DataFormatter();
            long aiOneRows = 0;
            for (Row r : spend) {
                if (r.getRowNum() > 0 && fmt.formatCellValue(r.getCell(0)).equals("AI-001")) {
                    aiOneRows++;
                    assertThat(fmt.formatCellValue(r.getCell(1))).isLessThanOrEqualTo("2026-10");
                }
            }
            assertThat(aiOneRows).isEqualTo(11); // 10 months, August in STAFF and COMPUTE
        }
        try (XSSFWorkbook bu = new XSSFWorkbook(tmp.resolve(
                "out/2026-10/business-units/portfolio-review-2026-10-infrastructure-cloud.xlsx").toFile())) {
            XSSFSheet initiatives = bu.getSheet("Initiatives");
            assertThat(initiatives.getLastRowNum()).isEqualTo(1);
            assertThat(initiatives.getRow(1).getCell(0).getStringCellValue()).isEqualTo("AI-002");
        }
    }

    @Test
    void historyShowsTheDecisionOfEachEarlierPeriod(CapturedOutput output) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        assertThat(run("--input", "in", "--output", "out", "--data", "db", "--period", "2026-09")).as(output.getOut()).isZero();
        assertThat(run("--input", "in", "--output", "out", "--data", "db", "--period", "2026-10")).as(output.getOut()).isZero();

        try (XSSFWorkbook wb = new XSSFWorkbook(tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx").toFile())) {
            XSSFSheet history = wb.getSheet("History");
            Map<String, Integer> col = columns(history);
            assertThat(col).containsKeys("2026-09", "2026-10");
            assertThat(col.get("2026-10")).isEqualTo(col.get("2026-09") + 1);
            Row a1 = rowOf(history, "AI-001");
            assertThat(a1.getCell(col.get("2026-09")).getStringCellValue()).isIn("CONTINUE", "RECALIBRATE", "CANCEL");
            assertThat(a1.getCell(col.get("2026-10")).getStringCellValue()).isIn("CONTINUE", "RECALIBRATE", "CANCEL");
            assertThat(rowOf(history, "AI-003").getCell(col.get("2026-10")).getStringCellValue()).isEqualTo("NOT_STARTED");
        }
    }
}
