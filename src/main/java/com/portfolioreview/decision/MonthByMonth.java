package com.portfolioreview.decision;

import com.portfolioreview.analysis.InitiativeAnalysis;
import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Judges one initiative in P and in each month before it that month over month needs (SPEC
 * §2.5 STALLED, §2.6): a past month m is reviewed from today's inputs with only the spend rows
 * dated ≤ m, so no rule reads the database; the history then takes a month's published decision
 * where a run of it is on record. A month whose register amounts cannot be converted (its FX
 * rate is missing) has no decision (n/a) and keeps STALLED from holding.
 */
final class MonthByMonth {

    private final InitiativeAnalysis analysis;
    private final FundingPlan fundingPlan;
    private final StalledRule stalled;
    private final int historyMonths;

    MonthByMonth(InitiativeAnalysis analysis, FundingPlan fundingPlan, StalledRule stalled, int historyMonths) {
        this.analysis = analysis;
        this.fundingPlan = fundingPlan;
        this.stalled = stalled;
        this.historyMonths = historyMonths;
    }

    /**
     * @param published period → initiative id → the outcome published for it (periods before P)
     */
    InitiativeReview judge(PortfolioInputs inputs, RegisterAtMonth register, Initiative initiative, int rejectedRows,
                           DecisionRules rules, Map<YearMonth, Map<String, PastOutcome>> published) {
        YearMonth p = inputs.period();
        // the history's months, and before the oldest of them as many as STALLED looks back
        int back = historyMonths + stalled.months();
        YearMonth[] periods = new YearMonth[back + 1];
        Decision[] decided = new Decision[back + 1];
        Double[] gaps = new Double[back + 1];
        boolean[] mature = new boolean[back + 1];
        InitiativeFigures[] figures = new InitiativeFigures[back + 1];
        List<List<Finding>> findings = new ArrayList<>(back + 1);
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend = inputs.spend().of(initiative.id());
        List<KpiTarget> targets = inputs.targets().getOrDefault(initiative.id(), List.of());
        Map<String, NavigableMap<YearMonth, BigDecimal>> values = inputs.kpis().of(initiative.id());
        for (int i = 0; i <= back; i++) {
            YearMonth m = p.minusMonths(back - i);
            periods[i] = m;
            Initiative then = register.initiative(initiative, m);
            List<KpiTarget> targetsThen = register.targets(initiative, targets, m);
            if (then == null || targetsThen == null) { // a rate it needs is missing: n/a
                findings.add(List.of());
                continue;
            }
            // a month before P is judged, never reported: its payback and NPV are not worked out
            figures[i] = analysis.analyse(then, targetsThen, values,
                    i == back ? spend : upTo(spend, m), rejectedRows, m, i == back);
            findings.add(rules.findings(figures[i]));
            decided[i] = DecisionRules.decisionOf(figures[i], findings.get(i));
            gaps[i] = figures[i].attainmentGap();
            mature[i] = figures[i].mature();
        }
        Decision[] byOtherRules = decided.clone();
        for (int i = stalled.months(); i <= back; i++) {
            Finding finding = stalled.finding(periods, mature[i], byOtherRules, gaps, i);
            if (finding != null) {
                decided[i] = Decision.CANCEL;
                findings.set(i, withFinding(findings.get(i), finding));
            }
        }

        YearMonth last = p.minusMonths(1);
        int lastAt = back - 1;
        PastOutcome recomputedLast = figures[lastAt] == null ? null : new PastOutcome(last, decided[lastAt],
                findings.get(lastAt).stream().map(Finding::code).toList(), figures[lastAt].attainment(),
                figures[lastAt].varianceItd(), figures[lastAt].eac(), figures[lastAt].benefitItd(),
                fundingPlan.recommend(decided[lastAt], upTo(spend, last), last, figures[lastAt].burnRate())
                        .recommendedFunding(), false, true);
        PastOutcome publishedLast = published.getOrDefault(last, Map.of()).get(initiative.id());
        List<PeriodDecision> history = new ArrayList<>(historyMonths);
        for (int i = back - historyMonths; i < back; i++) {
            PastOutcome shown = published.getOrDefault(periods[i], Map.of()).get(initiative.id());
            history.add(shown != null ? new PeriodDecision(periods[i], shown.decision(), true)
                    : new PeriodDecision(periods[i], decided[i], false));
        }
        InitiativeHistory months = new InitiativeHistory(publishedLast != null ? publishedLast : recomputedLast,
                history, publishedLast == null || recomputedLast == null ? null
                        : Restatement.of(publishedLast, recomputedLast));

        FundingRecommendation funding = fundingPlan.recommend(decided[back], spend, p, figures[back].burnRate());
        return new InitiativeReview(initiative, figures[back], List.copyOf(findings.get(back)), decided[back], funding,
                months);
    }

    /** The spend rows dated ≤ m: today's view of month m (a copy, so that later months read as absent). */
    private static NavigableMap<YearMonth, SortedMap<String, SpendAmount>> upTo(
            NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend, YearMonth m) {
        return new TreeMap<>(spend.headMap(m, true));
    }

    /** The findings with one more, in the SPEC table order. */
    private static List<Finding> withFinding(List<Finding> findings, Finding added) {
        List<Finding> all = new ArrayList<>(findings);
        all.add(added);
        all.sort(Comparator.comparing(Finding::code));
        return all;
    }
}
