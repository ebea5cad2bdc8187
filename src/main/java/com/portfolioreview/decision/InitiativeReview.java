package com.portfolioreview.decision;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Initiative;

import java.util.List;

/** The complete monthly review of one initiative: figures, findings, decision, funding and its months before P. */
public record InitiativeReview(
        Initiative initiative,
        InitiativeFigures figures,
        List<Finding> findings,
        Decision decision,
        FundingRecommendation funding,
        InitiativeHistory history) {

    /** A review without its months before P. */
    public InitiativeReview(Initiative initiative, InitiativeFigures figures, List<Finding> findings, Decision decision,
                            FundingRecommendation funding) {
        this(initiative, figures, findings, decision, funding, InitiativeHistory.NONE);
    }
}
