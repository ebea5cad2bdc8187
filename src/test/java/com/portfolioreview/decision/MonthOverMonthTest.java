package com.portfolioreview.decision;

import com.portfolioreview.analysis.AnalysisSettings;
import com.portfolioreview.ingest.IngestListener;
import com.portfolioreview.ingest.PortfolioIngest;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static com.portfolioreview.decision.Decision.CANCEL;
import static com.portfolioreview.decision.Decision.CONTINUE;
import static com.portfolioreview.decision.Decision.RECALIBRATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SPEC §2.5 STALLED and §2.6 month over month on three initiatives worked by hand, P = 2026-10.
 * Each started 2025-10 (age 13 at P), spends its budget of 10,000 a month (variance 0), and has
 * one KPI, MTTR, baseline 100, target 50, lower is better, 1,000 a minute saved: a value of 80
 * is attainment (100 − 80) / 50 = 0.40 and a benefit of 20,000 a month, so ROI stays positive
 * and only the attainment gap decides.
 * <ul>
 *   <li>AI-001, maturity 6, MTTR 80 every month: gap 0.40 − age/6 is −0.27 at age 4 (2026-01), so
 *   BEHIND_CURVE recalibrates it from 2026-01; mature from 2026-03 with gap −0.60; from 2026-04
 *   it has been recalibrated 4 months running and the gap did not rise: STALLED, cancelled.</li>
 *   <li>AI-002, maturity 14, MTTR 80: behind its ramp from age 8 (0.40 − 8/14 = −0.17), young
 *   until 2026-11: recalibrated month after month but never STALLED.</li>
 *   <li>AI-003, maturity 6, MTTR 55 (attainment 0.90, gap −0.10: on track) until 2026-09, then 80:
 *   CONTINUE last month, RECALIBRATE now. Last month's published run said variance ITD −6,000.00
 *   (the export then showed 6,000 less spent); today's inputs say 0: restated.</li>
 * </ul>
 */
class MonthOverMonthTest {

    private static final YearMonth P = YearMonth.of(2026, 10);
    private static final YearMonth SEP = YearMonth.of(2026, 9);

    @TempDir
    Path dir;

    private PortfolioInputs inputs;

    @BeforeEach
    void writeInputs() throws Exception {
        StringBuilder spend = new StringBuilder("initiative_id,period,cost_category,budget,actual,currency\n");
        StringBuilder kpi = new StringBuilder("initiative_id,period,kpi,actual\n");
        for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(P); m = m.plusMonths(1)) {
            for (String id : List.of("AI-001", "AI-002", "AI-003", "AI-004")) {
                spend.append(id).append(',').append(m).append(",STAFF,10000,10000,USD\n");
                String mttr = id.equals("AI-003") && m.isBefore(P) ? "55" : "80";
                kpi.append(id).append(',').append(m).append(",MTTR,").append(mttr).append('\n');
            }
        }
        new InputFolder(dir)
                .write("initiatives.csv", InputFolder.REGISTER_HEADER + "\n"
                        + "AI-001,Stalled bot,IT Ops,Ann,,Automated incident response,PILOT,2025-10-01,2027-06-30,400000,USD,6\n"
                        + "AI-002,Young bot,IT Ops,Bob,,Automated incident response,PILOT,2025-10-01,2027-06-30,400000,USD,14\n"
                        + "AI-003,Slipping bot,IT Ops,Cy,,Automated incident response,PILOT,2025-10-01,2027-06-30,400000,USD,6\n"
                        + "AI-004,Euro bot,IT Ops,Di,,Automated incident response,PILOT,2025-10-01,2027-06-30,400000,EUR,6\n")
                .write("kpi_targets.csv", "initiative_id,kpi,unit,direction,baseline,target,value_per_unit,weight\n"
                        + "AI-001,MTTR,minutes,LOWER_IS_BETTER,100,50,1000,1\n"
                        + "AI-002,MTTR,minutes,LOWER_IS_BETTER,100,50,1000,1\n"
                        + "AI-003,MTTR,minutes,LOWER_IS_BETTER,100,50,1000,1\n"
                        + "AI-004,MTTR,minutes,LOWER_IS_BETTER,100,50,1000,1\n")
                // EUR rates from 2026-07 only: AI-004's register amounts convert in those months alone
                .write("fx_rates.csv", "period,currency,rate\n2026-07,EUR,1.10\n2026-08,EUR,1.20\n"
                        + "2026-09,EUR,1.25\n2026-10,EUR,1.00\n")
                .write("spend/spend.csv", spend.toString())
                .write("kpi/kpi.csv", kpi.toString());
        inputs = new PortfolioIngest("USD", 1.0, P.plusMonths(1), IngestListener.NONE).read(dir, P);
    }

    private PortfolioReview review(Map<YearMonth, Map<String, PastOutcome>> published) {
        return new PortfolioReviewer(new AnalysisSettings(1, 24, 0.10), RuleThresholds.DEFAULTS).review(inputs, published);
    }

    private static InitiativeReview of(PortfolioReview review, String id) {
        return review.reviews().stream().filter(r -> r.initiative().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anInitiativeRecalibratedFourMonthsWithoutClosingItsGapIsStalled() {
        InitiativeReview stalled = of(review(Map.of()), "AI-001");

        assertThat(stalled.decision()).isEqualTo(CANCEL);
        assertThat(stalled.findings()).extracting(Finding::toString).containsExactly(
                "STALLED: recalibrated 4 months running (2026-07..2026-10); attainment gap -0.60 then, -0.60 now",
                "BEHIND_CURVE: attainment 40% vs 100% expected at month 13 of 6");
        // 2025-10..2025-12 on the ramp (gaps +0.23, +0.07, −0.10), behind it from 2026-01, stalled from 2026-04
        assertThat(stalled.history().periods()).extracting(PeriodDecision::decision).containsExactly(
                CONTINUE, CONTINUE, CONTINUE, RECALIBRATE, RECALIBRATE, RECALIBRATE, CANCEL, CANCEL, CANCEL, CANCEL,
                CANCEL, CANCEL);
        assertThat(stalled.history().periods()).extracting(PeriodDecision::period)
                .startsWith(YearMonth.of(2025, 10)).endsWith(SEP);
        assertThat(stalled.history().periods()).noneMatch(PeriodDecision::published);
        // cancelled last month already: not a change
        assertThat(DecisionsToActOn.changed(stalled)).isFalse();
    }

    @Test
    void aYoungInitiativeIsRecalibratedButNeverStalled() {
        InitiativeReview young = of(review(Map.of()), "AI-002");

        assertThat(young.decision()).isEqualTo(RECALIBRATE);
        assertThat(young.findings()).extracting(Finding::code).containsExactly(FindingCode.BEHIND_CURVE);
        // behind the ramp from age 8 (2026-05): 0.40 − 8/14 = −0.17
        assertThat(young.history().periods()).extracting(PeriodDecision::decision).containsExactly(
                CONTINUE, CONTINUE, CONTINUE, CONTINUE, CONTINUE, CONTINUE, CONTINUE, RECALIBRATE, RECALIBRATE,
                RECALIBRATE, RECALIBRATE, RECALIBRATE);
    }

    /**
     * A month before P converts the register at its own rate: AI-004's approved budget is EUR
     * 400,000, so USD 480,000 in 2026-08 (rate 1.20) and 400,000 at P (1.00); its value per unit
     * EUR 1,000 a minute is USD 1,200 then. A month without a rate cannot be recomputed: n/a,
     * and STALLED cannot hold across it (AI-004 is recalibrated like AI-001, but only 2026-07..10
     * can be judged: RECALIBRATE in 2026-07..09 and stalled at P, its run starting at 2026-07).
     */
    @Test
    void aMonthIsRecomputedAtItsOwnRateAndIsNotApplicableWithoutOne() {
        PortfolioInputs euro = inputs;
        InitiativeReview review = of(review(Map.of()), "AI-004");
        RegisterAtMonth register = new RegisterAtMonth(euro);
        YearMonth aug = YearMonth.of(2026, 8);
        var initiative = review.initiative();

        assertThat(register.initiative(initiative, aug).approvedBudget()).isEqualByComparingTo("480000");
        assertThat(register.initiative(initiative, P).approvedBudget()).isEqualByComparingTo("400000");
        assertThat(register.targets(initiative, euro.targets().get("AI-004"), aug).get(0).valuePerUnit())
                .isEqualByComparingTo("1200");
        assertThat(register.initiative(initiative, YearMonth.of(2026, 6))).isNull();

        // 2025-10..2026-06: n/a; 2026-07..09: behind the curve (gap −0.60), recalibrated
        assertThat(review.history().periods()).extracting(PeriodDecision::decision).containsExactly(
                null, null, null, null, null, null, null, null, null, RECALIBRATE, RECALIBRATE, RECALIBRATE);
        assertThat(review.decision()).isEqualTo(CANCEL);
        assertThat(review.findings().get(0).toString()).startsWith("STALLED: recalibrated 4 months running (2026-07..2026-10)");
    }

    @Test
    void aDecisionChangeShowsWhatAppearedClearedAndMoved() {
        DecisionChange change = DecisionChange.of(of(review(Map.of()), "AI-003"));

        assertThat(change.lastMonth().decision()).isEqualTo(CONTINUE);
        assertThat(change.lastMonth().published()).isFalse();
        assertThat(change.review().decision()).isEqualTo(RECALIBRATE);
        assertThat(change.appeared()).containsExactly(FindingCode.BEHIND_CURVE);
        assertThat(change.cleared()).containsExactly(FindingCode.ON_TRACK);
        // attainment 0.40 now, 0.90 last month
        assertThat(change.attainmentChange()).isCloseTo(-0.50, within(1e-9));
        // nothing overspent either month; EAC: 130,000 + 10,000 × 8 now, 120,000 + 10,000 × 9 then: both 210,000
        assertThat(change.varianceItdChange()).isEqualByComparingTo("0");
        assertThat(change.eacChange()).isEqualByComparingTo("0");
    }

    @Test
    void lastMonthAsPublishedIsComparedWithTodaysRecomputationAndRestatedWhenItMoved() {
        PastOutcome published = new PastOutcome(SEP, CONTINUE, List.of(FindingCode.ON_TRACK), 0.90,
                new BigDecimal("-6000.00"), new BigDecimal("204000.00"), new BigDecimal("540000.00"),
                new BigDecimal("30000.00"), true, true);
        PortfolioReview review = review(Map.of(SEP, Map.of("AI-003", published),
                YearMonth.of(2026, 8), Map.of("AI-001", PastOutcome.decisionOnly(YearMonth.of(2026, 8), RECALIBRATE))));

        InitiativeReview slipping = of(review, "AI-003");
        assertThat(slipping.history().lastMonth()).isSameAs(published);
        Restatement restated = slipping.history().restatement();
        // variance ITD −6,000.00 published, 0 now; benefit ITD 12 × 45,000 = 540,000 and attainment 0.90 as published
        assertThat(restated.changed()).containsExactly("variance_itd");
        assertThat(restated.recomputed().varianceItd()).isEqualByComparingTo("0");
        assertThat(restated.recomputed().benefitItd()).isEqualByComparingTo("540000");
        // worst first: AI-004 stalls this month (RECALIBRATE → CANCEL), AI-003 slipped and is restated
        assertThat(DecisionChange.changedOrRestated(review.reviews())).extracting(c -> c.review().initiative().id())
                .containsExactly("AI-004", "AI-003");

        // a published month replaces the recomputed one in the history, marked published
        InitiativeReview stalled = of(review, "AI-001");
        assertThat(stalled.history().periods().get(10)).isEqualTo(
                new PeriodDecision(YearMonth.of(2026, 8), RECALIBRATE, true));
        assertThat(stalled.history().restatement()).isNull();
    }
}
