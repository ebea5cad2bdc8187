package com.portfolioreview.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class BurnRateTest {

    @ParameterizedTest(name = "age {0} months")
    @CsvSource({
            // rows: 2025-11 4000; 2025-12 1000 + 600 = 1600; 2026-01 none; 2026-02 1300 − 200 credit = 1100
            "0,  0",        // not started: no window
            "1,  1100",     // n = 1: 1100 / 1
            "2,  550",      // n = 2: (0 for January + 1100) / 2
            "3,  900",      // n = 3: (1600 + 0 + 1100) / 3 = 2700 / 3
            "10, 900",      // n = min(3, 10) = 3: November is outside the window
    })
    void meanActualOverTheLastThreeMonthsCountingMissingMonthsAsZero(int age, BigDecimal expected) {
        var rows = spend(
                "2025-11 COMPUTE 0 4000",
                "2025-12 COMPUTE 1000 1000",
                "2025-12 STAFF 500 600",
                "2026-02 COMPUTE 1000 1300",
                "2026-02 OTHER 0 -200",
                "2026-03 COMPUTE 5000 5000");   // after P: ignored

        assertThat(BurnRate.of(rows, ym("2026-02"), age)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} over 3 months")
    @CsvSource({
            // 100 / 3 = 33.33…: kept to 34 significant digits, rounded to cents only when written
            "100, 33.33333333333333333333333333333333",
            // −300 / 3: a net credit gives a negative burn rate
            "-300, -100",
    })
    void divisionKeepsDecimal128Precision(String actual, BigDecimal expected) {
        var rows = spend("2026-02 COMPUTE 0 " + actual);

        assertThat(BurnRate.of(rows, ym("2026-02"), 3)).isEqualByComparingTo(expected);
    }
}
