package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static com.portfolioreview.PortfolioFixtures.kpiValues;
import static com.portfolioreview.PortfolioFixtures.target;
import static com.portfolioreview.PortfolioFixtures.values;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class AttainmentTest {

    // MTTR weight 3: 60 → 30 (distance 30); Tickets weight 1: 0 → 50 (distance 50)
    private static final List<KpiTarget> TARGETS = List.of(
            target("AI-1", "MTTR", Direction.LOWER_IS_BETTER, "60", "30", "100", "3"),
            target("AI-1", "Tickets", Direction.HIGHER_IS_BETTER, "0", "50", "20", "1"));

    @ParameterizedTest(name = "MTTR {0}, Tickets {1}")
    @CsvSource({
            // both measured: MTTR (60−45)/30 = 0.5, Tickets 40/50 = 0.8 → (3×0.5 + 1×0.8) / 4 = 2.3 / 4
            "45, 40, 0.575",
            // only Tickets measured in P: the average is over the KPIs measured → 0.8
            "  , 40, 0.8",
            // only MTTR, got worse: (60−66)/30 = −0.2
            "66,   , -0.2",
            // nothing measured in P: empty
            "  ,   , ",
    })
    void weightedOverTheKpisMeasuredInP(String mttr, String tickets, Double expected) {
        var v = kpiValues(
                "MTTR", mttr == null ? values("2026-01=30") : values("2026-01=30", "2026-02=" + mttr),
                "Tickets", tickets == null ? values() : values("2026-02=" + tickets));

        BigDecimal a = Attainment.weighted(TARGETS, v, ym("2026-02"));

        assertThat(a == null ? null : a.doubleValue()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "attainment {0} at month {1} of {2}")
    @CsvSource({
            // 0.6 − 9/12 = −0.15 exactly: the double is the one nearest −0.15, so "gap < −0.15" does not hold
            "0.6,  9, 12, -0.15",
            "0.31, 9, 12, -0.44",    // 0.31 − 0.75
            "1.1, 14, 12, 0.1",      // mature: ramp capped at 1
            "0.5,  1,  3, 0.16666666666666667",  // 0.5 − 1/3
            "   ,  9, 12, ",         // empty attainment: empty gap
    })
    void gapToTheMaturityRamp(BigDecimal attainment, int age, int maturity, Double expected) {
        ReportingAge ramp = ReportingAge.of(ym("2026-01").minusMonths(age - 1L), ym("2027-12"), maturity, ym("2026-01"));

        Double gap = Attainment.gap(attainment, ramp.expectedAttainment());

        assertThat(gap).isEqualTo(expected);
        if (gap != null && expected == -0.15) {
            assertThat(gap < -0.15).isFalse();
        }
    }
}
