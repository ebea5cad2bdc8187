package com.portfolioreview.analysis;

import org.junit.jupiter.api.Test;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.spend;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §2.2 eac_plan and required_burn_rate, worked by hand. */
class PlanForecastTest {

    @Test
    void theRemainingPlanIsAddedToTheActualsAndTheRequiredRateSpreadsWhatIsLeft() {
        // P 2026-10, E 2026-12: 2 months remain (Nov, Dec)
        ReportingAge age = ReportingAge.of(ym("2026-01"), ym("2026-12"), 6, ym("2026-10"));
        PlanForecast f = PlanForecast.of(spend(
                "2026-10 COMPUTE 4000 3900",     // P itself: in actual_itd, not in the remaining plan
                "2026-11 COMPUTE 1000 0",
                "2026-11 STAFF 500 0",
                "2026-12 COMPUTE 1200 0",
                "2027-01 COMPUTE 9999 0"),       // after E: not in the plan
                age, d("10000"), d("20000"));

        // eac_plan = 10,000 + (1,000 + 500 + 1,200) = 12,700
        assertThat(f.eacPlan()).isEqualByComparingTo("12700");
        // required = (20,000 − 10,000) / 2 = 5,000 a month
        assertThat(f.requiredBurnRate()).isEqualByComparingTo("5000");
    }

    @Test
    void withoutPlanRowsTheEacPlanIsEmptyButTheRequiredRateIsNot() {
        // P 2026-09, E 2026-12: 3 months remain and no row falls in them
        ReportingAge age = ReportingAge.of(ym("2026-01"), ym("2026-12"), 6, ym("2026-09"));
        PlanForecast f = PlanForecast.of(spend("2026-09 COMPUTE 4000 3900"), age, d("10000"), d("20000"));

        assertThat(f.eacPlan()).isNull();
        // (20,000 − 10,000) / 3 = 3,333.33… a month
        assertThat(f.requiredBurnRate().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("3333.33");
    }

    @Test
    void atTheEndMonthTheEacPlanIsTheActualAndNoRateIsRequired() {
        ReportingAge age = ReportingAge.of(ym("2026-01"), ym("2026-10"), 6, ym("2026-10"));
        PlanForecast f = PlanForecast.of(spend("2026-11 COMPUTE 5000 0"), age, d("10000"), d("20000"));

        assertThat(f.eacPlan()).isEqualByComparingTo("10000");
        assertThat(f.requiredBurnRate()).isNull();
    }
}
