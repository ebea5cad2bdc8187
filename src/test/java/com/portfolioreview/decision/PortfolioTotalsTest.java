package com.portfolioreview.decision;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.healthy;
import static com.portfolioreview.PortfolioFixtures.initiative;
import static org.assertj.core.api.Assertions.assertThat;

class PortfolioTotalsTest {

    /** month budget/actual, YTD budget/actual, ITD budget/actual, approved, benefit ITD (null = not started). */
    static InitiativeReview review(String id, Decision decision, String month, String ytd, String itd, String approved,
                                   String benefitItd, String nextQuarter, String recommended, String released,
                                   String reallocated) {
        String[] m = month.split("/");
        String[] y = ytd.split("/");
        String[] i = itd.split("/");
        var figures = healthy().with(f -> {
            f.id = id;
            f.budgetMonth = d(m[0]);
            f.actualMonth = d(m[1]);
            f.budgetYtd = d(y[0]);
            f.actualYtd = d(y[1]);
            f.budgetItd = d(i[0]);
            f.actualItd = d(i[1]);
            f.approvedBudget = d(approved);
            f.benefitItd = benefitItd == null ? null : d(benefitItd);
            f.benefitMonth = benefitItd == null ? null : d("100");
        }).build();
        return new InitiativeReview(initiative(id, "2025-01", "2027-12", approved, 12), figures, List.of(), decision,
                new FundingRecommendation(d(nextQuarter), true, d(recommended), d(released), d(reallocated)));
    }

    private static final InitiativeReview CANCELLED = review("A", Decision.CANCEL,
            "1000/1200", "5000/6000", "20000/30000", "50000", "3000", "9000", "0", "9000", "0");
    private static final InitiativeReview CONTINUED = review("B", Decision.CONTINUE,
            "2000/1800", "8000/7000", "40000/38000", "90000", "60000", "6000", "6000", "0", "3000");
    private static final InitiativeReview CONTINUED_TOO = review("C", Decision.CONTINUE,
            "500/500", "2000/2000", "4000/4000", "10000", "-1000", "1500", "1500", "0", "750");
    private static final InitiativeReview NOT_STARTED = review("D", Decision.NOT_STARTED,
            "0/0", "0/0", "0/0", "25000", null, "4000", "4000", "0", "0");

    @Test
    void wholePortfolio() {
        PortfolioTotals t = PortfolioTotals.of(List.of(CANCELLED, CONTINUED, CONTINUED_TOO, NOT_STARTED));

        assertThat(t.initiatives()).isEqualTo(4);
        // month: budget 1000 + 2000 + 500 = 3500, actual 1200 + 1800 + 500 = 3500, variance 0, 0%
        assertThat(t.budgetMonth()).isEqualByComparingTo("3500");
        assertThat(t.actualMonth()).isEqualByComparingTo("3500");
        assertThat(t.varianceMonth()).isEqualByComparingTo("0");
        assertThat(t.varianceMonthPct()).isEqualTo(0.0);
        // YTD: 15000 vs 15000
        assertThat(t.budgetYtd()).isEqualByComparingTo("15000");
        assertThat(t.actualYtd()).isEqualByComparingTo("15000");
        // ITD: budget 64000, actual 72000, variance 8000, 8000 / 64000 = 12.5%
        assertThat(t.budgetItd()).isEqualByComparingTo("64000");
        assertThat(t.actualItd()).isEqualByComparingTo("72000");
        assertThat(t.varianceItd()).isEqualByComparingTo("8000");
        assertThat(t.varianceItdPct()).isEqualTo(0.125);
        assertThat(t.approvedBudget()).isEqualByComparingTo("175000");
        // benefit ITD 3000 + 60000 − 1000 (+ nothing for the not started) = 62000
        assertThat(t.benefitItd()).isEqualByComparingTo("62000");
        assertThat(t.benefitMonth()).isEqualByComparingTo("300");
        // ROI (62000 − 72000) / 72000 = −0.13888…
        assertThat(t.portfolioRoi()).isEqualTo(-10000.0 / 72000.0);
        // counts and funding per decision, all four present
        assertThat(t.countOf(Decision.CANCEL)).isEqualTo(1);
        assertThat(t.countOf(Decision.RECALIBRATE)).isZero();
        assertThat(t.countOf(Decision.CONTINUE)).isEqualTo(2);
        assertThat(t.countOf(Decision.NOT_STARTED)).isEqualTo(1);
        assertThat(t.countByDecision()).containsOnlyKeys(Decision.values());
        assertThat(t.recommendedFundingOf(Decision.CANCEL)).isEqualByComparingTo("0");
        assertThat(t.recommendedFundingOf(Decision.RECALIBRATE)).isEqualByComparingTo("0");
        assertThat(t.recommendedFundingOf(Decision.CONTINUE)).isEqualByComparingTo("7500");   // 6000 + 1500
        assertThat(t.recommendedFundingOf(Decision.NOT_STARTED)).isEqualByComparingTo("4000");
        assertThat(t.recommendedFunding()).isEqualByComparingTo("11500");
        // next quarter 9000 + 6000 + 1500 + 4000 = 20500; released 9000; reallocated 3750; unallocated 5250
        assertThat(t.nextQuarterBudget()).isEqualByComparingTo("20500");
        assertThat(t.releasedFunding()).isEqualByComparingTo("9000");
        assertThat(t.reallocatedFunding()).isEqualByComparingTo("3750");
        assertThat(t.unallocatedFunding()).isEqualByComparingTo("5250");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // subset | count | actual ITD | ROI (empty when Σ actual ITD = 0) | variance ITD % | unallocated
            // B + C: actual 42000, benefit 59000 → 17000 / 42000; variance −2000 / 44000; received 3750 → −3750
            "B C | 2 | 42000 | 0.40476190476190477 | -0.045454545454545456 | -3750",
            // D alone: nothing spent → ROI empty; no budget → variance % empty
            "D   | 1 | 0     |                     |                       | 0",
            // A alone: (3000 − 30000) / 30000 = −0.9; 10000 / 20000 = 0.5; released 9000 unallocated
            "A   | 1 | 30000 | -0.9                | 0.5                   | 9000",
            // nothing at all
            "    | 0 | 0     |                     |                       | 0",
    })
    void anySubset(String ids, int count, BigDecimal actualItd, Double roi, Double varianceItdPct, BigDecimal unallocated) {
        List<InitiativeReview> all = List.of(CANCELLED, CONTINUED, CONTINUED_TOO, NOT_STARTED);
        List<String> wanted = ids == null ? List.of() : List.of(ids.split(" "));

        PortfolioTotals t = PortfolioTotals.of(all.stream().filter(r -> wanted.contains(r.initiative().id())).toList());

        assertThat(t.initiatives()).isEqualTo(count);
        assertThat(t.actualItd()).isEqualByComparingTo(actualItd);
        assertThat(t.portfolioRoi()).isEqualTo(roi);
        assertThat(t.varianceItdPct()).isEqualTo(varianceItdPct);
        assertThat(t.unallocatedFunding()).isEqualByComparingTo(unallocated);
        assertThat(t.countByDecision().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
        assertThat(t.recommendedFundingOf(Decision.RECALIBRATE)).isEqualByComparingTo(BigDecimal.ZERO);
    }
}
