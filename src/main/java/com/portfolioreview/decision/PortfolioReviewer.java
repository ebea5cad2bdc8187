package com.portfolioreview.decision;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.analysis.InitiativeAnalysis;
import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.PortfolioInputs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

    public PortfolioReview review(PortfolioInputs inputs) {
        DecisionRules decisionRules = new DecisionRules(rules, inputs.reportingCurrency());
        List<InitiativeReview> judged = new ArrayList<>();
        Map<String, Integer> rejected = inputs.rejectedRowsByInitiative();
        for (Initiative initiative : inputs.initiatives()) {
            InitiativeFigures figures = analysis.analyse(inputs, initiative, rejected.getOrDefault(initiative.id(), 0));
            List<Finding> findings = List.copyOf(decisionRules.findings(figures));
            Decision decision = DecisionRules.decisionOf(figures, findings);
            FundingRecommendation funding = fundingPlan.recommend(decision, inputs.spend().of(initiative.id()),
                    inputs.period(), figures.burnRate());
            judged.add(new InitiativeReview(initiative, figures, findings, decision, funding));
        }
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
