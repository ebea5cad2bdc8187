package com.portfolioreview.report;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.Finding;
import com.portfolioreview.decision.FundingRecommendation;
import com.portfolioreview.decision.InitiativeHistory;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.decision.PeriodDecision;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.decision.PortfolioTotals;
import com.portfolioreview.decision.Restatement;
import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.report.workbook.RunContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run-summary.json} (SPEC §3): period, input fingerprint, counts, totals and, per
 * initiative, id, decision, finding codes, recommended funding and every SPEC §2 figure under
 * its SPEC name. Money is rounded to cents here (and only here); ratios to 6 decimals.
 */
public final class RunSummaryJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private RunSummaryJson() {
    }

    public static void write(Path file, PortfolioReview review, PortfolioInputs inputs, RunContext run) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.writeValue(out, document(review, inputs, run));
        }
    }

    static Map<String, Object> document(PortfolioReview review, PortfolioInputs inputs, RunContext run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("period", review.period().toString());
        doc.put("reporting_currency", review.reportingCurrency());
        doc.put("input_fingerprint", run.inputFingerprint());
        doc.put("job_execution_id", run.jobExecutionId());
        doc.put("program_version", run.programVersion());
        doc.put("run_date", run.runDate().withNano(0).toString());

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("input_files", inputs.files().size());
        counts.put("data_rows", inputs.files().stream().mapToLong(InputFile::dataRows).sum());
        counts.put("rejected_rows", inputs.issues().rejected());
        counts.put("warnings", inputs.issues().warnings());
        counts.put("initiatives", review.reviews().size());
        doc.put("counts", counts);
        doc.put("totals", totals(PortfolioTotals.of(review.reviews()), review));

        List<Map<String, Object>> files = new ArrayList<>();
        for (InputFile f : inputs.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("data_rows", f.dataRows());
            m.put("rejected_rows", f.rejected());
            m.put("sha256", f.sha256());
            m.put("encoding", f.encoding());
            m.put("skipped_as_duplicate", f.skippedAsDuplicate());
            files.add(m);
        }
        doc.put("input_files", files);
        doc.put("cloud", cloud(inputs.cloud()));

        List<Map<String, Object>> initiatives = new ArrayList<>();
        for (InitiativeReview r : review.reviews()) {
            initiatives.add(initiative(r));
        }
        doc.put("initiatives", initiatives);
        return doc;
    }

    /** SPEC §1.4: the cloud bills' totals, the allocated share, and the unallocated cost by period, provider and service. */
    private static Map<String, Object> cloud(CloudCosts cloud) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", cloud.files().size());
        m.put("rows", cloud.rows());
        m.put("allocated", money(cloud.allocated()));
        m.put("unallocated", money(cloud.unallocated()));
        m.put("allocated_share", ratio(cloud.allocatedShare().orElse(null)));
        List<Map<String, Object>> by = new ArrayList<>();
        for (CloudCosts.Unallocated u : cloud.unallocatedBy()) {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("period", u.period().toString());
            um.put("provider", u.provider());
            um.put("service_category", u.serviceCategory());
            um.put("amount", money(u.amount()));
            by.add(um);
        }
        m.put("unallocated_by", by);
        List<Map<String, Object>> files = new ArrayList<>();
        for (CloudCosts.File f : cloud.files()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("rows", f.rows());
            fm.put("allocated", money(f.allocated()));
            fm.put("unallocated", money(f.unallocated()));
            files.add(fm);
        }
        m.put("by_file", files);
        return m;
    }

    private static Map<String, Object> totals(PortfolioTotals t, PortfolioReview review) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget_month", money(t.budgetMonth()));
        m.put("actual_month", money(t.actualMonth()));
        m.put("variance_month", money(t.varianceMonth()));
        m.put("budget_ytd", money(t.budgetYtd()));
        m.put("actual_ytd", money(t.actualYtd()));
        m.put("variance_ytd", money(t.varianceYtd()));
        m.put("budget_itd", money(t.budgetItd()));
        m.put("actual_itd", money(t.actualItd()));
        m.put("variance_itd", money(t.varianceItd()));
        m.put("approved_budget", money(t.approvedBudget()));
        m.put("benefit_itd", money(t.benefitItd()));
        m.put("portfolio_roi", ratio(t.portfolioRoi()));
        Map<String, Object> decisions = new LinkedHashMap<>();
        t.countByDecision().forEach((d, n) -> {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("count", n);
            dm.put("recommended_funding", money(t.recommendedFundingOf(d)));
            decisions.put(d.name(), dm);
        });
        m.put("decisions", decisions);
        m.put("next_quarter_budget", money(t.nextQuarterBudget()));
        m.put("released_funding", money(review.releasedFunding()));
        m.put("reallocated_funding", money(review.reallocatedFunding()));
        m.put("unallocated_funding", money(review.unallocatedFunding()));
        return m;
    }

    private static Map<String, Object> initiative(InitiativeReview r) {
        InitiativeFigures f = r.figures();
        FundingRecommendation fr = r.funding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initiative_id", r.initiative().id());
        m.put("name", r.initiative().name());
        m.put("business_unit", r.initiative().businessUnit());
        m.put("owner_email", r.initiative().ownerEmail());
        m.put("stage", r.initiative().stage().name());
        m.put("decision", r.decision().name());
        m.put("finding_codes", r.findings().stream().map(x -> x.code().name()).toList());
        m.put("findings", r.findings().stream().map(Finding::toString).toList());
        m.put("recommended_funding", money(fr.recommendedFunding()));
        m.put("next_quarter_budget", money(fr.nextQuarterBudget()));
        m.put("next_quarter_budget_from_plan", fr.fromPlan());
        m.put("released_funding", money(fr.releasedFunding()));
        m.put("reallocated_funding", money(fr.reallocatedFunding()));

        m.put("not_started", f.notStarted());
        m.put("age_months", f.ageMonths());
        m.put("maturity_months", f.maturityMonths());
        m.put("mature", f.mature());
        m.put("budget_month", money(f.budgetMonth()));
        m.put("actual_month", money(f.actualMonth()));
        m.put("variance_month", money(f.varianceMonth()));
        m.put("variance_month_pct", ratio(f.varianceMonthPct()));
        m.put("budget_ytd", money(f.budgetYtd()));
        m.put("actual_ytd", money(f.actualYtd()));
        m.put("variance_ytd", money(f.varianceYtd()));
        m.put("budget_itd", money(f.budgetItd()));
        m.put("actual_itd", money(f.actualItd()));
        m.put("variance_itd", money(f.varianceItd()));
        m.put("variance_itd_pct", ratio(f.varianceItdPct()));
        m.put("approved_budget", money(f.approvedBudget()));
        m.put("burn_rate", money(f.burnRate()));
        m.put("months_remaining", f.monthsRemaining());
        m.put("eac", money(f.eac()));
        m.put("vac", money(f.vac()));
        m.put("vac_pct", ratio(f.vacPct()));
        m.put("eac_plan", money(f.eacPlan()));
        m.put("required_burn_rate", money(f.requiredBurnRate()));
        m.put("benefit_month", money(f.benefitMonth()));
        m.put("benefit_itd", money(f.benefitItd()));
        m.put("benefit_run_rate", money(f.benefitRunRate()));
        m.put("attainment", ratio(f.attainment()));
        m.put("expected_attainment", ratio(f.expectedAttainment()));
        m.put("attainment_gap", ratio(f.attainmentGap()));
        m.put("roi_itd", ratio(f.roiItd()));
        m.put("net_run_rate", money(f.netRunRate()));
        m.put("projected_net_12m", money(f.projectedNet12m()));
        m.put("npv", money(f.npv()));
        m.put("payback", f.payback());
        m.put("kpi_completeness", ratio(f.kpiCompleteness()));
        m.put("spend_completeness", ratio(f.spendCompleteness()));
        m.put("fresh", f.fresh());
        m.put("rejected_rows", f.rejectedRows());
        m.put("dq_score", f.dqScore());
        InitiativeHistory months = r.history();
        PastOutcome last = months.lastMonth();
        m.put("decision_last_month", last == null ? null : last.decision().name());
        m.put("decision_last_month_source", last == null ? null : source(last.published()));
        List<Map<String, Object>> history = new ArrayList<>();
        for (PeriodDecision d : months.periods()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("period", d.period().toString());
            h.put("decision", d.decision() == null ? "n/a" : d.decision().name());
            h.put("source", source(d.published()));
            history.add(h);
        }
        m.put("history", history);
        Restatement restated = months.restatement();
        if (restated != null) {
            Map<String, Object> rs = new LinkedHashMap<>();
            rs.put("changed", restated.changed());
            rs.put("published", outcome(restated.published()));
            rs.put("recomputed", outcome(restated.recomputed()));
            m.put("restatement", rs);
        }
        return m;
    }

    private static String source(boolean published) {
        return published ? "published" : "recomputed";
    }

    /** Last month's figures as a restatement shows them. */
    private static Map<String, Object> outcome(PastOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", o.decision().name());
        m.put("variance_itd", money(o.varianceItd()));
        m.put("benefit_itd", money(o.benefitItd()));
        m.put("attainment", ratio(o.attainment()));
        return m;
    }

    /** Money to cents, half up; null stays null (an empty figure). */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null
                : BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    }
}
