package com.portfolioreview.decision;

import java.util.Comparator;
import java.util.List;

/**
 * The Summary's "decisions to act on" (SPEC §3.1): every CANCEL (STALLED among them) and every
 * decision that changed since last month, worst first: CANCEL before RECALIBRATE before
 * CONTINUE, a changed decision before an unchanged one, then initiative id.
 */
public final class DecisionsToActOn {

    /** At most this many lines on the Summary; the rest are counted. */
    public static final int SHOWN = 20;

    private DecisionsToActOn() {
    }

    public static List<InitiativeReview> of(List<InitiativeReview> reviews) {
        return reviews.stream()
                .filter(r -> r.decision() == Decision.CANCEL || changed(r))
                .sorted(Comparator.comparing(InitiativeReview::decision)
                        .thenComparing(r -> !changed(r))
                        .thenComparing(r -> r.initiative().id()))
                .toList();
    }

    /** Whether the decision differs from last month's (published, else recomputed). */
    public static boolean changed(InitiativeReview r) {
        PastOutcome last = r.history().lastMonth();
        return last != null && last.decision() != r.decision();
    }
}
