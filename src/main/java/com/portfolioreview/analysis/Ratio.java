package com.portfolioreview.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** A ratio of two exact amounts (variance %, VAC %, ROI), empty when the denominator is zero. */
public final class Ratio {

    private Ratio() {
    }

    /** numerator / denominator as a double, or null when the denominator is zero. */
    public static Double of(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
    }
}
