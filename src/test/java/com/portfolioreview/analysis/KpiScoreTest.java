package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KpiScoreTest {

    @ParameterizedTest(name = "{0} baseline {1} target {2}, measured {4}")
    @CsvSource({
            // direction,       baseline, target, value/unit, actual, improvement, attainment, benefit
            "HIGHER_IS_BETTER,  50,       100,    10,         75,     25,          0.5,        250",     // 75−50; 25/50; 25×10
            "LOWER_IS_BETTER,   60,       30,     1000,       45,     15,          0.5,        15000",   // 60−45; 15/30
            "LOWER_IS_BETTER,   60,       30,     1000,       70,     -10,         -0.333333,  -10000",  // got worse: negative benefit
            "HIGHER_IS_BETTER,  0,        8,      2.5,        10,     10,          1.25,       25",      // beyond target: 10/8
            "HIGHER_IS_BETTER,  50,       100,    10,         50,     0,           0,          0",       // no change
            "LOWER_IS_BETTER,   12.5,     10,     0,          11.25,  1.25,        0.5,        0",       // value/unit 0: no money
    })
    void improvementAttainmentAndBenefit(Direction direction, String baseline, String target, String valuePerUnit,
                                         String actual, BigDecimal improvement, double attainment, BigDecimal benefit) {
        KpiScore score = KpiScore.of(target("AI-1", "MTTR", direction, baseline, target, valuePerUnit, "1"), d(actual));

        assertThat(score.improvement()).isEqualByComparingTo(improvement);
        assertThat(score.attainment()).isCloseTo(attainment, within(1e-6));
        assertThat(score.benefit()).isEqualByComparingTo(benefit);
    }

    @Test
    void attainmentIsTheDoubleNearestToTheExactQuotientOnTheFastAndTheExactPath() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            // small values take the one-division path; 17-digit ones and odd scales the 34-digit one
            boolean large = i % 4 == 0;
            BigDecimal baseline = BigDecimal.valueOf(random.nextLong() % (large ? 100_000_000_000_000_000L : 100_000),
                    random.nextInt(large ? 12 : 5));
            BigDecimal target = baseline.add(BigDecimal.valueOf(1 + Math.abs(random.nextLong() % 1_000_000),
                    random.nextInt(large ? 12 : 4)));
            BigDecimal actual = BigDecimal.valueOf(random.nextLong() % (large ? Long.MAX_VALUE : 1_000_000),
                    random.nextInt(large ? 15 : 6) - (i % 7 == 0 ? 3 : 0));
            var kpi = target("AI-1", "MTTR", Direction.HIGHER_IS_BETTER, baseline.toPlainString(),
                    target.toPlainString(), "1", "1");
            BigDecimal improvement = KpiScore.improvement(kpi, actual);
            double nearest = improvement.divide(target.subtract(baseline).abs(), new java.math.MathContext(60))
                    .doubleValue();
            assertThat(KpiScore.of(kpi, actual).attainment()).as("%s / (%s − %s)", improvement, target, baseline)
                    .isEqualTo(nearest);
        }
    }

    @Test
    void targetEqualToBaselineIsRefused() {
        assertThatThrownBy(() -> KpiScore.of(target("AI-1", "MTTR", Direction.HIGHER_IS_BETTER, "5", "5", "1", "1"), d("6")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MTTR");
    }
}
