package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Last month as published against last month recomputed from today's inputs (SPEC §2.6): the
 * initiative is restated when variance ITD, benefit ITD or attainment moved by more than 0.5 %,
 * or when its decision would now differ. Corrected exports changed last month's picture.
 */
public record Restatement(PastOutcome published, PastOutcome recomputed, List<String> changed) {

    /** More than this relative difference is a restatement. */
    static final double TOLERANCE = 0.005;

    public Restatement {
        changed = List.copyOf(changed);
    }

    /** The restatement of last month, or null when the recomputation agrees with what was published. */
    public static Restatement of(PastOutcome published, PastOutcome recomputed) {
        List<String> changed = new ArrayList<>();
        if (published.decision() != recomputed.decision()) {
            changed.add("decision");
        }
        if (published.figuresRecorded()) {
            if (differs(published.varianceItd(), recomputed.varianceItd())) {
                changed.add("variance_itd");
            }
            if (differs(published.benefitItd(), recomputed.benefitItd())) {
                changed.add("benefit_itd");
            }
            if (differs(published.attainment(), recomputed.attainment())) {
                changed.add("attainment");
            }
        }
        return changed.isEmpty() ? null : new Restatement(published, recomputed, changed);
    }

    /** Money, compared in cents as published: more than 0.5 % of what was published, or empty on one side only. */
    static boolean differs(BigDecimal was, BigDecimal now) {
        if (was == null || now == null) {
            return was != now;
        }
        BigDecimal a = was.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal b = now.setScale(2, java.math.RoundingMode.HALF_UP);
        return b.subtract(a).abs().compareTo(a.abs().multiply(BigDecimal.valueOf(TOLERANCE))) > 0;
    }

    /** A ratio: more than 0.5 % of what was published, or empty on one side only. */
    static boolean differs(Double was, Double now) {
        if (was == null || now == null) {
            return was != now;
        }
        return Math.abs(now - was) > TOLERANCE * Math.abs(was);
    }
}
