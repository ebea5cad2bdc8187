package com.portfolioreview.decision;

import java.util.List;

/**
 * One initiative's months before P (SPEC §2.6): last month's review (published where on record,
 * else recomputed), the decision of each month of the history, oldest first, and the
 * restatement of last month when corrected exports changed it.
 *
 * @param lastMonth   null when the initiative has no review of P−1 (it started at P)
 * @param restatement null when last month is not restated (or no run of it is on record)
 */
public record InitiativeHistory(PastOutcome lastMonth, List<PeriodDecision> periods, Restatement restatement) {

    public static final InitiativeHistory NONE = new InitiativeHistory(null, List.of(), null);

    public InitiativeHistory {
        periods = List.copyOf(periods);
    }
}
