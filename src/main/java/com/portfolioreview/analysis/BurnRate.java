package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.2 burn_rate: mean monthly actual over the last n = min(3, age_months) periods ending
 * at P; a period without spend rows counts as 0. Zero when the initiative has not started.
 */
public final class BurnRate {

    private BurnRate() {
    }

    public static BigDecimal of(NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                YearMonth period, int ageMonths) {
        int n = Math.min(3, ageMonths);
        if (n <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (SortedMap<String, SpendAmount> categories : spend.subMap(period.minusMonths(n - 1L), true, period, true).values()) {
            for (SpendAmount amount : categories.values()) {
                sum = sum.add(amount.actual());
            }
        }
        return sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
    }
}
