package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The review of the whole portfolio for report period P.
 *
 * @param reviews            one per accepted initiative, sorted by decision (CANCEL, RECALIBRATE,
 *                           CONTINUE, NOT_STARTED) then initiative id
 * @param releasedFunding    Σ released_funding
 * @param reallocatedFunding Σ reallocated funding handed to CONTINUE initiatives
 * @param unallocatedFunding releasedFunding − reallocatedFunding
 */
public record PortfolioReview(
        YearMonth period,
        String reportingCurrency,
        List<InitiativeReview> reviews,
        BigDecimal releasedFunding,
        BigDecimal reallocatedFunding,
        BigDecimal unallocatedFunding) {
}
