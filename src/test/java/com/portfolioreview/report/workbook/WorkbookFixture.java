package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.Finding;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.decision.FundingRecommendation;
import com.portfolioreview.decision.InitiativeHistory;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.decision.PeriodDecision;
import com.portfolioreview.decision.Restatement;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import com.portfolioreview.portfolio.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small portfolio for report period 2026-10, worked out by hand: two business units,
 * each decision once, a few spend and KPI rows (one of each in the future, which must not
 * show), a rejected row and a warning. The figures are consistent with each other, so the
 * expected cells below can be checked by eye.
 */
final class WorkbookFixture {

    static final YearMonth P = YearMonth.of(2026, 10);
    static final String HYPERLINK_NAME = "=HYPERLINK(\"http://x\",\"click\")";
    static final LocalDateTime RUN_DATE = LocalDateTime.of(2026, 11, 3, 6, 15);

    private WorkbookFixture() {
    }

    static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    static Initiative initiative(String id, String name, String unit, Stage stage, LocalDate start) {
        return new Initiative(id, name, unit, "Owner of " + id, id.toLowerCase() + "@example.com",
                "Automated incident response", stage, start, LocalDate.of(2027, 12, 31), m("500000"), "USD",
                m("500000"), 12);
    }

    /** Figures with the SPEC §2 relations between them (variance = actual − budget, ...). */
    static InitiativeFigures figures(String id, boolean notStarted, int age, String budgetMonth, String actualMonth,
            String budgetItd, String actualItd, String benefitMonth, String benefitItd, Double attainment,
            Double expected, int dqScore) {
        BigDecimal bm = m(budgetMonth);
        BigDecimal am = m(actualMonth);
        BigDecimal bi = m(budgetItd);
        BigDecimal ai = m(actualItd);
        BigDecimal ben = benefitItd == null ? null : m(benefitItd);
        return new InitiativeFigures(id, P, notStarted, age, 12, age >= 12,
                bm, am, am.subtract(bm), bm.signum() == 0 ? null : am.subtract(bm).doubleValue() / bm.doubleValue(),
                bi, ai, ai.subtract(bi),          // YTD = ITD in this fixture (all spend in 2026)
                bi, ai, ai.subtract(bi), bi.signum() == 0 ? null : ai.subtract(bi).doubleValue() / bi.doubleValue(),
                m("500000"), m("10000"), 14, m("220000"), m("280000"), 0.56, m("230000"), m("20714.29"),
                benefitMonth == null ? null : m(benefitMonth), ben, ben == null ? null : m("20000"),
                attainment, expected,
                attainment == null || expected == null ? null : attainment - expected,
                ben == null || ai.signum() == 0 ? null : ben.subtract(ai).doubleValue() / ai.doubleValue(),
                ben == null ? null : m("10000"), ben == null ? null : m("120000"), ben == null ? null : m("228000.12"),
                ben == null ? null : "2026-07",
                0.5, 1.0, attainment == null ? 0 : 1, 0, dqScore);
    }

    static PortfolioReview review() {
        List<InitiativeReview> reviews = new ArrayList<>();
        // CANCEL, Operations: name is a formula injection attempt; attainment empty → gap "".
        reviews.add(new InitiativeReview(
                initiative("A-CAN", HYPERLINK_NAME, "Operations", Stage.PILOT, LocalDate.of(2025, 9, 1)),
                figures("A-CAN", false, 14, "5000", "9000", "50000", "90000", "0", "1000", null, 1.0, 40),
                List.of(new Finding(FindingCode.MISSED_TARGET, "attainment 10% vs 50% at maturity"),
                        new Finding(FindingCode.DATA_GAP, "data quality 40 < 60")),
                Decision.CANCEL,
                new FundingRecommendation(m("15000"), true, m("0"), m("15000"), m("0")),
                // published RECALIBRATE last month: a decision change
                new InitiativeHistory(new PastOutcome(AUG.plusMonths(1), Decision.RECALIBRATE,
                        List.of(FindingCode.DATA_GAP, FindingCode.BEHIND_CURVE), 0.25, m("38000"), m("95000"),
                        m("1000"), m("11250"), true, true),
                        List.of(new PeriodDecision(AUG, Decision.CONTINUE, true),
                                new PeriodDecision(AUG.plusMonths(1), Decision.RECALIBRATE, true)), null)));
        // RECALIBRATE, Operations: budget of the month 0 → Variance % (month) "".
        reviews.add(new InitiativeReview(
                initiative("B-REC", "Capacity planner", "Operations", Stage.POC, LocalDate.of(2026, 3, 1)),
                figures("B-REC", false, 8, "0", "1500.25", "40000", "46000", "1000", "3000", 0.2, 0.6667, 70),
                List.of(new Finding(FindingCode.OVERSPEND, "variance ITD 15% > 10%")),
                Decision.RECALIBRATE,
                new FundingRecommendation(m("20000"), true, m("11250"), m("8750"), m("0")),
                // no run on record: last month recomputed, CONTINUE then
                new InitiativeHistory(new PastOutcome(AUG.plusMonths(1), Decision.CONTINUE,
                        List.of(FindingCode.ON_TRACK), 0.55, m("2000"), m("41000"), m("2500"), m("20000"), false, true),
                        List.of(new PeriodDecision(AUG, Decision.CONTINUE, false),
                                new PeriodDecision(AUG.plusMonths(1), Decision.CONTINUE, false)), null)));
        // CONTINUE, Infrastructure: the row checked cell by cell.
        reviews.add(new InitiativeReview(
                initiative("C-CON", "Predictive maintenance", "Infrastructure", Stage.PRODUCTION, LocalDate.of(2025, 11, 1)),
                figures("C-CON", false, 12, "10000", "12500.50", "100000", "80000", "24000", "120000", 0.8, 0.75, 95),
                List.of(new Finding(FindingCode.ON_TRACK, "attainment 80% vs 75% expected")),
                Decision.CONTINUE,
                new FundingRecommendation(m("30000"), true, m("30000"), m("0"), m("8750")),
                // CONTINUE both months, but a corrected export moved last month's variance ITD: restated
                restated()));
        // NOT_STARTED, Infrastructure: nothing spent → ROI ITD "".
        reviews.add(new InitiativeReview(
                initiative("D-NS", "Log anomaly detection", "Infrastructure", Stage.POC, LocalDate.of(2027, 1, 1)),
                figures("D-NS", true, 0, "0", "0", "0", "0", null, null, null, null, 0),
                List.of(), Decision.NOT_STARTED,
                new FundingRecommendation(m("6000"), true, m("6000"), m("0"), m("0"))));
        return new PortfolioReview(P, "USD", reviews, m("23750"), m("8750"), m("15000"));
    }

    static PortfolioInputs inputs(PortfolioReview review) {
        SpendLedger spend = new SpendLedger();
        spend.add("A-CAN", YearMonth.of(2026, 9), "COMPUTE", new SpendAmount(m("5000"), m("4000")));
        spend.add("A-CAN", P, "COMPUTE", new SpendAmount(m("5000"), m("9000")));
        spend.add("B-REC", P, "STAFF", new SpendAmount(m("0"), m("1500.25")));
        spend.add("C-CON", P, "LICENSES", new SpendAmount(m("4000"), m("4500.50")));
        spend.add("C-CON", P, "VENDOR", new SpendAmount(m("6000"), m("8000")));
        spend.add("C-CON", YearMonth.of(2026, 11), "VENDOR", new SpendAmount(m("30000"), m("0"))); // future: hidden
        KpiMeasurements kpis = new KpiMeasurements();
        kpis.put("C-CON", "mttr", YearMonth.of(2026, 9), m("90"));
        kpis.put("C-CON", "mttr", P, m("72"));
        kpis.put("C-CON", "mttr", YearMonth.of(2026, 11), m("50")); // future: hidden
        kpis.put("B-REC", "forecast accuracy", P, m("0.82"));
        Map<String, List<KpiTarget>> targets = new TreeMap<>();
        targets.put("C-CON", List.of(new KpiTarget("C-CON", "MTTR", "minutes", Direction.LOWER_IS_BETTER,
                m("120"), m("60"), m("500"), m("1"))));
        targets.put("B-REC", List.of(new KpiTarget("B-REC", "Forecast accuracy", "", Direction.HIGHER_IS_BETTER,
                m("0.70"), m("0.90"), m("100000"), m("1"))));
        List<Initiative> initiatives = review.reviews().stream().map(InitiativeReview::initiative).toList();
        List<InputIssue> issues = List.of(
                InputIssue.rejected("spend/spend-2026-10.csv", 7, "B-REC", "bad value in column actual: 'abc'",
                        "B-REC,2026-10,STAFF,0,abc,USD"),
                InputIssue.warning("kpi/kpi-2026-10.csv", 0, "", "file is not valid UTF-8, read as windows-1252", ""),
                InputIssue.rejected("kpi/kpi-2026-10.csv", 4, "C-CON", "undefined KPI 'uptime'",
                        "=cmd|' /C calc'!A0,2026-10,uptime,99"));
        List<InputFile> files = List.of(
                new InputFile("initiatives.csv", 4, 0, "a".repeat(64), "UTF-8", false),
                new InputFile("spend/spend-2026-10.csv", 7, 1, "b".repeat(64), "UTF-8", false));
        return new PortfolioInputs(P, "USD", initiatives, targets, spend, kpis,
                List.of(new FxRate(P, "EUR", m("1.0825"))), InputIssues.of(issues), files);
    }

    static final YearMonth AUG = YearMonth.of(2026, 8);

    /** C-CON: last month published with variance ITD 20,000.00; today's inputs give 24,000.00 for it. */
    static InitiativeHistory restated() {
        PastOutcome published = new PastOutcome(AUG.plusMonths(1), Decision.CONTINUE, List.of(FindingCode.ON_TRACK),
                0.78, m("20000"), m("118000"), m("110000"), m("30000"), true, true);
        PastOutcome recomputed = new PastOutcome(AUG.plusMonths(1), Decision.CONTINUE, List.of(FindingCode.ON_TRACK),
                0.78, m("24000"), m("119000"), m("110000"), m("30000"), false, true);
        return new InitiativeHistory(published,
                List.of(new PeriodDecision(AUG, Decision.CONTINUE, false),
                        new PeriodDecision(AUG.plusMonths(1), Decision.CONTINUE, true)),
                Restatement.of(published, recomputed));
    }

    static RunContext run() {
        TreeMap<String, String> config = new TreeMap<>();
        config.put("review.reporting-currency", "USD");
        config.put("review.rules.cancel.max-attainment", "0.50");
        config.put("review.npv.discount-rate", "0.10");
        return new RunContext("1.0.0", 42L, RUN_DATE, "f".repeat(64), config);
    }
}
