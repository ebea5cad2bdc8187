package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.4 data quality over the window W = the last min(6, age_months) periods ending at P.
 *
 * @param windowMonths     |W| (0 for a NOT_STARTED initiative)
 * @param kpiCompleteness  (kpi, month) pairs in W with a value / (KPIs × |W|); 0 without KPIs or window
 * @param spendCompleteness months in W with a spend row / |W|; 0 without window
 * @param fresh            1 when some KPI has a value in P (and the initiative has started)
 * @param rejectedRows     rejected input rows naming the initiative
 * @param score            max(0, round_half_up(100 × (0.5 kpi + 0.3 spend + 0.2 fresh)) − min(20, 2 × rejected))
 */
public record DataQualityScore(
        int windowMonths,
        double kpiCompleteness,
        double spendCompleteness,
        int fresh,
        int rejectedRows,
        int score) {

    public static DataQualityScore of(List<KpiTarget> targets, Map<String, NavigableMap<YearMonth, BigDecimal>> values,
                                      NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                      ReportingAge age, int rejectedRows) {
        List<YearMonth> window = age.lastPeriods(6);
        long pairs = 0;
        boolean fresh = false;
        for (KpiTarget target : targets) {
            NavigableMap<YearMonth, BigDecimal> measured = values.get(target.key());
            if (measured == null) {
                continue;
            }
            for (YearMonth m : window) {
                if (measured.containsKey(m)) {
                    pairs++;
                }
            }
            fresh |= !age.notStarted() && measured.containsKey(age.period());
        }
        long spendMonths = window.stream().filter(m -> !spend.getOrDefault(m, emptyPeriod()).isEmpty()).count();
        long slots = (long) targets.size() * window.size();
        int f = fresh ? 1 : 0;
        return new DataQualityScore(window.size(),
                slots == 0 ? 0.0 : (double) pairs / slots,
                window.isEmpty() ? 0.0 : (double) spendMonths / window.size(),
                f, rejectedRows,
                score(pairs, slots, spendMonths, window.size(), f, rejectedRows));
    }

    /**
     * The score from the counts, in exact integer arithmetic so that a half rounds up:
     * 100 × (0.5 × a/b + 0.3 × c/d + 0.2 × f) = 50a/b + 30c/d + 20f.
     */
    public static int score(long kpiPairs, long kpiSlots, long spendMonths, long windowMonths, int fresh, int rejectedRows) {
        long b = kpiSlots == 0 ? 1 : kpiSlots;
        long a = kpiSlots == 0 ? 0 : kpiPairs;
        long d = windowMonths == 0 ? 1 : windowMonths;
        long c = windowMonths == 0 ? 0 : spendMonths;
        long numerator = 50 * a * d + 30 * c * b + 20L * fresh * b * d;
        long denominator = b * d;
        long rounded = (2 * numerator + denominator) / (2 * denominator);
        long penalty = Math.min(20, 2L * rejectedRows);
        return (int) Math.max(0, rounded - penalty);
    }

    private static SortedMap<String, SpendAmount> emptyPeriod() {
        return Collections.emptySortedMap();
    }
}
