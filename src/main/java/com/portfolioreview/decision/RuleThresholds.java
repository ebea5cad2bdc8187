package com.portfolioreview.decision;

/**
 * The SPEC §2.5 thresholds ({@code review.rules.*} and {@code review.reallocation.*}). All are
 * positive numbers: the "behind" and "overrun" rules test attainment_gap &lt; −maxBehind and
 * vac_pct &lt; −maxForecastOverrun. Every comparison is strict.
 */
public record RuleThresholds(double cancelMaxAttainment, double cancelMaxOverspend, double cancelMaxBehind,
        int recalibrateMinDataQuality, double recalibrateMaxOverspend, double recalibrateMaxForecastOverrun,
        double recalibrateMaxBehind, double recalibrateFundingCut,
        double reallocationMinBenefitCostRatio, double reallocationMaxIncrease) {

    public static final RuleThresholds DEFAULTS = new RuleThresholds(0.50, 0.30, 0.30, 60, 0.10, 0.10, 0.15, 0.25, 1.5, 0.50);

    public RuleThresholds {
        if (!(recalibrateFundingCut >= 0.0 && recalibrateFundingCut <= 1.0)) {
            throw new IllegalArgumentException("review.rules.recalibrate.funding-cut must be between 0 and 1, was "
                    + recalibrateFundingCut);
        }
        if (!(reallocationMaxIncrease >= 0.0) || Double.isInfinite(reallocationMaxIncrease)) {
            throw new IllegalArgumentException("review.reallocation.max-increase must be >= 0, was " + reallocationMaxIncrease);
        }
        if (Double.isNaN(reallocationMinBenefitCostRatio) || Double.isInfinite(reallocationMinBenefitCostRatio)) {
            throw new IllegalArgumentException("review.reallocation.min-benefit-cost-ratio must be a number, was "
                    + reallocationMinBenefitCostRatio);
        }
    }
}
