package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Initiative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC §2.1: where an initiative stands in its life at report period P.
 *
 * @param notStarted         S &gt; P: listed, never judged (age 0, not mature)
 * @param ageMonths          months from S to P, both ends counted (S = P gives 1)
 * @param mature             ageMonths ≥ maturityMonths
 * @param monthsRemaining    months from P+1 to E, both ends counted (0 when E ≤ P)
 * @param expectedAttainment min(1, age / maturity), exact (0 when not started)
 */
public record ReportingAge(
        YearMonth period,
        boolean notStarted,
        int ageMonths,
        int maturityMonths,
        boolean mature,
        int monthsRemaining,
        BigDecimal expectedAttainment) {

    public static ReportingAge of(Initiative initiative, YearMonth period) {
        return of(initiative.startMonth(), initiative.endMonth(), initiative.maturityMonths(), period);
    }

    public static ReportingAge of(YearMonth start, YearMonth end, int maturityMonths, YearMonth period) {
        if (maturityMonths < 1) {
            throw new IllegalArgumentException("maturity_months must be >= 1, was " + maturityMonths);
        }
        boolean notStarted = start.isAfter(period);
        int age = notStarted ? 0 : (int) ChronoUnit.MONTHS.between(start, period) + 1;
        int remaining = end.isAfter(period) ? (int) ChronoUnit.MONTHS.between(period, end) : 0;
        BigDecimal expected = age >= maturityMonths
                ? BigDecimal.ONE
                : BigDecimal.valueOf(age).divide(BigDecimal.valueOf(maturityMonths), MathContext.DECIMAL128);
        return new ReportingAge(period, notStarted, age, maturityMonths, !notStarted && age >= maturityMonths,
                remaining, expected);
    }

    /**
     * The last {@code min(limit, ageMonths)} periods ending at P, oldest first
     * (the burn-rate window with limit 3, the data-quality window with limit 6).
     */
    public List<YearMonth> lastPeriods(int limit) {
        int n = Math.min(limit, ageMonths);
        List<YearMonth> window = new ArrayList<>(n);
        for (int i = n - 1; i >= 0; i--) {
            window.add(period.minusMonths(i));
        }
        return window;
    }
}
