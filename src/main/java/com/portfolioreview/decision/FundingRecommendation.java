package com.portfolioreview.decision;

import java.math.BigDecimal;

/**
 * Next-quarter funding of one initiative (SPEC §2.5), in the reporting currency.
 *
 * @param nextQuarterBudget  planned budget for P+1..P+3, or burn_rate × 3 when no plan rows exist
 * @param fromPlan           true when nextQuarterBudget comes from spend-export budget rows
 * @param recommendedFunding what the decision allows before reallocation
 * @param releasedFunding    max(0, nextQuarterBudget − recommendedFunding)
 * @param reallocatedFunding what this initiative receives from the released pool (0 if none)
 */
public record FundingRecommendation(
        BigDecimal nextQuarterBudget,
        boolean fromPlan,
        BigDecimal recommendedFunding,
        BigDecimal releasedFunding,
        BigDecimal reallocatedFunding) {
}
