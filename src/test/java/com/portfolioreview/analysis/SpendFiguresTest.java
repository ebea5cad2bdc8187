package com.portfolioreview.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class SpendFiguresTest {

    /** P 2026-02, S 2025-03 (age 12), E 2026-12 (10 months remaining), fiscal year from April. */
    private static final ReportingAge AGE = ReportingAge.of(ym("2025-03"), ym("2026-12"), 12, ym("2026-02"));

    private static final NavigableMap<YearMonth, SortedMap<String, SpendAmount>> ROWS = spend(
            "2025-03 COMPUTE 1000 900",     // before the fiscal year: ITD only
            "2025-04 COMPUTE 1000 1100",    // first month of the fiscal year
            "2025-12 COMPUTE 1000 1000",
            "2025-12 STAFF 500 600",
            //                                 2026-01: no rows
            "2026-02 COMPUTE 1000 1300",
            "2026-02 OTHER 0 -200",         // a credit
            "2026-03 COMPUTE 5000 0");      // after P: plan only

    @Test
    void monthFiscalYearToDateAndInceptionToDate() {
        SpendFigures s = SpendFigures.of(ROWS, AGE, 4, d("20000"));

        // month 2026-02: budget 1000 + 0, actual 1300 − 200 = 1100, variance 100, 100 / 1000 = 10%
        assertThat(s.month().budget()).isEqualByComparingTo("1000");
        assertThat(s.month().actual()).isEqualByComparingTo("1100");
        assertThat(s.month().variance()).isEqualByComparingTo("100");
        assertThat(s.varianceMonthPct()).isEqualTo(0.1);
        // YTD 2025-04..2026-02 (across the calendar-year boundary): budget 1000 + 1500 + 1000 = 3500,
        // actual 1100 + 1600 + 1100 = 3800, variance 300
        assertThat(s.ytd().budget()).isEqualByComparingTo("3500");
        assertThat(s.ytd().actual()).isEqualByComparingTo("3800");
        assertThat(s.ytd().variance()).isEqualByComparingTo("300");
        // ITD adds 2025-03: budget 4500, actual 4700, variance 200, 200 / 4500 = 4.444…%
        assertThat(s.itd().budget()).isEqualByComparingTo("4500");
        assertThat(s.itd().actual()).isEqualByComparingTo("4700");
        assertThat(s.varianceItdPct()).isEqualTo(200.0 / 4500.0);
        // burn (1600 + 0 + 1100) / 3 = 900; EAC 4700 + 900 × 10 = 13700; VAC 20000 − 13700 = 6300, 31.5%
        assertThat(s.burnRate()).isEqualByComparingTo("900");
        assertThat(s.eac()).isEqualByComparingTo("13700");
        assertThat(s.vac()).isEqualByComparingTo("6300");
        assertThat(s.vacPct()).isEqualTo(0.315);
    }

    @Test
    void calendarFiscalYearStartsInJanuary() {
        SpendFigures s = SpendFigures.of(ROWS, AGE, 1, d("20000"));

        // YTD 2026-01..2026-02 = February only: budget 1000, actual 1100
        assertThat(s.ytd().budget()).isEqualByComparingTo("1000");
        assertThat(s.ytd().actual()).isEqualByComparingTo("1100");
    }

    @ParameterizedTest(name = "budget {0}, actual {1}")
    @CsvSource({
            "1000, 1100, 0.1",      // 100 / 1000
            "1000, 900,  -0.1",     // underspend: −100 / 1000
            "1000, -200, -1.2",     // a credit makes actual negative: (−200 − 1000) / 1000
            "0,    500,  ",         // zero budget: percentage empty
            "0,    0,    ",
    })
    void variancePercentIsEmptyWithoutBudget(String budget, String actual, Double expected) {
        var rows = spend("2026-02 COMPUTE " + budget + " " + actual);

        SpendFigures s = SpendFigures.of(rows, AGE, 1, d("20000"));

        assertThat(s.varianceMonthPct()).isEqualTo(expected);
        assertThat(s.varianceItdPct()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "E {0}")
    @CsvSource({
            // burn (0 + 0 + 3000) / 3 = 1000; ITD 3000
            "2026-12, 10, 13000, 7000,  0.35",   // EAC 3000 + 1000 × 10; VAC 20000 − 13000
            "2026-02,  0,  3000, 17000, 0.85",   // E = P: EAC = ITD actual
            "2025-10,  0,  3000, 17000, 0.85",   // E before P: nothing remaining
    })
    void estimateAtCompletion(String end, int remaining, BigDecimal eac, BigDecimal vac, double vacPct) {
        ReportingAge age = ReportingAge.of(ym("2025-03"), ym(end), 12, ym("2026-02"));

        SpendFigures s = SpendFigures.of(spend("2026-02 STAFF 0 3000"), age, 1, d("20000"));

        assertThat(age.monthsRemaining()).isEqualTo(remaining);
        assertThat(s.eac()).isEqualByComparingTo(eac);
        assertThat(s.vac()).isEqualByComparingTo(vac);
        assertThat(s.vacPct()).isEqualTo(vacPct);
    }

    @Test
    void forecastOverrunGivesNegativeVac() {
        ReportingAge age = ReportingAge.of(ym("2025-03"), ym("2026-12"), 12, ym("2026-02"));

        // ITD 6000, burn 6000 / 3 = 2000, EAC 6000 + 2000 × 10 = 26000, VAC 20000 − 26000 = −6000, −30%
        SpendFigures s = SpendFigures.of(spend("2026-02 STAFF 0 6000"), age, 1, d("20000"));

        assertThat(s.vac()).isEqualByComparingTo("-6000");
        assertThat(s.vacPct()).isEqualTo(-0.3);
    }
}
