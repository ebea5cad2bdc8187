package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.InitiativeReview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Summary sheet's totals over a set of initiative reviews (the whole portfolio or one
 * business unit): exact sums of the unrounded figures. An empty figure adds nothing.
 */
record SummaryTotals(
        BigDecimal budgetMonth, BigDecimal actualMonth,
        BigDecimal budgetYtd, BigDecimal actualYtd,
        BigDecimal budgetItd, BigDecimal actualItd,
        BigDecimal benefitItd,
        Map<Decision, Integer> counts,
        Map<Decision, BigDecimal> recommendedFunding,
        BigDecimal releasedFunding,
        BigDecimal reallocatedFunding) {

    static SummaryTotals of(List<InitiativeReview> reviews) {
        BigDecimal[] t = new BigDecimal[7];
        java.util.Arrays.fill(t, BigDecimal.ZERO);
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        Map<Decision, BigDecimal> recommended = new EnumMap<>(Decision.class);
        for (Decision d : Decision.values()) {
            counts.put(d, 0);
            recommended.put(d, BigDecimal.ZERO);
        }
        BigDecimal released = BigDecimal.ZERO;
        BigDecimal reallocated = BigDecimal.ZERO;
        for (InitiativeReview r : reviews) {
            InitiativeFigures f = r.figures();
            t[0] = plus(t[0], f.budgetMonth());
            t[1] = plus(t[1], f.actualMonth());
            t[2] = plus(t[2], f.budgetYtd());
            t[3] = plus(t[3], f.actualYtd());
            t[4] = plus(t[4], f.budgetItd());
            t[5] = plus(t[5], f.actualItd());
            t[6] = plus(t[6], f.benefitItd());
            counts.merge(r.decision(), 1, Integer::sum);
            if (r.funding() != null) {
                recommended.merge(r.decision(), nz(r.funding().recommendedFunding()), BigDecimal::add);
                released = plus(released, r.funding().releasedFunding());
                reallocated = plus(reallocated, r.funding().reallocatedFunding());
            }
        }
        return new SummaryTotals(t[0], t[1], t[2], t[3], t[4], t[5], t[6], counts, recommended, released, reallocated);
    }

    BigDecimal varianceMonth() {
        return actualMonth.subtract(budgetMonth);
    }

    BigDecimal varianceYtd() {
        return actualYtd.subtract(budgetYtd);
    }

    BigDecimal varianceItd() {
        return actualItd.subtract(budgetItd);
    }

    /** (Σ benefit_itd − Σ actual_itd) / Σ actual_itd; null when nothing was spent. */
    Double portfolioRoiItd() {
        return actualItd.signum() == 0 ? null
                : benefitItd.subtract(actualItd).divide(actualItd, MathContext.DECIMAL64).doubleValue();
    }

    int count() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    BigDecimal totalRecommendedFunding() {
        return recommendedFunding.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** variance / budget; null when the budget is 0. */
    static Double ratio(BigDecimal variance, BigDecimal budget) {
        return budget.signum() == 0 ? null : variance.divide(budget, MathContext.DECIMAL64).doubleValue();
    }

    private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
        return value == null ? sum : sum.add(value);
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
