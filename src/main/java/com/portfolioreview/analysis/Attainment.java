package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.KpiTarget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** SPEC §2.3 attainment of an initiative in P and its gap to the maturity ramp. */
public final class Attainment {

    private Attainment() {
    }

    /**
     * Σ weight × attainment(k, P) / Σ weight over the KPIs measured in P, exact; null when no KPI
     * was measured in P.
     */
    public static BigDecimal weighted(List<KpiTarget> targets, Map<String, NavigableMap<YearMonth, BigDecimal>> values,
                                      YearMonth period) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (KpiTarget target : targets) {
            NavigableMap<YearMonth, BigDecimal> measured = values.get(target.key());
            BigDecimal actual = measured == null ? null : measured.get(period);
            if (actual == null) {
                continue;
            }
            BigDecimal attainment = KpiScore.exactAttainment(target, KpiScore.improvement(target, actual));
            weighted = weighted.add(target.weight().multiply(attainment));
            weights = weights.add(target.weight());
        }
        if (weights.signum() == 0) {
            return null;
        }
        return weighted.divide(weights, MathContext.DECIMAL128);
    }

    /** attainment − expected_attainment, computed exactly; null when attainment is empty. */
    public static Double gap(BigDecimal attainment, BigDecimal expected) {
        return attainment == null ? null : attainment.subtract(expected).doubleValue();
    }
}
