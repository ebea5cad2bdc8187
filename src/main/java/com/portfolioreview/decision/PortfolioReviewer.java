package com.portfolioreview.decision;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.analysis.InitiativeAnalysis;
import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * The monthly review of a whole portfolio (SPEC §2): figures, findings, decision and funding of
 * every accepted initiative, then the reallocation of released funds.
 */
public final class PortfolioReviewer {

    /** CANCEL, RECALIBRATE, CONTINUE, NOT_STARTED, then initiative id. */
    public static final Comparator<InitiativeReview> REVIEW_ORDER =
            Comparator.comparing(InitiativeReview::decision).thenComparing(r -> r.initiative().id());

    private final InitiativeAnalysis analysis;
    private final RuleThresholds rules;
    private final FundingPlan fundingPlan;

    public PortfolioReviewer(AnalysisSettings analysis, RuleThresholds rules) {
        this.analysis = new InitiativeAnalysis(analysis);
        this.rules = rules;
        this.fundingPlan = new FundingPlan(rules);
    }

    private InitiativeReview judge(PortfolioInputs inputs, Initiative initiative, int rejectedRows, DecisionRules decisionRules) {
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend = inputs.spend().of(initiative.id());
        InitiativeFigures figures = analysis.analyse(initiative,
                inputs.targets().getOrDefault(initiative.id(), List.of()),
                inputs.kpis().of(initiative.id()), spend, rejectedRows, inputs.period());
        List<Finding> findings = List.copyOf(decisionRules.findings(figures));
        Decision decision = DecisionRules.decisionOf(figures, findings);
        FundingRecommendation funding = fundingPlan.recommend(decision, spend, inputs.period(), figures.burnRate());
        return new InitiativeReview(initiative, figures, findings, decision, funding);
    }

    public PortfolioReview review(PortfolioInputs inputs) {
        DecisionRules decisionRules = new DecisionRules(rules, inputs.reportingCurrency());
        Map<String, Integer> rejected = inputs.rejectedRowsByInitiative();
        // initiatives are judged independently (the inputs are only read), so on two threads
        List<InitiativeReview> judged = inputs.initiatives().parallelStream()
                .map(initiative -> judge(inputs, initiative, rejected.getOrDefault(initiative.id(), 0), decisionRules))
                .toList();
        Reallocation reallocation = Reallocation.of(judged, rules);
        List<InitiativeReview> reviews = new ArrayList<>(judged.size());
        for (InitiativeReview r : judged) {
            FundingRecommendation f = r.funding();
            FundingRecommendation withGrant = new FundingRecommendation(f.nextQuarterBudget(), f.fromPlan(),
                    f.recommendedFunding(), f.releasedFunding(), reallocation.grantOf(r.initiative().id()));
            reviews.add(new InitiativeReview(r.initiative(), r.figures(), r.findings(), r.decision(), withGrant));
        }
        reviews.sort(REVIEW_ORDER);
        return new PortfolioReview(inputs.period(), inputs.reportingCurrency(), List.copyOf(reviews),
                reallocation.released(), reallocation.reallocated(), reallocation.unallocated());
    }
}
