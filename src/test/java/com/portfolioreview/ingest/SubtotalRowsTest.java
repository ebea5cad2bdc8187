package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1.2: a spend row whose cost_category is TOTAL or SUBTOTAL is a per-initiative subtotal,
 * a summary row: summing it would double that initiative's month silently.
 */
class SubtotalRowsTest {

    private static final String SPEND = "spend/spend-2026-10.csv";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Total", "TOTAL", "total", "Subtotal", "SUB-TOTAL", "Sub Total", "Grand Total"})
    void aSubtotalCategoryIsASummaryRowNotALedgerLine(String category) throws Exception {
        // InputFolder.SPEND: AI-001 2026-10 COMPUTE actual 12,500.50 - 500.50 = 12,000.00
        String row = "AI-001,2026-10," + category + ",10000.00,12000.00,USD";
        PortfolioInputs inputs = new PortfolioIngest("USD", 0.0, IngestListener.NONE)
                .read(InputFolder.valid(dir).append(SPEND, row).dir(), YearMonth.of(2026, 10));

        assertThat(inputs.spend().of("AI-001").get(YearMonth.of(2026, 10)).values().stream()
                .map(a -> a.actual()).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("12000.00");
        assertThat(inputs.issues().list()).containsExactly(
                new InputIssue(InputIssue.Kind.REJECTED, SPEND, 6, "AI-001", "summary row", row, false));
        // not a bad row: it neither counts against the 0 % reject limit (the input stays usable) nor in rejected_rows
        assertThat(inputs.rejectedRowsOf("AI-001")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TOTAL COST", "Totals", "SUBTOTALS", "STAFF"})
    void otherCategoriesAreLedgerLines(String category) throws Exception {
        String row = "AI-001,2026-10," + category + ",0,1.00,USD";
        PortfolioInputs inputs = new PortfolioIngest("USD", 0.0, IngestListener.NONE)
                .read(InputFolder.valid(dir).append(SPEND, row).dir(), YearMonth.of(2026, 10));
        assertThat(inputs.issues().list()).isEmpty();
        assertThat(Optional.ofNullable(inputs.spend().of("AI-001").get(YearMonth.of(2026, 10)).get(category.toUpperCase(java.util.Locale.ROOT))))
                .hasValueSatisfying(a -> assertThat(a.actual()).isEqualByComparingTo("1.00"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Total", "SUBTOTAL"})
    void aSubtotalInALaterMonthDoesNotChooseTheReportPeriod(String category) throws Exception {
        InputFolder input = InputFolder.valid(dir).append(SPEND, "AI-001,2026-11," + category + ",0,99.00,USD");
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(input.dir(), YearMonth.of(2026, 11)))
                .contains(YearMonth.of(2026, 10));
    }
}
