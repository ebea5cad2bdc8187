package com.portfolioreview.analysis;

/**
 * The configuration the SPEC §2 figures depend on.
 *
 * @param fiscalYearStartMonth first month (1–12) of the fiscal year, for the YTD figures
 * @param npvHorizonMonths     H in the NPV sum (months)
 * @param npvDiscountRate      r in the NPV sum (annual, e.g. 0.10)
 */
public record AnalysisSettings(int fiscalYearStartMonth, int npvHorizonMonths, double npvDiscountRate) {

    public static final AnalysisSettings DEFAULTS = new AnalysisSettings(1, 24, 0.10);

    public AnalysisSettings {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("fiscal-year-start-month must be 1-12, was " + fiscalYearStartMonth);
        }
        if (npvHorizonMonths < 0) {
            throw new IllegalArgumentException("npv.horizon-months must be >= 0, was " + npvHorizonMonths);
        }
        if (!(npvDiscountRate > -1.0) || Double.isInfinite(npvDiscountRate)) {
            throw new IllegalArgumentException("npv.discount-rate must be > -1, was " + npvDiscountRate);
        }
    }
}
