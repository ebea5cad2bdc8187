package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One initiative against last month (SPEC §2.6): the decision then and now, the findings that
 * appeared and cleared, and the movement of attainment, variance ITD, EAC and recommended
 * funding (null where either side is empty or was not recorded).
 */
public record DecisionChange(
        InitiativeReview review,
        PastOutcome lastMonth,
        List<FindingCode> appeared,
        List<FindingCode> cleared,
        Double attainmentChange,
        BigDecimal varianceItdChange,
        BigDecimal eacChange,
        BigDecimal fundingChange) {

    /** Worst decision now first (CANCEL, RECALIBRATE, CONTINUE, NOT_STARTED), then initiative id. */
    public static final Comparator<DecisionChange> WORST_FIRST = Comparator
            .comparing((DecisionChange c) -> c.review().decision())
            .thenComparing(c -> c.review().initiative().id());

    public DecisionChange {
        appeared = List.copyOf(appeared);
        cleared = List.copyOf(cleared);
    }

    /** The change of one reviewed initiative, or null when it has no last month. */
    public static DecisionChange of(InitiativeReview review) {
        PastOutcome last = review.history().lastMonth();
        if (last == null) {
            return null;
        }
        Set<FindingCode> now = new LinkedHashSet<>(review.findings().stream().map(Finding::code).toList());
        List<FindingCode> appeared = new ArrayList<>();
        List<FindingCode> cleared = new ArrayList<>();
        if (last.figuresRecorded()) {
            now.stream().filter(c -> !last.findings().contains(c)).forEach(appeared::add);
            last.findings().stream().filter(c -> !now.contains(c)).forEach(cleared::add);
        }
        var f = review.figures();
        return new DecisionChange(review, last, appeared, cleared,
                f.attainment() == null || last.attainment() == null ? null : f.attainment() - last.attainment(),
                minus(f.varianceItd(), last.varianceItd()), minus(f.eac(), last.eac()),
                minus(review.funding() == null ? null : review.funding().recommendedFunding(),
                        last.recommendedFunding()));
    }

    /** The initiatives whose decision changed since last month or whose last month was restated, worst first. */
    public static List<DecisionChange> changedOrRestated(List<InitiativeReview> reviews) {
        List<DecisionChange> changes = new ArrayList<>();
        for (InitiativeReview r : reviews) {
            DecisionChange c = of(r);
            if (c != null && (c.decisionChanged() || c.restatement() != null)) {
                changes.add(c);
            }
        }
        changes.sort(WORST_FIRST);
        return changes;
    }

    public boolean decisionChanged() {
        return lastMonth.decision() != review.decision();
    }

    public Restatement restatement() {
        return review.history().restatement();
    }

    private static BigDecimal minus(BigDecimal now, BigDecimal then) {
        return now == null || then == null ? null : now.subtract(then);
    }
}
