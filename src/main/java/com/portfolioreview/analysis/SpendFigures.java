package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.2: budget, actual and variance for the month, the fiscal year to date and inception
 * to date, burn rate and the forecast at completion. Percentages are empty when their budget is 0.
 */
public record SpendFigures(
        SpendAmount month,
        Double varianceMonthPct,
        SpendAmount ytd,
        SpendAmount itd,
        Double varianceItdPct,
        BigDecimal burnRate,
        BigDecimal eac,
        BigDecimal vac,
        Double vacPct) {

    /**
     * @param spend an initiative's spend rows (any periods; only those ≤ P count here)
     */
    public static SpendFigures of(NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                  ReportingAge age, int fiscalYearStartMonth, BigDecimal approvedBudget) {
        YearMonth p = age.period();
        SpendAmount month = total(spend.subMap(p, true, p, true));
        SpendAmount ytd = total(spend.subMap(FiscalYear.startOf(p, fiscalYearStartMonth), true, p, true));
        SpendAmount itd = total(spend.headMap(p, true));
        BigDecimal burn = BurnRate.of(spend, p, age.ageMonths());
        BigDecimal eac = itd.actual().add(burn.multiply(BigDecimal.valueOf(age.monthsRemaining())));
        BigDecimal vac = approvedBudget.subtract(eac);
        return new SpendFigures(
                month, Ratio.of(month.variance(), month.budget()),
                ytd,
                itd, Ratio.of(itd.variance(), itd.budget()),
                burn, eac, vac, Ratio.of(vac, approvedBudget));
    }

    /** Σ budget and Σ actual over every row of the given periods. */
    public static SpendAmount total(NavigableMap<YearMonth, SortedMap<String, SpendAmount>> periods) {
        SpendAmount total = SpendAmount.ZERO;
        for (SortedMap<String, SpendAmount> categories : periods.values()) {
            for (SpendAmount amount : categories.values()) {
                total = total.plus(amount);
            }
        }
        return total;
    }
}
