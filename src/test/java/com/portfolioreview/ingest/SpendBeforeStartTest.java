package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §1.2: spend dated before the start month counts, and one warning per initiative names its months. */
class SpendBeforeStartTest {

    private static final String SPEND = "spend/spend-2026-10.csv";

    @TempDir
    Path dir;

    @Test
    void spendBeforeTheStartMonthCountsAndIsNamedOnce() throws Exception {
        // AI-001 starts 2026-01-15; AI-002 starts 2026-03-01 and gets a zero row before it (not spend)
        PortfolioInputs inputs = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(InputFolder.valid(dir)
                .append(SPEND, "AI-001,2025-12,COMPUTE,0,700.00,USD")
                .append(SPEND, "AI-001,2025-11,STAFF,300.00,,USD")
                .append(SPEND, "AI-001,2026-01,STAFF,0,50.00,USD")
                .append(SPEND, "AI-002,2026-02,STAFF,0,0,USD")
                .dir(), YearMonth.of(2026, 10));

        assertThat(inputs.issues().list()).containsExactly(InputIssue.warning("spend/", 0, "AI-001",
                "spend dated before the start month 2026-01: 2025-11, 2025-12 (counted in the figures to date)", ""));
        assertThat(inputs.spend().of("AI-001").get(YearMonth.of(2025, 12)).get("COMPUTE").actual())
                .isEqualByComparingTo("700.00");
    }
}
