package com.portfolioreview.decision;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.initiative;
import static com.portfolioreview.PortfolioFixtures.target;
import static com.portfolioreview.PortfolioFixtures.ym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end over a small in-memory portfolio at P = 2026-06 with one initiative per decision.
 * NPV factor for H 24, r 10%: Σ_{t=1..24} 1.1^(−t/12) = 21.76456767 (see NetPresentValueTest).
 */
class PortfolioReviewerTest {

    private static final YearMonth P = ym("2026-06");
    private static PortfolioReview review;

    @BeforeAll
    static void reviewThePortfolio() {
        SpendLedger spend = new SpendLedger();
        KpiMeasurements kpis = new KpiMeasurements();
        // AI-CAN: since 2025-01, 1,000 budget and actual every month to P; plan 1,000 a month for Q3
        for (YearMonth m = ym("2025-01"); !m.isAfter(P); m = m.plusMonths(1)) {
            spend.add("AI-CAN", m, "COMPUTE", new SpendAmount(d("1000"), d("1000")));
        }
        for (int i = 1; i <= 3; i++) {
            spend.add("AI-CAN", P.plusMonths(i), "COMPUTE", new SpendAmount(d("1000"), BigDecimal.ZERO));
            spend.add("AI-CON", P.plusMonths(i), "STAFF", new SpendAmount(d("1000"), BigDecimal.ZERO));
        }
        // MTTR 100 → 50 minutes (lower is better), measured 90 in April–June only
        for (String m : List.of("2026-04", "2026-05", "2026-06")) {
            kpis.put("AI-CAN", "mttr", ym(m), d("90"));
        }
        for (YearMonth m = ym("2026-01"); !m.isAfter(P); m = m.plusMonths(1)) {
            // AI-REC: 1,000 budget, 1,200 actual (split in two ledger lines); auto-resolved tickets 40 of 100
            spend.add("AI-REC", m, "VENDOR", new SpendAmount(d("1000"), d("700")));
            spend.add("AI-REC", m, "VENDOR", new SpendAmount(d("0"), d("500")));
            kpis.put("AI-REC", "auto-resolved", m, d("40"));
            // AI-CON: on budget; capacity forecast accuracy at its target 20 (baseline 10)
            spend.add("AI-CON", m, "STAFF", new SpendAmount(d("1000"), d("1000")));
            kpis.put("AI-CON", "capacity", m, d("20"));
        }
        // AI-NEW starts in August: plan rows only
        spend.add("AI-NEW", ym("2026-08"), "LICENSES", new SpendAmount(d("5000"), BigDecimal.ZERO));
        spend.add("AI-NEW", ym("2026-09"), "LICENSES", new SpendAmount(d("5000"), BigDecimal.ZERO));

        PortfolioInputs inputs = new PortfolioInputs(P, "USD",
                List.of(initiative("AI-NEW", "2026-08", "2027-06", "50000", 6),     // register order ≠ review order
                        initiative("AI-CON", "2026-01", "2026-12", "12000", 6),
                        initiative("AI-REC", "2026-01", "2026-12", "15000", 12),
                        initiative("AI-CAN", "2025-01", "2026-12", "24000", 12)),
                Map.of("AI-CAN", List.of(target("AI-CAN", "MTTR", Direction.LOWER_IS_BETTER, "100", "50", "10", "1")),
                        "AI-REC", List.of(target("AI-REC", "Auto-resolved", Direction.HIGHER_IS_BETTER, "0", "100", "50", "1")),
                        "AI-CON", List.of(target("AI-CON", "Capacity", Direction.HIGHER_IS_BETTER, "10", "20", "300", "2")),
                        "AI-NEW", List.of(target("AI-NEW", "Accuracy", Direction.HIGHER_IS_BETTER, "0", "1", "1000", "1"))),
                spend, kpis, List.of(),
                InputIssues.of(List.of(InputIssue.rejected("spend/s.csv", 7, "AI-REC", "actual: bad value 'n/a'", "AI-REC,2026-05,,x"),
                        InputIssue.warning("kpi/k.csv", 3, "AI-REC", "later value wins", ""))),
                List.of());

        review = new PortfolioReviewer(AnalysisSettings.DEFAULTS, RuleThresholds.DEFAULTS).review(inputs);
    }

    private static InitiativeReview of(String id) {
        return review.reviews().stream().filter(r -> r.initiative().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void sortedByDecisionThenId() {
        assertThat(review.reviews()).extracting(r -> r.initiative().id() + " " + r.decision())
                .containsExactly("AI-CAN CANCEL", "AI-REC RECALIBRATE", "AI-CON CONTINUE", "AI-NEW NOT_STARTED");
        assertThat(review.period()).isEqualTo(P);
        assertThat(review.reportingCurrency()).isEqualTo("USD");
    }

    @Test
    void cancelMatureInitiativeThatMissedItsTarget() {
        InitiativeReview r = of("AI-CAN");
        InitiativeFigures f = r.figures();
        // 2025-01..2026-06 = 18 months, maturity 12 → mature; 6 months to 2026-12
        assertThat(f.ageMonths()).isEqualTo(18);
        assertThat(f.mature()).isTrue();
        assertThat(f.monthsRemaining()).isEqualTo(6);
        // YTD 2026-01..06 = 6 × 1000; ITD 18 × 1000; burn 1000; EAC 18000 + 6 × 1000 = 24000 = approved
        assertThat(f.actualYtd()).isEqualByComparingTo("6000");
        assertThat(f.actualItd()).isEqualByComparingTo("18000");
        assertThat(f.varianceItdPct()).isEqualTo(0.0);
        assertThat(f.burnRate()).isEqualByComparingTo("1000");
        assertThat(f.eac()).isEqualByComparingTo("24000");
        assertThat(f.vacPct()).isEqualTo(0.0);
        // improvement 100 − 90 = 10 → benefit 100/month for 3 months; attainment 10 / 50 = 0.2
        assertThat(f.benefitMonth()).isEqualByComparingTo("100");
        assertThat(f.benefitItd()).isEqualByComparingTo("300");
        assertThat(f.benefitRunRate()).isEqualByComparingTo("100");
        assertThat(f.attainment()).isEqualTo(0.2);
        assertThat(f.attainmentGap()).isEqualTo(-0.8);
        // ROI (300 − 18000) / 18000 = −0.98333; net 100 − 1000 = −900; 12 × −900; −900 × 21.76456767
        assertThat(f.roiItd()).isCloseTo(-0.98333333, within(1e-8));
        assertThat(f.netRunRate()).isEqualByComparingTo("-900");
        assertThat(f.projectedNet12m()).isEqualByComparingTo("-10800");
        assertThat(f.npv().doubleValue()).isCloseTo(-19588.11, within(0.005));
        assertThat(f.payback()).isEqualTo("not at current run rate");
        // W 2026-01..06: KPI 3/6, spend 6/6, fresh → 25 + 30 + 20 = 75
        assertThat(f.kpiCompleteness()).isEqualTo(0.5);
        assertThat(f.dqScore()).isEqualTo(75);

        assertThat(r.findings()).extracting(Finding::toString).containsExactly(
                "MISSED_TARGET: attainment 20% after 18 months (maturity 12), ROI ITD -98%, net run rate USD -900/month",
                "BEHIND_CURVE: attainment 20% vs 100% expected at month 18 of 12");
        // plan 3 × 1000 for Q3; cancelled: all of it released
        assertFunding(r, "3000", true, "0", "3000", "0");
    }

    @Test
    void recalibrateOverspendingInitiative() {
        InitiativeReview r = of("AI-REC");
        InitiativeFigures f = r.figures();
        // 6 months of 1000 budget vs 700 + 500 actual: ITD 6000 vs 7200, +20%
        assertThat(f.ageMonths()).isEqualTo(6);
        assertThat(f.budgetMonth()).isEqualByComparingTo("1000");
        assertThat(f.actualMonth()).isEqualByComparingTo("1200");
        assertThat(f.varianceMonthPct()).isEqualTo(0.2);
        assertThat(f.varianceItd()).isEqualByComparingTo("1200");
        assertThat(f.varianceItdPct()).isEqualTo(0.2);
        // burn 1200; EAC 7200 + 6 × 1200 = 14400; VAC 600, 600 / 15000 = 4%
        assertThat(f.eac()).isEqualByComparingTo("14400");
        assertThat(f.vacPct()).isEqualTo(0.04);
        // 40 tickets × 50 = 2000/month; 6 months 12000; attainment 0.4 vs 6/12 = 0.5 → gap −0.1
        assertThat(f.benefitItd()).isEqualByComparingTo("12000");
        assertThat(f.attainment()).isEqualTo(0.4);
        assertThat(f.expectedAttainment()).isEqualTo(0.5);
        assertThat(f.attainmentGap()).isCloseTo(-0.1, within(1e-15));
        // ROI (12000 − 7200) / 7200; net 2000 − 1200 = 800; paid back in January (2000 ≥ 1200)
        assertThat(f.roiItd()).isCloseTo(0.6666666667, within(1e-9));
        assertThat(f.netRunRate()).isEqualByComparingTo("800");
        assertThat(f.payback()).isEqualTo("2026-01");
        // completeness 100, one rejected row (the warning does not count): 100 − 2
        assertThat(f.rejectedRows()).isEqualTo(1);
        assertThat(f.dqScore()).isEqualTo(98);

        assertThat(r.findings()).extracting(Finding::toString)
                .containsExactly("OVERSPEND: ITD actual USD 7,200 is 20% over ITD budget USD 6,000");
        // no plan rows: 3 × 1200 = 3600; min(3600, 3600) × 0.75 = 2700; released 900
        assertFunding(r, "3600", false, "2700", "900", "0");
    }

    @Test
    void continueInitiativeOnTrackReceivesReleasedFunds() {
        InitiativeReview r = of("AI-CON");
        InitiativeFigures f = r.figures();
        // 6 months, maturity 6: mature this month; attainment (20 − 10) / 10 = 1.0
        assertThat(f.mature()).isTrue();
        assertThat(f.attainment()).isEqualTo(1.0);
        assertThat(f.attainmentGap()).isEqualTo(0.0);
        // benefit 10 × 300 = 3000/month; net 3000 − 1000 = 2000; 12 × 2000; 2000 × 21.76456767
        assertThat(f.benefitRunRate()).isEqualByComparingTo("3000");
        assertThat(f.projectedNet12m()).isEqualByComparingTo("24000");
        assertThat(f.npv().doubleValue()).isCloseTo(43529.14, within(0.005));
        assertThat(f.roiItd()).isEqualTo(2.0);     // (18000 − 6000) / 6000
        assertThat(f.dqScore()).isEqualTo(100);

        assertThat(r.findings()).extracting(Finding::toString)
                .containsExactly("ON_TRACK: attainment 100% vs 100% expected, ITD variance 0%, EAC within budget");
        // plan 3000; ratio 3000 / 1000 = 3 ≥ 1.5 → min(50% × 3000, pool 3000 + 900) = 1500
        assertFunding(r, "3000", true, "3000", "0", "1500");
    }

    @Test
    void notStartedIsListedNotJudged() {
        InitiativeReview r = of("AI-NEW");
        InitiativeFigures f = r.figures();
        assertThat(f.notStarted()).isTrue();
        assertThat(f.ageMonths()).isZero();
        assertThat(f.mature()).isFalse();
        assertThat(f.actualItd()).isEqualByComparingTo("0");
        assertThat(f.burnRate()).isEqualByComparingTo("0");
        // 2026-07..2027-06 = 12 months remaining; EAC 0; VAC = approved 50000, 100%
        assertThat(f.monthsRemaining()).isEqualTo(12);
        assertThat(f.vacPct()).isEqualTo(1.0);
        assertThat(f.benefitMonth()).isNull();
        assertThat(f.benefitItd()).isNull();
        assertThat(f.attainment()).isNull();
        assertThat(f.expectedAttainment()).isEqualTo(0.0);
        assertThat(f.attainmentGap()).isNull();
        assertThat(f.roiItd()).isNull();
        assertThat(f.netRunRate()).isNull();
        assertThat(f.npv()).isNull();
        assertThat(f.payback()).isNull();
        assertThat(f.dqScore()).isZero();
        assertThat(r.findings()).isEmpty();
        // plan 5000 + 5000 in Q3 (August, September)
        assertFunding(r, "10000", true, "10000", "0", "0");
    }

    @Test
    void portfolioReallocation() {
        // released 3000 + 900; AI-CON takes 1500; 2400 stays unallocated
        assertThat(review.releasedFunding()).isEqualByComparingTo("3900");
        assertThat(review.reallocatedFunding()).isEqualByComparingTo("1500");
        assertThat(review.unallocatedFunding()).isEqualByComparingTo("2400");

        PortfolioTotals totals = PortfolioTotals.of(review.reviews());
        assertThat(totals.releasedFunding()).isEqualByComparingTo(review.releasedFunding());
        assertThat(totals.reallocatedFunding()).isEqualByComparingTo(review.reallocatedFunding());
        assertThat(totals.unallocatedFunding()).isEqualByComparingTo(review.unallocatedFunding());
        // ITD actual 18000 + 7200 + 6000 + 0; benefit 300 + 12000 + 18000 → ROI (30300 − 31200) / 31200
        assertThat(totals.actualItd()).isEqualByComparingTo("31200");
        assertThat(totals.portfolioRoi()).isCloseTo(-900.0 / 31200, within(1e-15));
    }

    private static void assertFunding(InitiativeReview r, String nextQuarter, boolean fromPlan, String recommended,
                                      String released, String reallocated) {
        FundingRecommendation f = r.funding();
        assertThat(f.nextQuarterBudget()).isEqualByComparingTo(nextQuarter);
        assertThat(f.fromPlan()).isEqualTo(fromPlan);
        assertThat(f.recommendedFunding()).isEqualByComparingTo(recommended);
        assertThat(f.releasedFunding()).isEqualByComparingTo(released);
        assertThat(f.reallocatedFunding()).isEqualByComparingTo(reallocated);
    }
}
