package com.portfolioreview.decision;

import java.time.YearMonth;

/**
 * The decision of one month of an initiative's history (SPEC §2.6): published where a run of
 * that month is on record, else recomputed from today's inputs.
 */
public record PeriodDecision(YearMonth period, Decision decision, boolean published) {
}
