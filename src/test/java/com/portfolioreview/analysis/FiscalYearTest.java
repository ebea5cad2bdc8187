package com.portfolioreview.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

    @ParameterizedTest(name = "P {0}, fiscal year from month {1}")
    @CsvSource({
            "2026-02, 1, 2026-01",  // calendar year
            "2026-01, 1, 2026-01",  // first month of the year
            "2026-12, 1, 2026-01",
            "2026-02, 4, 2025-04",  // April fiscal year: February belongs to the year begun last April
            "2026-03, 4, 2025-04",  // last month of the fiscal year
            "2026-04, 4, 2026-04",  // a new fiscal year starts
            "2026-11, 4, 2026-04",
            "2026-06, 7, 2025-07",  // July fiscal year
    })
    void startOfTheFiscalYear(YearMonth period, int startMonth, YearMonth expected) {
        assertThat(FiscalYear.startOf(period, startMonth)).isEqualTo(expected);
    }
}
