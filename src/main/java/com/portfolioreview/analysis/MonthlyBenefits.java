package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.KpiTarget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * SPEC §2.3 benefit by month: for each month S..P with at least one KPI value, the sum over the
 * KPIs measured that month of improvement × value_per_unit. Values measured before S or after P
 * and values of KPIs without a target are left out.
 */
public final class MonthlyBenefits {

    private final NavigableMap<YearMonth, BigDecimal> byMonth;
    private final YearMonth period;

    private MonthlyBenefits(NavigableMap<YearMonth, BigDecimal> byMonth, YearMonth period) {
        this.byMonth = byMonth;
        this.period = period;
    }

    /**
     * @param values KPI key → period → measured value (as in KpiMeasurements)
     */
    public static MonthlyBenefits of(List<KpiTarget> targets, Map<String, NavigableMap<YearMonth, BigDecimal>> values,
                                     YearMonth start, YearMonth period) {
        NavigableMap<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        if (!start.isAfter(period)) {
            for (KpiTarget target : targets) {
                NavigableMap<YearMonth, BigDecimal> measured = values.get(target.key());
                if (measured == null) {
                    continue;
                }
                for (Map.Entry<YearMonth, BigDecimal> e : measured.subMap(start, true, period, true).entrySet()) {
                    byMonth.merge(e.getKey(), KpiScore.benefit(target, e.getValue()), BigDecimal::add);
                }
            }
        }
        return new MonthlyBenefits(byMonth, period);
    }

    /** Month → benefit, only the months S..P that have at least one KPI value. */
    public NavigableMap<YearMonth, BigDecimal> byMonth() {
        return Collections.unmodifiableNavigableMap(byMonth);
    }

    /** benefit_month: Σ_k benefit(k, P); 0 when nothing was measured in P. */
    public BigDecimal month() {
        return byMonth.getOrDefault(period, BigDecimal.ZERO);
    }

    /** benefit_itd: Σ over months S..P. */
    public BigDecimal itd() {
        return byMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** benefit_run_rate: mean over the months among P-2..P (and ≥ S) that have a KPI value; null if none. */
    public BigDecimal runRate() {
        NavigableMap<YearMonth, BigDecimal> lastThree = byMonth.subMap(period.minusMonths(2), true, period, true);
        if (lastThree.isEmpty()) {
            return null;
        }
        BigDecimal sum = lastThree.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(lastThree.size()), MathContext.DECIMAL128);
    }
}
