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
        return new KpiScore(improvement, exactAttainment(target, improvement).doubleValue(),
                improvement.multiply(target.valuePerUnit()));
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
