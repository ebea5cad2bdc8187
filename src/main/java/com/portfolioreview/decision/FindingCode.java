package com.portfolioreview.decision;

/** The SPEC §2.5 rules, each with the decision it leads to. */
public enum FindingCode {
    MISSED_TARGET(Decision.CANCEL),
    RUNAWAY_SPEND(Decision.CANCEL),
    NO_EVIDENCE(Decision.CANCEL),
    STALLED(Decision.CANCEL),
    DATA_GAP(Decision.RECALIBRATE),
    OVERSPEND(Decision.RECALIBRATE),
    FORECAST_OVERRUN(Decision.RECALIBRATE),
    BEHIND_CURVE(Decision.RECALIBRATE),
    ON_TRACK(Decision.CONTINUE);

    private final Decision decision;

    FindingCode(Decision decision) {
        this.decision = decision;
    }

    public Decision decision() {
        return decision;
    }
}
