package com.portfolioreview.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingAgeTest {

    @ParameterizedTest(name = "S {0}, E {1}, maturity {2}, P {3}")
    @CsvSource({
            // S,     E,       maturity, P,    notStarted, age, mature, remaining, expected attainment
            // S = P: age 1 (both ends counted); E 2026-12 − P 2026-01 = 11 months after P; 1/12
            "2026-01, 2026-12, 12, 2026-01, false,  1, false, 11, 0.08333333333333333",
            // 2025-05..2026-01 = 9 months; 9/12 = 0.75
            "2025-05, 2026-12, 12, 2026-01, false,  9, false, 11, 0.75",
            // 2025-03..2026-01 = 11 months: one month short of maturity
            "2025-03, 2026-12, 12, 2026-01, false, 11, false, 11, 0.9166666666666666",
            // 2025-02..2026-01 = 12 months: maturity reached this month, ramp capped at 1
            "2025-02, 2026-12, 12, 2026-01, false, 12, true,  11, 1.0",
            // past maturity: 2024-01..2026-01 = 25 months; E 2025-06 ≤ P: nothing remaining
            "2024-01, 2025-06,  6, 2026-01, false, 25, true,   0, 1.0",
            // E = P: nothing remaining
            "2025-07, 2026-01,  6, 2026-01, false,  7, true,   0, 1.0",
            // E = P+1: one month remaining
            "2025-07, 2026-02,  6, 2026-01, false,  7, true,   1, 1.0",
            // maturity 1: mature from the first month
            "2026-01, 2026-03,  1, 2026-01, false,  1, true,   2, 1.0",
            // S > P: NOT_STARTED, age 0, never mature, expected 0
            "2026-03, 2026-12,  1, 2026-01, true,   0, false, 11, 0.0",
    })
    void ageMaturityAndRemainingMonths(YearMonth start, YearMonth end, int maturity, YearMonth period,
                                       boolean notStarted, int age, boolean mature, int remaining, double expected) {
        ReportingAge a = ReportingAge.of(start, end, maturity, period);

        assertThat(a.notStarted()).isEqualTo(notStarted);
        assertThat(a.ageMonths()).isEqualTo(age);
        assertThat(a.mature()).isEqualTo(mature);
        assertThat(a.monthsRemaining()).isEqualTo(remaining);
        assertThat(a.expectedAttainment().doubleValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "age {0}, limit {1}")
    @CsvSource({
            // P 2026-02, age 1: only P
            "1, 6, 2026-02",
            // age 2, limit 6: 2026-01, 2026-02
            "2, 6, 2026-01 2026-02",
            // age 10, limit 3: the last three months ending at P, crossing the year
            "10, 3, 2025-12 2026-01 2026-02",
    })
    void windowEndsAtTheReportPeriod(int age, int limit, String expected) {
        YearMonth p = YearMonth.parse("2026-02");
        ReportingAge a = ReportingAge.of(p.minusMonths(age - 1L), p, 12, p);

        assertThat(a.lastPeriods(limit)).map(YearMonth::toString).containsExactly(expected.split(" "));
    }
}
