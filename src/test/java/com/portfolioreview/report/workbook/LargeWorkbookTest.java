package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.InputIssues;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.usermodel.Sheet;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Many rows: streamed flat, and continued on numbered sheets past the row limit. */
class LargeWorkbookTest {

    @TempDir
    Path dir;

    /** 10 initiatives × 100 months × 120 cost categories = 120,000 Monthly Spend rows. */
    @Test
    void aHundredAndTwentyThousandSpendRowsWriteAndReopen() throws Exception {
        PortfolioReview small = WorkbookFixture.review();
        InitiativeReview model = small.reviews().get(2);
        List<InitiativeReview> reviews = new ArrayList<>();
        SpendLedger ledger = new SpendLedger();
        SpendAmount amount = new SpendAmount(new BigDecimal("100.00"), new BigDecimal("101.01"));
        for (int i = 0; i < 10; i++) {
            String id = "X-%03d".formatted(i);
            reviews.add(new InitiativeReview(WorkbookFixture.initiative(id, "Initiative " + i, "Operations",
                    model.initiative().stage(), model.initiative().startDate()), model.figures(), model.findings(),
                    model.decision(), model.funding()));
            for (int m = 0; m < 100; m++) {
                for (int c = 0; c < 120; c++) {
                    ledger.add(id, WorkbookFixture.P.minusMonths(m), "CAT%03d".formatted(c), amount);
                }
            }
        }
        PortfolioReview review = new PortfolioReview(small.period(), "USD", reviews, small.releasedFunding(),
                small.reallocatedFunding(), small.unallocatedFunding());
        PortfolioInputs base = WorkbookFixture.inputs(small);
        PortfolioInputs inputs = new PortfolioInputs(base.period(), "USD", base.initiatives(), base.targets(), ledger,
                base.kpis(), base.fxRatesUsed(), base.issues(), base.files());
        Path file = dir.resolve("large.xlsx");

        new PortfolioWorkbook(WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE))
                .write(file, review, inputs, WorkbookFixture.run(), null);
        Map<String, Integer> rows = rowsPerSheet(file);
        assertThat(rows.keySet()).containsExactlyElementsOf(WorkbookTemplate.OUTPUT_SHEETS);
        assertThat(rows.get("Monthly Spend")).isEqualTo(1 + 120_000);
        assertThat(rows.get("Initiatives")).isEqualTo(1 + 10);
    }

    /**
     * SPEC §3.1: a restated history sends millions of warnings; the sheet lists at most 1,000 rejected
     * rows and 1,000 warnings, each with a line saying how many more the CSV outputs hold, and counts
     * them all by file and reason.
     */
    @Test
    void dataQualityListsAtMostAThousandOfEachAndCountsThemAll() throws Exception {
        PortfolioReview review = WorkbookFixture.review();
        PortfolioInputs base = WorkbookFixture.inputs(review);
        List<InputIssue> issues = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            issues.add(InputIssue.rejected("spend/big.csv", 2 + i, "B-REC", "bad amount in column 'actual': \"x" + i + "\"",
                    "B-REC,2026-10,STAFF,0,x" + i + ",USD"));
            if (i < 1_200) {
                issues.add(InputIssue.warning("kpi/history.csv", 2 + i, "C-CON", "kpi 'MTTR' of initiative 'C-CON' for 2026-10"
                        + " measured again: " + i + " replaced by " + (i + 1) + " from kpi/history.csv line " + (3 + i), "raw"));
            }
        }
        PortfolioInputs inputs = new PortfolioInputs(base.period(), base.reportingCurrency(), base.initiatives(),
                base.targets(), base.spend(), base.kpis(), base.fxRatesUsed(), InputIssues.of(issues), base.files());
        Path file = dir.resolve("many-issues.xlsx");

        new PortfolioWorkbook(WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE))
                .write(file, review, inputs, WorkbookFixture.run(), null);

        // header + 4 initiatives, header + 2 counts, header + 1,000 rejected + 1 more-line + 1,000 warnings + 1 more-line
        assertThat(rowsPerSheet(file).get("Data Quality")).isEqualTo(5 + 3 + 1 + 1_000 + 1 + 1_000 + 1);
        try (XSSFWorkbook wb = PortfolioWorkbookTest.open(file)) {
            Sheet dq = wb.getSheet("Data Quality");
            assertThat(PortfolioWorkbookTest.texts(dq.getRow(7)))
                    .containsExactly("Rejected", "spend/big.csv", "bad amount in column 'actual'", "1500.0");
            assertThat(PortfolioWorkbookTest.texts(dq.getRow(8)))
                    .containsExactly("Warning", "kpi/history.csv", "kpi '…' of initiative '…' for … measured again", "1200.0");
            // rows 11..1,010 the rejected rows, 1,011 the line, 1,012..2,011 the warnings, 2,012 the line
            assertThat(dq.getRow(1_011).getCell(0).getStringCellValue())
                    .isEqualTo("… and 500 more rejected rows: rejects.csv lists them all");
            assertThat(dq.getRow(1_012).getCell(0).getStringCellValue()).isEqualTo("Warning");
            assertThat(dq.getRow(2_012).getCell(0).getStringCellValue())
                    .isEqualTo("… and 200 more warnings: warnings.csv lists them all");
        }
    }

    @Test
    void aTableBeyondTheRowLimitContinuesOnNumberedSheets() throws Exception {
        PortfolioReview review = WorkbookFixture.review();
        Path file = dir.resolve("continued.xlsx");
        // a limit of 4 rows per sheet: the header and 3 data rows
        new PortfolioWorkbook(WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE), 4)
                .write(file, review, WorkbookFixture.inputs(review), WorkbookFixture.run(), null);

        Map<String, Integer> rows = rowsPerSheet(file);
        assertThat(rows).containsExactly(
                Map.entry("Summary", rows.get("Summary")),
                Map.entry("Changes", 4),           // two decisions changed, one month restated
                Map.entry("Initiatives", 5),
                Map.entry("Monthly Spend", 4),
                Map.entry("Monthly Spend 2", 3),   // 5 spend rows = 3 + 2
                Map.entry("KPIs", 4),              // 3 KPI rows fit exactly
                Map.entry("Data Quality", 13),    // 1 + 4 initiatives, 1 + 3 counts, 1 + 3 issues
                Map.entry("History", 6),  // 4 initiatives and the note under them
                Map.entry("Assumptions", rows.get("Assumptions")));
        try (XSSFWorkbook wb = PortfolioWorkbookTest.open(file)) {
            Row header = wb.getSheet("Monthly Spend 2").getRow(0);
            assertThat(PortfolioWorkbookTest.texts(header)).containsExactlyElementsOf(MonthlySpendSheet.HEADER);
            Row continued = wb.getSheet("Monthly Spend 2").getRow(1);
            assertThat(continued.getCell(2).getStringCellValue()).isEqualTo("LICENSES");
            assertThat(continued.getCell(5).getCellFormula()).isEqualTo("E2-D2");
            assertThat(wb.getSheet("Monthly Spend 2").getPaneInformation().isFreezePane()).isTrue();
        }
    }

    /** Sheet name → number of rows, read with StAX so 120,000 rows cost no memory. */
    static Map<String, Integer> rowsPerSheet(Path file) throws Exception {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            XMLInputFactory factory = XMLInputFactory.newFactory();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    int n = 0;
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                            n++;
                        }
                    }
                    xml.close();
                    rows.put(sheets.getSheetName(), n);
                }
            }
        }
        return rows;
    }
}
