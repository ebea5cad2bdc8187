/**
 * The decisions of SPEC §2.4: the findings of each initiative, CONTINUE, RECALIBRATE or CANCEL by
 * the rules in their order, the funding plan and its reallocation, and the portfolio totals.
 * {@link com.portfolioreview.decision.PortfolioReviewer} reviews a whole portfolio.
 */
package com.portfolioreview.decision;
