package com.portfolioreview.analysis;

import java.math.BigDecimal;

/**
 * SPEC §2.3 npv = Σ_{t=1..H} net_run_rate / (1 + r)^(t/12): a constant monthly net flow for H
 * months discounted at the annual rate r.
 */
public final class NetPresentValue {

    private NetPresentValue() {
    }

    /** Σ_{t=1..H} 1 / (1 + r)^(t/12). */
    public static double discountFactor(int horizonMonths, double annualRate) {
        double sum = 0.0;
        for (int t = 1; t <= horizonMonths; t++) {
            sum += 1.0 / Math.pow(1.0 + annualRate, t / 12.0);
        }
        return sum;
    }

    /** null when the net run rate is empty. */
    public static BigDecimal of(BigDecimal netRunRate, int horizonMonths, double annualRate) {
        if (netRunRate == null) {
            return null;
        }
        return netRunRate.multiply(BigDecimal.valueOf(discountFactor(horizonMonths, annualRate)));
    }
}
