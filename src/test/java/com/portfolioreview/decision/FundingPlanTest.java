package com.portfolioreview.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

class FundingPlanTest {

    private final FundingPlan plan = new FundingPlan(RuleThresholds.DEFAULTS);

    @ParameterizedTest(name = "{0}, plan rows [{1}], burn {2}")
    @CsvSource(delimiter = '|', value = {
            // decision | budget rows after P = 2026-06 | burn | next quarter | from plan | recommended | released
            // plan 2026-07..09: 10,000 × 3 = 30,000 (2026-10 is P+4, ignored)
            "CONTINUE    | 2026-07 10000, 2026-08 10000, 2026-09 10000, 2026-10 99999 | 8000 | 30000 | true  | 30000 | 0",
            // no plan rows: burn × 3 = 24,000
            "CONTINUE    |                                   | 8000 | 24000 | false | 24000 | 0",
            // min(30,000, 3 × 8,000 = 24,000) × (1 − 0.25) = 18,000; released 30,000 − 18,000
            "RECALIBRATE | 2026-07 10000, 2026-08 10000, 2026-09 10000 | 8000 | 30000 | true  | 18000 | 12000",
            // min(15,000, 24,000) × 0.75 = 11,250; released 3,750
            "RECALIBRATE | 2026-07 5000, 2026-08 5000, 2026-09 5000    | 8000 | 15000 | true  | 11250 | 3750",
            // no plan: 24,000 × 0.75 = 18,000; released 6,000
            "RECALIBRATE |                                   | 8000 | 24000 | false | 18000 | 6000",
            // burn 100/3 kept to 34 digits: × 3 = 99.99…99 (32 nines after the point); × 0.75 = 74.99…9925;
            // released 99.99…99 − 74.99…9925 = 24.99…9975: exact, rounded to cents only when written
            "RECALIBRATE |                                   | 33.33333333333333333333333333333333 | 99.99999999999999999999999999999999 | false | 74.9999999999999999999999999999999925 | 24.9999999999999999999999999999999975",
            "CANCEL      | 2026-07 10000, 2026-08 10000, 2026-09 10000 | 8000 | 30000 | true  | 0     | 30000",
            "CANCEL      |                                   | 0    | 0     | false | 0     | 0",
            // NOT_STARTED funds its plan
            "NOT_STARTED | 2026-08 5000, 2026-09 5000        | 0    | 10000 | true  | 10000 | 0",
            "NOT_STARTED |                                   | 0    | 0     | false | 0     | 0",
            // a plan row with zero budget is still a plan: next quarter 0, not burn × 3
            "CONTINUE    | 2026-07 0                         | 8000 | 0     | true  | 0     | 0",
            // recalibrating with a plan below the cut: min(3,000, 24,000) × 0.75 = 2,250
            "RECALIBRATE | 2026-09 3000                      | 8000 | 3000  | true  | 2250  | 750",
    })
    void nextQuarterRecommendedAndReleased(Decision decision, String planRows, BigDecimal burn, BigDecimal nextQuarter,
                                           boolean fromPlan, BigDecimal recommended, BigDecimal released) {
        String[] rows = planRows == null ? new String[0] : planRows.split(",\\s*");
        String[] lines = new String[rows.length + 1];
        lines[0] = "2026-06 STAFF 77777 8000";   // P itself is never next quarter
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].trim().split(" ");
            lines[i + 1] = f[0] + " STAFF " + f[1] + " 0";
        }

        FundingRecommendation r = plan.recommend(decision, spend(lines), ym("2026-06"), burn);

        assertThat(r.nextQuarterBudget()).isEqualByComparingTo(nextQuarter);
        assertThat(r.fromPlan()).isEqualTo(fromPlan);
        assertThat(r.recommendedFunding()).isEqualByComparingTo(recommended);
        assertThat(r.releasedFunding()).isEqualByComparingTo(released);
        assertThat(r.reallocatedFunding()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest(name = "cut {0}")
    @CsvSource({
            "0.0, 24000, 6000",     // no cut: min(30,000, 24,000); released 30,000 − 24,000
            "1.0, 0,     30000",    // full cut
            "0.1, 21600, 8400",     // 24,000 × 0.9
    })
    void fundingCutIsConfigurable(double cut, BigDecimal recommended, BigDecimal released) {
        RuleThresholds t = RuleThresholds.DEFAULTS;
        FundingPlan custom = new FundingPlan(new RuleThresholds(t.cancelMaxAttainment(), t.cancelMaxOverspend(),
                t.cancelMaxBehind(), t.recalibrateMinDataQuality(), t.recalibrateMaxOverspend(),
                t.recalibrateMaxForecastOverrun(), t.recalibrateMaxBehind(), cut,
                t.reallocationMinBenefitCostRatio(), t.reallocationMaxIncrease()));

        FundingRecommendation r = custom.recommend(Decision.RECALIBRATE,
                spend("2026-07 STAFF 30000 0"), ym("2026-06"), d("8000"));

        assertThat(r.recommendedFunding()).isEqualByComparingTo(recommended);
        assertThat(r.releasedFunding()).isEqualByComparingTo(released);
    }
}
