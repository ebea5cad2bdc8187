package com.portfolioreview.ingest;

import com.portfolioreview.testsupport.InputFolder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPeriodDetectorTest {

    /** Today's month: nothing later is ever the default period. */
    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    @Test
    void latestPeriodWithANonZeroActualIgnoringPlanRowsZeroesAndSummaryRows() throws Exception {
        InputFolder.valid(dir) // 2026-10 has actuals, 2026-11 is a budget-only plan row
                .write("spend/spend-eu.csv", "initiative_id;period;cost_category;budget;actual;currency\n"
                        + "AI-001;12/2026;DATA;5;0,00;USD\n"        // zero actual: not a period with actuals
                        + ";2027-01;Total;5;7;\n"                    // summary row
                        + "AI-001;2026-13;DATA;5;7;USD\n"            // bad period
                        + "AI-001;2026-09;DATA;5;(1,50);USD\n");     // a credit is non-zero, but earlier
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, TODAY)).contains(YearMonth.of(2026, 10));
    }

    @Test
    void aCreditInALaterMonthCounts() throws Exception {
        InputFolder.valid(dir).write("spend/z.csv", "initiative_id,period,cost_category,budget,actual,currency\n"
                + "AI-001,Nov 2026,DATA,,(0.01),USD\n");
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, TODAY)).contains(YearMonth.of(2026, 11));
    }

    @Test
    void emptyWithoutSpendActuals() throws Exception {
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, TODAY)).isEmpty();
        InputFolder.valid(dir).write("spend/spend-2026-10.csv",
                "initiative_id,period,cost_category,budget,actual,currency\nAI-001,2026-10,X,100,,USD\n");
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, TODAY)).isEmpty();
    }

    @Test
    void neverAMonthAfterTodaysWhateverTheSpendSays() throws Exception {
        InputFolder.valid(dir).write("spend/typo.csv", "initiative_id,period,cost_category,budget,actual,currency\n"
                + "AI-001,2062-10,COMPUTE,0,100,USD\n"          // the year typo, on the one-pass reading
                + "AI-001,\"Dec 2026\",DATA,,\"1,000\",USD\n"); // a later month, on the general rules
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, TODAY)).contains(YearMonth.of(2026, 10));
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, YearMonth.of(2062, 10)))
                .contains(YearMonth.of(2062, 10));
        assertThat(ReportPeriodDetector.latestPeriodWithActuals(dir, YearMonth.of(2026, 9))).isEmpty();
    }
}
