package com.portfolioreview.decision;

import com.portfolioreview.analysis.InitiativeFigures;

import java.util.ArrayList;
import java.util.List;

import static com.portfolioreview.decision.FindingWording.money;
import static com.portfolioreview.decision.FindingWording.percent;
import static com.portfolioreview.decision.FindingWording.plural;
import static com.portfolioreview.decision.FindingWording.wholePercent;

/**
 * SPEC §2.5: the findings of one initiative and the decision they lead to. Every rule that
 * holds adds a finding, in the SPEC table order; a rule that reads an empty value does not
 * hold; thresholds are strict. ON_TRACK only when no other rule holds. A NOT_STARTED
 * initiative has no findings.
 */
public final class DecisionRules {

    private final RuleThresholds t;
    private final String currency;

    /**
     * @param currency the reporting currency, written before amounts in the sentences
     */
    public DecisionRules(RuleThresholds thresholds, String currency) {
        this.t = thresholds;
        this.currency = currency;
    }

    public List<Finding> findings(InitiativeFigures f) {
        List<Finding> findings = new ArrayList<>();
        if (f.notStarted()) {
            return findings;
        }
        Double attainment = f.attainment();
        Double gap = f.attainmentGap();
        Double overspend = f.varianceItdPct();
        if (f.mature() && attainment != null && attainment < t.cancelMaxAttainment()
                && f.roiItd() != null && f.roiItd() < 0
                && f.netRunRate() != null && f.netRunRate().signum() < 0) {
            findings.add(new Finding(FindingCode.MISSED_TARGET,
                    "attainment " + percent(attainment) + " after " + f.ageMonths() + " months (maturity "
                            + f.maturityMonths() + "), ROI ITD " + percent(f.roiItd())
                            + ", net run rate " + money(currency, f.netRunRate()) + "/month"));
        }
        if (overspend != null && overspend > t.cancelMaxOverspend() && gap != null && gap < -t.cancelMaxBehind()) {
            findings.add(new Finding(FindingCode.RUNAWAY_SPEND,
                    "ITD spend " + percent(overspend) + " over budget while attainment is "
                            + wholePercent(-gap) + " points behind the ramp"));
        }
        if (f.mature() && f.kpiCompleteness() == 0.0) {
            findings.add(new Finding(FindingCode.NO_EVIDENCE,
                    "no KPI value in the last " + plural(Math.min(6, f.ageMonths()), "month", "months")
                            + " at month " + f.ageMonths() + " of " + f.maturityMonths()));
        }
        if (f.dqScore() < t.recalibrateMinDataQuality()) {
            findings.add(new Finding(FindingCode.DATA_GAP,
                    "data quality " + f.dqScore() + "/100 (KPI completeness " + percent(f.kpiCompleteness())
                            + ", spend completeness " + percent(f.spendCompleteness())
                            + ", fresh " + (f.fresh() == 1 ? "yes" : "no") + ", "
                            + plural(f.rejectedRows(), "rejected row", "rejected rows") + ")"));
        }
        if (overspend != null && overspend > t.recalibrateMaxOverspend()) {
            findings.add(new Finding(FindingCode.OVERSPEND,
                    "ITD actual " + money(currency, f.actualItd()) + " is " + percent(overspend)
                            + " over ITD budget " + money(currency, f.budgetItd())));
        }
        if (f.vacPct() != null && f.vacPct() < -t.recalibrateMaxForecastOverrun()) {
            findings.add(new Finding(FindingCode.FORECAST_OVERRUN,
                    "EAC " + money(currency, f.eac()) + " exceeds approved budget "
                            + money(currency, f.approvedBudget()) + " by " + percent(-f.vacPct())));
        }
        if (gap != null && gap < -t.recalibrateMaxBehind()) {
            findings.add(new Finding(FindingCode.BEHIND_CURVE,
                    "attainment " + percent(attainment) + " vs " + percent(f.expectedAttainment())
                            + " expected at month " + f.ageMonths() + " of " + f.maturityMonths()));
        }
        if (findings.isEmpty()) {
            findings.add(new Finding(FindingCode.ON_TRACK, onTrack(f)));
        }
        return findings;
    }

    /** The most severe finding's decision; NOT_STARTED for an initiative that has not started. */
    public static Decision decisionOf(InitiativeFigures f, List<Finding> findings) {
        if (f.notStarted()) {
            return Decision.NOT_STARTED;
        }
        Decision decision = Decision.CONTINUE;
        for (Finding finding : findings) {
            if (finding.code().decision().compareTo(decision) < 0) {
                decision = finding.code().decision();
            }
        }
        return decision;
    }

    private String onTrack(InitiativeFigures f) {
        String attainment = f.attainment() == null
                ? "no KPI measured this month, " + percent(f.expectedAttainment()) + " attainment expected"
                : "attainment " + percent(f.attainment()) + " vs " + percent(f.expectedAttainment()) + " expected";
        String variance = f.varianceItdPct() == null
                ? "no ITD budget to compare"
                : "ITD variance " + percent(f.varianceItdPct());
        String eac;
        if (f.vac().signum() >= 0) {
            eac = "EAC within budget";
        } else if (f.vacPct() == null) {
            eac = "EAC " + money(currency, f.eac()) + " over budget";
        } else {
            eac = "EAC " + percent(-f.vacPct()) + " over budget";
        }
        return attainment + ", " + variance + ", " + eac;
    }
}
