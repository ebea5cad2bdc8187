package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.Decision;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Decisions of earlier completed runs, for the History sheet.
 *
 * @param periods   report periods on record, ascending, the current period P last
 * @param decisions initiative id → period → the decision of the latest completed run for that period
 */
public record DecisionHistory(List<YearMonth> periods, Map<String, Map<YearMonth, Decision>> decisions) {

    public DecisionHistory {
        periods = periods == null ? List.of() : List.copyOf(periods);
        decisions = decisions == null ? Map.of() : decisions;
    }

    /** No earlier run on record. */
    public static DecisionHistory none() {
        return new DecisionHistory(List.of(), Map.of());
    }
}
