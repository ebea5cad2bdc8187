package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.2 beside the run-rate EAC: {@code eac_plan}, the estimate at completion if the plan
 * holds (actual ITD + the budget rows of P+1..E), and {@code required_burn_rate}, the monthly
 * spend that lands exactly on the approved budget.
 *
 * @param eacPlan          empty when months remain but no spend row falls in P+1..E
 * @param requiredBurnRate empty when no month remains
 */
public record PlanForecast(BigDecimal eacPlan, BigDecimal requiredBurnRate) {

    public static PlanForecast of(NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend, ReportingAge age,
                                  BigDecimal actualItd, BigDecimal approvedBudget) {
        int remaining = age.monthsRemaining();
        if (remaining <= 0) {
            return new PlanForecast(actualItd, null);
        }
        YearMonth p = age.period();
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> plan =
                spend.subMap(p.plusMonths(1), true, p.plusMonths(remaining), true);
        BigDecimal eacPlan = plan.isEmpty() ? null : actualItd.add(SpendFigures.total(plan).budget());
        BigDecimal required = approvedBudget.subtract(actualItd).divide(BigDecimal.valueOf(remaining),
                MathContext.DECIMAL128);
        return new PlanForecast(eacPlan, required);
    }
}
