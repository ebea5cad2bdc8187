package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.portfolioreview.PortfolioFixtures.kpiValues;
import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.target;
import static com.portfolioreview.PortfolioFixtures.values;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class DataQualityScoreTest {

    @ParameterizedTest(name = "kpi {0}/{1}, spend {2}/{3}, fresh {4}, rejected {5}")
    @CsvSource({
            // pairs, slots, spend months, |W|, fresh, rejected, score
            "12, 12, 6, 6, 1, 0,  100",   // 50 + 30 + 20
            "0,  0,  0, 0, 0, 0,  0",     // nothing (NOT_STARTED): no division by zero
            "1,  4,  0, 4, 0, 0,  13",    // 50 × 1/4 = 12.5 → half up 13
            "3,  4,  4, 4, 0, 0,  68",    // 37.5 + 30 = 67.5 → 68
            "2,  6,  5, 6, 0, 2,  38",    // 16.67 + 25 = 41.67 → 42, − 2 × 2 = 38
            "1,  6,  6, 6, 1, 0,  58",    // 8.33 + 30 + 20 = 58.33 → 58
            "5,  6,  6, 6, 1, 0,  92",    // 41.67 + 30 + 20 = 91.67 → 92
            "12, 12, 6, 6, 1, 10, 80",    // penalty 2 × 10 = 20
            "12, 12, 6, 6, 1, 15, 80",    // penalty capped at 20
            "1,  4,  0, 4, 0, 7,  0",     // 13 − 14 → floored at 0
            "0,  0,  3, 3, 0, 0,  30",    // no KPI defined: KPI completeness 0, spend 3/3
    })
    void scoreRoundsHalfUpBeforeThePenalty(long pairs, long slots, long spendMonths, long window, int fresh, int rejected,
                                           int expected) {
        assertThat(DataQualityScore.score(pairs, slots, spendMonths, window, fresh, rejected)).isEqualTo(expected);
    }

    private static final List<KpiTarget> TARGETS = List.of(
            target("AI-1", "MTTR", Direction.LOWER_IS_BETTER, "60", "30", "100", "1"),
            target("AI-1", "Tickets", Direction.HIGHER_IS_BETTER, "0", "50", "20", "1"));

    @Test
    void componentsOverTheLastSixMonths() {
        // S 2025-01, P 2026-03: age 15, W = 2025-10..2026-03 (6 months)
        ReportingAge age = ReportingAge.of(ym("2025-01"), ym("2026-12"), 12, ym("2026-03"));
        var v = kpiValues(
                "MTTR", values("2025-09=50", "2025-10=50", "2026-01=45", "2026-03=40"),  // 3 in W (2025-09 is outside)
                "Tickets", values("2026-02=10"));                                         // 1 in W
        var rows = spend("2025-09 STAFF 0 1", "2025-10 STAFF 0 1", "2025-12 STAFF 0 0", "2026-03 STAFF 0 1",
                "2026-04 STAFF 9 0");  // a zero-actual row still counts as a row; 2026-04 is after P

        DataQualityScore dq = DataQualityScore.of(TARGETS, v, rows, age, 3);

        // KPI 4 / (2 × 6) = 1/3; spend 3 / 6 (Oct, Dec, Mar); fresh: MTTR in March
        // 50/3 + 15 + 20 = 51.67 → 52, − 2 × 3 = 46
        assertThat(dq.windowMonths()).isEqualTo(6);
        assertThat(dq.kpiCompleteness()).isEqualTo(1.0 / 3.0);
        assertThat(dq.spendCompleteness()).isEqualTo(0.5);
        assertThat(dq.fresh()).isEqualTo(1);
        assertThat(dq.rejectedRows()).isEqualTo(3);
        assertThat(dq.score()).isEqualTo(46);
    }

    @Test
    void youngInitiativeHasAShortWindow() {
        // S = P = 2026-03: age 1, W = {2026-03}; Tickets measured, MTTR not; no spend
        ReportingAge age = ReportingAge.of(ym("2026-03"), ym("2026-12"), 12, ym("2026-03"));

        DataQualityScore dq = DataQualityScore.of(TARGETS, kpiValues("Tickets", values("2026-03=5")), spend(), age, 0);

        // KPI 1/2 → 25; spend 0; fresh 20 → 45
        assertThat(dq.kpiCompleteness()).isEqualTo(0.5);
        assertThat(dq.spendCompleteness()).isEqualTo(0.0);
        assertThat(dq.score()).isEqualTo(45);
    }

    @Test
    void notStartedHasAnEmptyWindow() {
        ReportingAge age = ReportingAge.of(ym("2026-05"), ym("2026-12"), 12, ym("2026-03"));

        DataQualityScore dq = DataQualityScore.of(TARGETS, kpiValues("Tickets", values("2026-03=5")),
                spend("2026-03 STAFF 0 1"), age, 1);

        // |W| = 0: completeness 0, fresh 0 (a value before the start is not evidence), 0 − 2 → 0
        assertThat(dq.windowMonths()).isZero();
        assertThat(dq.kpiCompleteness()).isZero();
        assertThat(dq.spendCompleteness()).isZero();
        assertThat(dq.fresh()).isZero();
        assertThat(dq.score()).isZero();
    }
}
