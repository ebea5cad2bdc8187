package com.portfolioreview.decision;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.analysis.Ratio;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Totals over a set of initiative reviews: the whole portfolio (Summary sheet, run-summary.json)
 * or any subset of it (a business unit's workbook). Money is exact and unrounded; a percentage
 * is null when its denominator is zero.
 *
 * @param portfolioRoi       (Σ benefit_itd − Σ actual_itd) / Σ actual_itd (NOT_STARTED count as 0 benefit)
 * @param countByDecision    every Decision → number of initiatives (0 when none)
 * @param recommendedByDecision every Decision → Σ recommended_funding (0 when none)
 * @param unallocatedFunding releasedFunding − reallocatedFunding of these reviews; for the whole
 *                           portfolio this is what stays unallocated, for a subset it is the net
 *                           the subset put into the pool (negative when it received more)
 */
public record PortfolioTotals(
        int initiatives,
        BigDecimal budgetMonth, BigDecimal actualMonth, BigDecimal varianceMonth, Double varianceMonthPct,
        BigDecimal budgetYtd, BigDecimal actualYtd, BigDecimal varianceYtd, Double varianceYtdPct,
        BigDecimal budgetItd, BigDecimal actualItd, BigDecimal varianceItd, Double varianceItdPct,
        BigDecimal approvedBudget,
        BigDecimal benefitMonth,
        BigDecimal benefitItd,
        Double portfolioRoi,
        Map<Decision, Integer> countByDecision,
        Map<Decision, BigDecimal> recommendedByDecision,
        BigDecimal recommendedFunding,
        BigDecimal nextQuarterBudget,
        BigDecimal releasedFunding,
        BigDecimal reallocatedFunding,
        BigDecimal unallocatedFunding) {

    public PortfolioTotals {
        countByDecision = Collections.unmodifiableMap(new EnumMap<>(countByDecision));
        recommendedByDecision = Collections.unmodifiableMap(new EnumMap<>(recommendedByDecision));
    }

    public int countOf(Decision decision) {
        return countByDecision.getOrDefault(decision, 0);
    }

    public BigDecimal recommendedFundingOf(Decision decision) {
        return recommendedByDecision.getOrDefault(decision, BigDecimal.ZERO);
    }

    public static PortfolioTotals of(List<InitiativeReview> reviews) {
        BigDecimal budgetMonth = BigDecimal.ZERO, actualMonth = BigDecimal.ZERO;
        BigDecimal budgetYtd = BigDecimal.ZERO, actualYtd = BigDecimal.ZERO;
        BigDecimal budgetItd = BigDecimal.ZERO, actualItd = BigDecimal.ZERO;
        BigDecimal approved = BigDecimal.ZERO, benefitMonth = BigDecimal.ZERO, benefitItd = BigDecimal.ZERO;
        BigDecimal recommended = BigDecimal.ZERO, nextQuarter = BigDecimal.ZERO;
        BigDecimal released = BigDecimal.ZERO, reallocated = BigDecimal.ZERO;
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        Map<Decision, BigDecimal> byDecision = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0);
            byDecision.put(d, BigDecimal.ZERO);
        }
        for (InitiativeReview review : reviews) {
            InitiativeFigures f = review.figures();
            FundingRecommendation funding = review.funding();
            budgetMonth = budgetMonth.add(f.budgetMonth());
            actualMonth = actualMonth.add(f.actualMonth());
            budgetYtd = budgetYtd.add(f.budgetYtd());
            actualYtd = actualYtd.add(f.actualYtd());
            budgetItd = budgetItd.add(f.budgetItd());
            actualItd = actualItd.add(f.actualItd());
            approved = approved.add(f.approvedBudget());
            benefitMonth = benefitMonth.add(orZero(f.benefitMonth()));
            benefitItd = benefitItd.add(orZero(f.benefitItd()));
            recommended = recommended.add(funding.recommendedFunding());
            nextQuarter = nextQuarter.add(funding.nextQuarterBudget());
            released = released.add(funding.releasedFunding());
            reallocated = reallocated.add(funding.reallocatedFunding());
            counts.merge(review.decision(), 1, Integer::sum);
            byDecision.merge(review.decision(), funding.recommendedFunding(), BigDecimal::add);
        }
        BigDecimal varianceMonth = actualMonth.subtract(budgetMonth);
        BigDecimal varianceYtd = actualYtd.subtract(budgetYtd);
        BigDecimal varianceItd = actualItd.subtract(budgetItd);
        return new PortfolioTotals(reviews.size(),
                budgetMonth, actualMonth, varianceMonth, Ratio.of(varianceMonth, budgetMonth),
                budgetYtd, actualYtd, varianceYtd, Ratio.of(varianceYtd, budgetYtd),
                budgetItd, actualItd, varianceItd, Ratio.of(varianceItd, budgetItd),
                approved, benefitMonth, benefitItd,
                Ratio.of(benefitItd.subtract(actualItd), actualItd),
                counts, byDecision, recommended, nextQuarter, released, reallocated, released.subtract(reallocated));
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
