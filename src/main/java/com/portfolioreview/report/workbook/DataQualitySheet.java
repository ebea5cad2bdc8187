package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.IssueSummary;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.util.List;

/**
 * The Data Quality sheet (SPEC §3.1.6): the §2.4 components and score per initiative; below it
 * one line per (kind, file, reason) with its count ({@link InputIssue#reasonKind()}); then the
 * rejected rows and the warnings, each in reading order and at most {@value #LISTED} of each,
 * with a line that says how many more there are and which CSV output holds them all. A Kind
 * column ({@code Rejected} / {@code Warning}) before the SPEC's {@code File, Line, Initiative ID,
 * Reason, Raw} says which is which; a whole-file issue (line 0) has an empty Line.
 */
final class DataQualitySheet {

    static final String NAME = "Data Quality";
    /** Rejected rows, and warnings, listed at most. */
    static final int LISTED = IssueSummary.LISTED;
    static final List<String> HEADER = List.of("Initiative ID", "Name", "KPI Completeness", "Spend Completeness",
            "Fresh", "Rejected Rows", "Data Quality Score");
    static final List<String> COUNT_HEADER = List.of("Kind", "File", "Reason", "Count");
    static final List<String> ISSUE_HEADER = List.of("Kind", "File", "Line", "Initiative ID", "Reason", "Raw");
    static final List<String> CLOUD_HEADER = List.of("Cloud Period", "Provider", "Service Category", "Unallocated Cost");

    private DataQualitySheet() {
    }

    /** @param cloud the cloud bills' unallocated cost, shown in the portfolio's workbook; null in a business unit's */
    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            IssueSummary issues, CloudCosts cloud, int maxRows) {
        StreamedTable t = new StreamedTable(workbook, NAME, HEADER, maxRows, styles);
        for (InitiativeReview review : reviews) {
            InitiativeFigures f = review.figures();
            t.nextRow();
            t.text(0, review.initiative().id());
            t.text(1, review.initiative().name());
            t.percent(2, f.kpiCompleteness());
            t.percent(3, f.spendCompleteness());
            t.integer(4, (long) f.fresh());
            t.integer(5, (long) f.rejectedRows());
            t.integer(6, (long) f.dqScore());
        }
        if (cloud != null && !cloud.isEmpty()) {
            cloud(t, cloud);
        }
        if (!issues.isEmpty()) {
            t.skipRow();
            t.sectionHeader(COUNT_HEADER);
            issues.counts().forEach((key, count) -> {
                t.nextRow();
                t.text(0, kindOf(key.kind()));
                t.text(1, key.file());
                t.text(2, key.reasonKind());
                t.integer(3, count);
            });
            t.skipRow();
            t.sectionHeader(ISSUE_HEADER);
            list(t, issues, InputIssue.Kind.REJECTED, "rejected rows", "rejects.csv");
            list(t, issues, InputIssue.Kind.WARNING, "warnings", "warnings.csv");
        }
        t.finish(1, false);
    }

    /**
     * SPEC §1.4: the share of the cloud bills allocated to initiatives, then the cost no rule
     * allocated per period, provider and service category (not an error: most of a company's
     * cloud bill is not an AI initiative's).
     */
    private static void cloud(StreamedTable t, CloudCosts cloud) {
        t.skipRow();
        t.nextRow();
        t.text(0, "Cloud bills: allocated to initiatives");
        t.money(1, cloud.allocated());
        t.text(2, "of");
        t.money(3, cloud.allocated().add(cloud.unallocated()));
        t.percent(4, cloud.allocatedShare().orElse(null));
        t.skipRow();
        t.sectionHeader(CLOUD_HEADER);
        for (CloudCosts.Unallocated u : cloud.unallocatedBy()) {
            t.nextRow();
            t.text(0, CellValues.period(u.period()));
            t.text(1, u.provider());
            t.text(2, u.serviceCategory());
            t.money(3, u.amount());
        }
        if (cloud.unallocatedBy().isEmpty()) {
            t.nextRow();
            t.text(0, "none: every cloud cost was allocated");
        }
    }

    private static void list(StreamedTable t, IssueSummary issues, InputIssue.Kind kind, String what, String csv) {
        List<InputIssue> listed = issues.listed(kind);
        for (InputIssue issue : listed) {
            t.nextRow();
            t.text(0, kindOf(issue.kind()));
            t.text(1, issue.file());
            t.identifier(2, issue.line() > 0 ? issue.line() : null);
            t.text(3, issue.initiativeId());
            t.text(4, issue.reason());
            t.text(5, issue.raw());
        }
        long more = issues.count(kind) - listed.size();
        if (more > 0) {
            t.nextRow();
            t.text(0, String.format("… and %,d more %s: %s lists them all", more, what, csv));
        }
    }

    private static String kindOf(InputIssue.Kind kind) {
        return kind == InputIssue.Kind.REJECTED ? "Rejected" : "Warning";
    }
}
