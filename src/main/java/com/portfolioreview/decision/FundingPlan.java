package com.portfolioreview.decision;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.5 funding for the next quarter (P+1..P+3), before reallocation.
 * next_quarter_budget = Σ budget of the spend rows for P+1..P+3 when any such row exists,
 * else burn_rate × 3. CONTINUE and NOT_STARTED get it, RECALIBRATE gets
 * min(next_quarter_budget, 3 × burn_rate) × (1 − funding cut), CANCEL gets 0;
 * released = max(0, next_quarter_budget − recommended).
 */
public final class FundingPlan {

    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private final BigDecimal keptAfterCut;

    public FundingPlan(RuleThresholds thresholds) {
        this.keptAfterCut = BigDecimal.ONE.subtract(BigDecimal.valueOf(thresholds.recalibrateFundingCut()));
    }

    /**
     * @param spend     the initiative's spend rows, including periods after P (the plan)
     * @param burnRate  the initiative's burn rate at P
     * @return the recommendation with reallocatedFunding 0
     */
    public FundingRecommendation recommend(Decision decision, NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                           YearMonth period, BigDecimal burnRate) {
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> plan =
                spend.subMap(period.plusMonths(1), true, period.plusMonths(3), true);
        boolean fromPlan = plan.values().stream().anyMatch(categories -> !categories.isEmpty());
        BigDecimal nextQuarter = BigDecimal.ZERO;
        if (fromPlan) {
            for (SortedMap<String, SpendAmount> categories : plan.values()) {
                for (SpendAmount amount : categories.values()) {
                    nextQuarter = nextQuarter.add(amount.budget());
                }
            }
        } else {
            nextQuarter = burnRate.multiply(THREE);
        }
        BigDecimal recommended = switch (decision) {
            case CONTINUE, NOT_STARTED -> nextQuarter;
            case RECALIBRATE -> nextQuarter.min(burnRate.multiply(THREE)).multiply(keptAfterCut);
            case CANCEL -> BigDecimal.ZERO;
        };
        BigDecimal released = nextQuarter.subtract(recommended).max(BigDecimal.ZERO);
        return new FundingRecommendation(nextQuarter, fromPlan, recommended, released, BigDecimal.ZERO);
    }
}
