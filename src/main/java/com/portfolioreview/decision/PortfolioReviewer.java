package com.portfolioreview.decision;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.analysis.InitiativeAnalysis;
import com.portfolioreview.portfolio.PortfolioInputs;

import java.time.YearMonth;
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

    /** SPEC §2.6: {@code review.history.months}. */
    public static final int HISTORY_MONTHS = 12;

    private final RuleThresholds rules;
    private final MonthByMonth months;

    public PortfolioReviewer(AnalysisSettings analysis, RuleThresholds rules) {
        this(analysis, rules, StalledRule.DEFAULTS, HISTORY_MONTHS);
    }

    /** @param historyMonths the months before P that the history shows ({@code review.history.months}) */
    public PortfolioReviewer(AnalysisSettings analysis, RuleThresholds rules, StalledRule stalled, int historyMonths) {
        this.rules = rules;
        this.months = new MonthByMonth(new InitiativeAnalysis(analysis), new FundingPlan(rules), stalled, historyMonths);
    }

    /** The review of P with every month before it recomputed (no run on record). */
    public PortfolioReview review(PortfolioInputs inputs) {
        return review(inputs, Map.of());
    }

    /**
     * @param published period → initiative id → its published outcome, for the periods before P
     *                  that a completed run is on record for
     */
    public PortfolioReview review(PortfolioInputs inputs, Map<YearMonth, Map<String, PastOutcome>> published) {
        DecisionRules decisionRules = new DecisionRules(rules, inputs.reportingCurrency());
        Map<String, Integer> rejected = inputs.rejectedRowsByInitiative();
        RegisterAtMonth register = new RegisterAtMonth(inputs);
        // initiatives are judged independently (the inputs are only read), so on two threads
        List<InitiativeReview> judged = inputs.initiatives().parallelStream()
                .map(initiative -> months.judge(inputs, register, initiative, rejected.getOrDefault(initiative.id(), 0),
                        decisionRules, published))
                .toList();
        Reallocation reallocation = Reallocation.of(judged, rules);
        List<InitiativeReview> reviews = new ArrayList<>(judged.size());
        for (InitiativeReview r : judged) {
            FundingRecommendation f = r.funding();
            FundingRecommendation withGrant = new FundingRecommendation(f.nextQuarterBudget(), f.fromPlan(),
                    f.recommendedFunding(), f.releasedFunding(), reallocation.grantOf(r.initiative().id()));
            reviews.add(new InitiativeReview(r.initiative(), r.figures(), r.findings(), r.decision(), withGrant,
                    r.history()));
        }
        reviews.sort(REVIEW_ORDER);
        return new PortfolioReview(inputs.period(), inputs.reportingCurrency(), List.copyOf(reviews),
                reallocation.released(), reallocation.reallocated(), reallocation.unallocated());
    }
}
