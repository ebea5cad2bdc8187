package com.portfolioreview.decision;

import com.portfolioreview.PortfolioFixtures.Figures;
import com.portfolioreview.analysis.InitiativeFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.healthy;
import static com.portfolioreview.decision.FindingCode.BEHIND_CURVE;
import static com.portfolioreview.decision.FindingCode.DATA_GAP;
import static com.portfolioreview.decision.FindingCode.FORECAST_OVERRUN;
import static com.portfolioreview.decision.FindingCode.MISSED_TARGET;
import static com.portfolioreview.decision.FindingCode.NO_EVIDENCE;
import static com.portfolioreview.decision.FindingCode.ON_TRACK;
import static com.portfolioreview.decision.FindingCode.OVERSPEND;
import static com.portfolioreview.decision.FindingCode.RUNAWAY_SPEND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each case starts from a healthy mature initiative (month 14 of 12, attainment 90% vs 100%,
 * gap −10%, ITD variance 3%, VAC +4%, data quality 100, ROI 10%, net +30,000) and changes only
 * what the rule reads. Thresholds are the defaults.
 */
class DecisionRulesTest {

    private final DecisionRules rules = new DecisionRules(RuleThresholds.DEFAULTS, "USD");

    static Stream<Arguments> rules() {
        Consumer<Figures> missed = f -> {
            f.attainment = 0.40;
            f.gap = -0.10;        // isolated from BEHIND_CURVE
            f.roi = -0.35;
            f.net = d("-12000");
        };
        return Stream.of(
                arguments("healthy", none(), List.of(ON_TRACK), Decision.CONTINUE),
                // MISSED_TARGET: mature, attainment < 0.50, roi < 0, net < 0
                arguments("missed target", missed, List.of(MISSED_TARGET), Decision.CANCEL),
                arguments("missed target with its gap", missed.andThen(f -> f.gap = null),
                        List.of(MISSED_TARGET, BEHIND_CURVE), Decision.CANCEL),   // 0.40 − 1.0 = −0.60
                arguments("attainment exactly 0.50", missed.andThen(f -> f.attainment = 0.50), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("attainment just under 0.50", missed.andThen(f -> f.attainment = 0.4999), List.of(MISSED_TARGET), Decision.CANCEL),
                arguments("roi exactly 0", missed.andThen(f -> f.roi = 0.0), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("roi empty (no actual)", missed.andThen(f -> f.roi = null), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("net exactly 0", missed.andThen(f -> f.net = d("0")), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("net empty", missed.andThen(f -> f.net = null), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("attainment empty", missed.andThen(f -> f.attainment = null), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("young: low ROI never cancels", missed.andThen(f -> {
                    f.age = 9;
                    f.mature = false;
                    f.expected = 0.75;
                }), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("maturity reached this month", missed.andThen(f -> f.age = 12), List.of(MISSED_TARGET), Decision.CANCEL),
                // RUNAWAY_SPEND: variance_itd_pct > 0.30 and gap < −0.30 (also OVERSPEND and BEHIND_CURVE)
                arguments("runaway", set(f -> { f.varianceItdPct = 0.31; f.gap = -0.31; }),
                        List.of(RUNAWAY_SPEND, OVERSPEND, BEHIND_CURVE), Decision.CANCEL),
                arguments("runaway in a young initiative", set(f -> {
                    f.varianceItdPct = 0.31; f.gap = -0.31; f.age = 3; f.mature = false; f.expected = 0.25;
                }), List.of(RUNAWAY_SPEND, OVERSPEND, BEHIND_CURVE), Decision.CANCEL),
                arguments("overspend exactly 0.30", set(f -> { f.varianceItdPct = 0.30; f.gap = -0.31; }),
                        List.of(OVERSPEND, BEHIND_CURVE), Decision.RECALIBRATE),
                arguments("gap exactly −0.30", set(f -> { f.varianceItdPct = 0.31; f.gap = -0.30; }),
                        List.of(OVERSPEND, BEHIND_CURVE), Decision.RECALIBRATE),
                arguments("runaway without ITD budget", set(f -> { f.varianceItdPct = null; f.gap = -0.31; }),
                        List.of(BEHIND_CURVE), Decision.RECALIBRATE),
                // NO_EVIDENCE: mature and no KPI value in the window
                arguments("no evidence", set(f -> f.kpiCompleteness = 0.0), List.of(NO_EVIDENCE), Decision.CANCEL),
                arguments("no evidence but young", set(f -> {
                    f.kpiCompleteness = 0.0; f.age = 11; f.mature = false; f.expected = 11.0 / 12; f.attainment = null;
                }), List.of(ON_TRACK), Decision.CONTINUE),
                // DATA_GAP: dq < 60
                arguments("data quality 59", set(f -> f.dq = 59), List.of(DATA_GAP), Decision.RECALIBRATE),
                arguments("data quality exactly 60", set(f -> f.dq = 60), List.of(ON_TRACK), Decision.CONTINUE),
                // OVERSPEND: variance_itd_pct > 0.10
                arguments("overspend exactly 0.10", set(f -> f.varianceItdPct = 0.10), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("overspend 0.1001", set(f -> f.varianceItdPct = 0.1001), List.of(OVERSPEND), Decision.RECALIBRATE),
                // FORECAST_OVERRUN: vac_pct < −0.10
                arguments("vac exactly −0.10", set(f -> { f.vacPct = -0.10; f.vac = d("-240000"); }), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("vac −0.1001", set(f -> { f.vacPct = -0.1001; f.vac = d("-240240"); }),
                        List.of(FORECAST_OVERRUN), Decision.RECALIBRATE),
                // BEHIND_CURVE: gap < −0.15
                arguments("gap exactly −0.15", set(f -> f.gap = -0.15), List.of(ON_TRACK), Decision.CONTINUE),
                arguments("gap −0.1501", set(f -> f.gap = -0.1501), List.of(BEHIND_CURVE), Decision.RECALIBRATE),
                // every rule at once: SPEC table order, the most severe decision wins
                arguments("everything", missed.andThen(f -> {
                    f.varianceItdPct = 0.5; f.gap = null; f.kpiCompleteness = 0.0; f.dq = 10;
                    f.vacPct = -0.5; f.vac = d("-1200000");
                }), List.of(MISSED_TARGET, RUNAWAY_SPEND, NO_EVIDENCE, DATA_GAP, OVERSPEND, FORECAST_OVERRUN, BEHIND_CURVE),
                        Decision.CANCEL),
                arguments("not started", set(f -> { f.notStarted = true; f.age = 0; f.mature = false; f.dq = 0; }),
                        List.of(), Decision.NOT_STARTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rules(String name, Consumer<Figures> change, List<FindingCode> expected, Decision decision) {
        InitiativeFigures f = healthy().with(change).build();

        List<Finding> findings = rules.findings(f);

        assertThat(findings).extracting(Finding::code).containsExactlyElementsOf(expected);
        assertThat(DecisionRules.decisionOf(f, findings)).isEqualTo(decision);
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                arguments(BEHIND_CURVE, set(f -> {
                    f.attainment = 0.31; f.age = 9; f.mature = false; f.expected = 0.75;   // gap −0.44
                }), "attainment 31% vs 75% expected at month 9 of 12"),
                arguments(MISSED_TARGET, set(f -> {
                    f.attainment = 0.40; f.roi = -0.35; f.net = d("-12000");
                }), "attainment 40% after 14 months (maturity 12), ROI ITD -35%, net run rate USD -12,000/month"),
                arguments(RUNAWAY_SPEND, set(f -> { f.varianceItdPct = 0.42; f.gap = -0.38; }),
                        "ITD spend 42% over budget while attainment is 38 points behind the ramp"),
                arguments(NO_EVIDENCE, set(f -> f.kpiCompleteness = 0.0),
                        "no KPI value in the last 6 months at month 14 of 12"),
                // 2/6 = 33%, 5/6 = 83.3% → 83%
                arguments(DATA_GAP, set(f -> {
                    f.dq = 45; f.kpiCompleteness = 2.0 / 6; f.spendCompleteness = 5.0 / 6; f.fresh = 0; f.rejected = 2;
                }), "data quality 45/100 (KPI completeness 33%, spend completeness 83%, fresh no, 2 rejected rows)"),
                arguments(DATA_GAP, set(f -> { f.dq = 59; f.kpiCompleteness = 0.5; f.rejected = 1; }),
                        "data quality 59/100 (KPI completeness 50%, spend completeness 100%, fresh yes, 1 rejected row)"),
                // (1,200,000 − 1,016,949) / 1,016,949 = 18.0%
                arguments(OVERSPEND, set(f -> {
                    f.actualItd = d("1200000"); f.budgetItd = d("1016949"); f.varianceItdPct = 183051.0 / 1016949;
                }), "ITD actual USD 1,200,000 is 18% over ITD budget USD 1,016,949"),
                // VAC 2,400,000 − 2,750,000 = −350,000; −350,000 / 2,400,000 = −14.58% → 15%
                arguments(FORECAST_OVERRUN, set(f -> {
                    f.eac = d("2750000"); f.vac = d("-350000"); f.vacPct = -350000.0 / 2400000;
                }), "EAC USD 2,750,000 exceeds approved budget USD 2,400,000 by 15%"),
                arguments(ON_TRACK, set(f -> { f.attainment = 0.82; f.age = 9; f.mature = false; f.expected = 0.75; }),
                        "attainment 82% vs 75% expected, ITD variance 3%, EAC within budget"),
                arguments(ON_TRACK, set(f -> {
                    f.attainment = null; f.age = 9; f.mature = false; f.expected = 0.75; f.varianceItdPct = null;
                }), "no KPI measured this month, 75% attainment expected, no ITD budget to compare, EAC within budget"),
                // −120,000 / 2,400,000 = −5%: over budget, not yet a finding
                arguments(ON_TRACK, set(f -> { f.vac = d("-120000"); f.vacPct = -0.05; f.varianceItdPct = -0.046; }),
                        "attainment 90% vs 100% expected, ITD variance -5%, EAC 5% over budget"),
                // money rounds half up to whole units: −12,000.50 → −12,001
                arguments(MISSED_TARGET, set(f -> {
                    f.attainment = 0.049; f.roi = -1.0; f.net = d("-12000.50");
                }), "attainment 5% after 14 months (maturity 12), ROI ITD -100%, net run rate USD -12,001/month"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource
    void sentences(FindingCode code, Consumer<Figures> change, String expected) {
        List<Finding> findings = rules.findings(healthy().with(change).build());

        assertThat(findings).filteredOn(f -> f.code() == code).extracting(Finding::sentence).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void sentencesCarryTheReportingCurrency() {
        DecisionRules euro = new DecisionRules(RuleThresholds.DEFAULTS, "EUR");

        List<Finding> findings = euro.findings(healthy().with(f -> {
            f.actualItd = d("1234567.49"); f.budgetItd = d("1000000"); f.varianceItdPct = 0.23456749;
        }).build());

        assertThat(findings).extracting(Finding::toString)
                .containsExactly("OVERSPEND: ITD actual EUR 1,234,567 is 23% over ITD budget EUR 1,000,000");
    }

    private static Consumer<Figures> none() {
        return f -> {
        };
    }

    private static Consumer<Figures> set(Consumer<Figures> change) {
        return change;
    }
}
