package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static com.portfolioreview.PortfolioFixtures.kpiValues;
import static com.portfolioreview.PortfolioFixtures.target;
import static com.portfolioreview.PortfolioFixtures.values;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class MonthlyBenefitsTest {

    // MTTR: lower is better, 60 → 30 minutes, USD 100 per minute saved per month
    // Tickets: higher is better, 0 → 50 auto-resolved, USD 20 per ticket
    private static final List<KpiTarget> TARGETS = List.of(
            target("AI-1", "MTTR", Direction.LOWER_IS_BETTER, "60", "30", "100", "1"),
            target("AI-1", "Tickets", Direction.HIGHER_IS_BETTER, "0", "50", "20", "1"));

    private static final Map<String, NavigableMap<YearMonth, BigDecimal>> VALUES = kpiValues(
            "mttr", values("2025-12=10", "2026-01=50", "2026-02=40", "2026-04=70", "2026-07=0"),
            "TICKETS", values("2026-02=25", "2026-04=30"));

    @Test
    void benefitByMonthFromStartToReportPeriod() {
        // S 2026-01, P 2026-04: 2025-12 (before S) and 2026-07 (after P) are left out
        MonthlyBenefits b = MonthlyBenefits.of(TARGETS, VALUES, ym("2026-01"), ym("2026-04"));

        // 2026-01: MTTR (60−50)×100 = 1000
        // 2026-02: MTTR (60−40)×100 = 2000 + Tickets 25×20 = 500 → 2500
        // 2026-03: nothing measured
        // 2026-04: MTTR (60−70)×100 = −1000 (worse) + Tickets 30×20 = 600 → −400
        assertThat(b.byMonth()).containsOnlyKeys(ym("2026-01"), ym("2026-02"), ym("2026-04"));
        assertThat(b.byMonth().get(ym("2026-02"))).isEqualByComparingTo("2500");
        assertThat(b.month()).isEqualByComparingTo("-400");
        // 1000 + 2500 − 400 = 3100
        assertThat(b.itd()).isEqualByComparingTo("3100");
        // last 3 months 2026-02..04 with a value: February and April → (2500 − 400) / 2 = 1050
        assertThat(b.runRate()).isEqualByComparingTo("1050");
    }

    @ParameterizedTest(name = "S {0}, P {1}")
    @CsvSource({
            // P 2026-03: months 2026-01..03 → Jan 1000, Feb 2500 → 3500 / 2; nothing in March → month 0
            "2026-01, 2026-03, 0,    3500, 1750",
            // S = P = 2026-02: only February counts; run rate over February only
            "2026-02, 2026-02, 2500, 2500, 2500",
            // P 2026-06: last three months 04..06 have only April (−400)
            "2026-01, 2026-06, 0,    3100, -400",
    })
    void runRateOverMonthsWithValues(String start, String period, BigDecimal month, BigDecimal itd, BigDecimal runRate) {
        MonthlyBenefits b = MonthlyBenefits.of(TARGETS, VALUES, ym(start), ym(period));

        assertThat(b.month()).isEqualByComparingTo(month);
        assertThat(b.itd()).isEqualByComparingTo(itd);
        assertThat(b.runRate()).isEqualByComparingTo(runRate);
    }

    @Test
    void runRateIsEmptyWithoutValuesInTheLastThreeMonths() {
        // P 2026-12: July MTTR 0 → (60−0)×100 = 6000 is the last value; window 10..12 has none → empty
        MonthlyBenefits b = MonthlyBenefits.of(TARGETS, VALUES, ym("2026-01"), ym("2026-12"));

        assertThat(b.runRate()).isNull();
        assertThat(b.month()).isEqualByComparingTo("0");
        // 1000 + 2500 − 400 + 6000 (July) = 9100
        assertThat(b.itd()).isEqualByComparingTo("9100");
    }

    @Test
    void notStartedHasNoBenefit() {
        MonthlyBenefits b = MonthlyBenefits.of(TARGETS, VALUES, ym("2026-05"), ym("2026-04"));

        assertThat(b.byMonth()).isEmpty();
        assertThat(b.runRate()).isNull();
    }
}
