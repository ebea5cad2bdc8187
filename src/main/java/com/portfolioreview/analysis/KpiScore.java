package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One KPI measurement scored against its target (SPEC §2.3; used by the KPIs sheet too).
 *
 * @param improvement a − baseline (HIGHER_IS_BETTER) or baseline − a (LOWER_IS_BETTER); negative when worse
 * @param attainment  improvement / |target − baseline| (1.0 = target met)
 * @param benefit     improvement × value_per_unit, in the reporting currency, per month
 */
public record KpiScore(BigDecimal improvement, double attainment, BigDecimal benefit) {

    public static KpiScore of(KpiTarget target, BigDecimal actual) {
        BigDecimal improvement = improvement(target, actual);
        return new KpiScore(improvement, attainmentRatio(target, improvement),
                improvement.multiply(target.valuePerUnit()));
    }

    /** Largest integer a double holds exactly. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /**
     * improvement / |target − baseline| as the double nearest to the exact quotient. When both,
     * brought to one scale, are integers a double holds exactly, one IEEE division gives that
     * nearest double directly (it is correctly rounded); otherwise the 34-digit quotient is
     * converted.
     */
    static double attainmentRatio(KpiTarget target, BigDecimal improvement) {
        BigDecimal distance = target.target().subtract(target.baseline()).abs();
        if (distance.signum() != 0 && improvement.precision() <= 18 && distance.precision() <= 18
                && improvement.scale() >= 0 && distance.scale() >= 0) {
            long n = improvement.movePointRight(improvement.scale()).longValue(); // the unscaled value
            long d = distance.movePointRight(distance.scale()).longValue();
            int shift = distance.scale() - improvement.scale();
            boolean exact = Math.abs(n) < EXACT_IN_DOUBLE && d < EXACT_IN_DOUBLE;
            for (int i = 0; exact && i < Math.abs(shift); i++) {
                if (shift > 0) {
                    n *= 10;
                    exact = Math.abs(n) < EXACT_IN_DOUBLE;
                } else {
                    d *= 10;
                    exact = d < EXACT_IN_DOUBLE;
                }
            }
            if (exact) {
                return (double) n / (double) d;
            }
        }
        return exactAttainment(target, improvement).doubleValue();
    }

    /** benefit(k, m) = improvement × value_per_unit alone (the monthly sums need no attainment). */
    static BigDecimal benefit(KpiTarget target, BigDecimal actual) {
        return improvement(target, actual).multiply(target.valuePerUnit());
    }

    static BigDecimal improvement(KpiTarget target, BigDecimal actual) {
        return target.direction() == Direction.HIGHER_IS_BETTER
                ? actual.subtract(target.baseline())
                : target.baseline().subtract(actual);
    }

    /** improvement / |target − baseline| with 34 significant digits, so thresholds compare exactly. */
    static BigDecimal exactAttainment(KpiTarget target, BigDecimal improvement) {
        BigDecimal distance = target.target().subtract(target.baseline()).abs();
        if (distance.signum() == 0) {
            throw new IllegalArgumentException("KPI '" + target.kpi() + "' of " + target.initiativeId()
                    + " has target equal to baseline; such targets are rejected on input");
        }
        return improvement.divide(distance, MathContext.DECIMAL128);
    }
}
