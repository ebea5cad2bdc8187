package com.portfolioreview.decision;

import java.time.YearMonth;
import java.util.Locale;

/**
 * SPEC §2.5 STALLED (CANCEL): a mature initiative that the other rules recalibrated in P and in
 * each of the {@code months} periods before it ({@code review.rules.cancel.max-recalibrate-months},
 * default 3), and whose attainment gap in P is not at least {@code minGapImprovement}
 * ({@code review.rules.cancel.min-gap-improvement}, default 0.05) above its value {@code months}
 * periods before. An empty gap, or a month that could not be recomputed, makes it not hold.
 * It ends the "middle ground" of being recalibrated month after month without getting closer.
 */
public record StalledRule(int months, double minGapImprovement) {

    public static final StalledRule DEFAULTS = new StalledRule(3, 0.05);

    public StalledRule {
        if (months < 1) {
            throw new IllegalArgumentException("review.rules.cancel.max-recalibrate-months must be at least 1, was "
                    + months);
        }
    }

    /**
     * The finding for the period at index {@code at}, or null when the rule does not hold.
     *
     * @param decisions what the other rules decided, one per consecutive period, oldest first (null: n/a)
     * @param gaps      the attainment gap of the same periods (null: empty)
     */
    public Finding finding(YearMonth[] periods, boolean mature, Decision[] decisions, Double[] gaps, int at) {
        if (!mature || at < months) {
            return null;
        }
        for (int i = at - months; i <= at; i++) {
            if (decisions[i] != Decision.RECALIBRATE) {
                return null;
            }
        }
        Double then = gaps[at - months];
        Double now = gaps[at];
        // within a billionth: the gaps are doubles, and an improvement of exactly 0.05 is enough
        if (then == null || now == null || now - then >= minGapImprovement - 1e-9) {
            return null;
        }
        return new Finding(FindingCode.STALLED, "recalibrated " + (months + 1) + " months running ("
                + periods[at - months] + ".." + periods[at] + "); attainment gap " + gap(then) + " then, "
                + gap(now) + " now");
    }

    private static String gap(double gap) {
        String s = String.format(Locale.ROOT, "%.2f", gap);
        return s.equals("-0.00") ? "0.00" : s;
    }
}
