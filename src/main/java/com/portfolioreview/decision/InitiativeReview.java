package com.portfolioreview.decision;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Initiative;

import java.util.List;

/** The complete monthly review of one initiative: figures, findings, decision and funding. */
public record InitiativeReview(
        Initiative initiative,
        InitiativeFigures figures,
        List<Finding> findings,
        Decision decision,
        FundingRecommendation funding) {
}
