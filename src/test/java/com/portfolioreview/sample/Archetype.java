package com.portfolioreview.sample;

import static com.portfolioreview.decision.FindingCode.BEHIND_CURVE;
import static com.portfolioreview.decision.FindingCode.DATA_GAP;
import static com.portfolioreview.decision.FindingCode.FORECAST_OVERRUN;
import static com.portfolioreview.decision.FindingCode.MISSED_TARGET;
import static com.portfolioreview.decision.FindingCode.NO_EVIDENCE;
import static com.portfolioreview.decision.FindingCode.OVERSPEND;
import static com.portfolioreview.decision.FindingCode.RUNAWAY_SPEND;
import static com.portfolioreview.decision.FindingCode.STALLED;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.FindingCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The story a sample initiative is designed to tell, with the spend behaviour that produces it
 * and the SPEC §2.5 finding codes it must end up with.
 *
 * <p>spendRatio is actual / budget over the history, recentSpendRatio the same over the last
 * three months (the burn rate), vacTarget the vac_pct the approved budget is sized for.
 */
enum Archetype {
    ON_TRACK("on track, mature", 0.98, 1.00, 0.04, FindingCode.ON_TRACK),
    YOUNG_ON_TRACK("on track, young (on the ramp)", 0.98, 1.00, 0.04, FindingCode.ON_TRACK),
    YOUNG_WEAK("young and weak: attainment < 50%, ROI < 0, net run rate < 0, yet on the ramp",
            0.98, 1.00, 0.04, FindingCode.ON_TRACK),
    YOUNG_BEHIND("young, weak and behind the ramp: recalibrated, not cancelled", 0.98, 1.00, 0.04, BEHIND_CURVE),
    // SPEC §2.5 STALLED: a mature initiative recalibrated in P and the 3 months before without its
    // attainment gap rising by 0.05 is cancelled; the recalibrated mature archetypes below have been
    // so for months with a flat gap (at target, for the money ones), so they are stalled
    BEHIND_CURVE_MATURE("behind curve, mature, for months: stalled", 0.98, 1.00, 0.04, STALLED, BEHIND_CURVE),
    BEHIND_CURVE_STALLED_NOW("behind curve, mature, recalibrated since 2026-07: stalled from this month",
            0.98, 1.00, 0.04, STALLED, BEHIND_CURVE),
    OVERSPENT("overspend 10-30% ITD since the start, approved budget has contingency: stalled", 1.19, 1.19, 0.02,
            STALLED, OVERSPEND),
    FORECAST_OVERRUNNING("forecast overrun: EAC > 110% of approved budget, for months: stalled", 0.98, 1.08, -0.19,
            STALLED, FORECAST_OVERRUN),
    OVERSPENT_AND_OVERRUNNING("overspend and forecast overrun, for months: stalled", 1.20, 1.22, -0.22, STALLED,
            OVERSPEND, FORECAST_OVERRUN),
    YOUNG_OVERSPENT("young, > 30% over budget but < 30 points behind: recalibrated, not cancelled",
            1.38, 1.38, -0.25, OVERSPEND, FORECAST_OVERRUN, BEHIND_CURVE),
    DATA_GAPPED("data gap: missing KPI and spend months", 0.99, 1.00, 0.15, DATA_GAP),
    RUNAWAY("runaway: > 30% over budget and > 30 points behind the ramp", 1.48, 1.50, -0.35,
            RUNAWAY_SPEND, OVERSPEND, FORECAST_OVERRUN, BEHIND_CURVE),
    MISSED("missed target: mature, attainment < 50%, ROI < 0, net run rate < 0", 1.00, 1.00, 0.03,
            MISSED_TARGET, BEHIND_CURVE),
    MISSED_AND_OVERSPENT("missed target and overspent", 1.17, 1.17, -0.02, MISSED_TARGET, OVERSPEND, BEHIND_CURVE),
    NO_EVIDENCE_MATURE("no evidence: mature, no KPI value in the last 6 months", 1.00, 1.00, 0.03, NO_EVIDENCE, DATA_GAP),
    NOT_STARTED("starts after the report period", 1.00, 1.00, 0.00);

    final String story;
    final double spendRatio;
    final double recentSpendRatio;
    final double vacTarget;
    final Set<FindingCode> codes;

    Archetype(String story, double spendRatio, double recentSpendRatio, double vacTarget, FindingCode... codes) {
        this.story = story;
        this.spendRatio = spendRatio;
        this.recentSpendRatio = recentSpendRatio;
        this.vacTarget = vacTarget;
        this.codes = codes.length == 0
                ? Collections.unmodifiableSet(EnumSet.noneOf(FindingCode.class))
                : Collections.unmodifiableSet(EnumSet.of(codes[0], codes));
    }

    /** The most severe decision among the codes (SPEC §2.5). */
    Decision decision() {
        if (this == NOT_STARTED) {
            return Decision.NOT_STARTED;
        }
        Decision worst = Decision.CONTINUE;
        for (FindingCode code : codes) {
            if (code.decision().ordinal() < worst.ordinal()) {
                worst = code.decision();
            }
        }
        return worst;
    }
}
