package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.portfolio.InputIssue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    static final int LISTED = 1_000;
    static final List<String> HEADER = List.of("Initiative ID", "Name", "KPI Completeness", "Spend Completeness",
            "Fresh", "Rejected Rows", "Data Quality Score");
    static final List<String> COUNT_HEADER = List.of("Kind", "File", "Reason", "Count");
    static final List<String> ISSUE_HEADER = List.of("Kind", "File", "Line", "Initiative ID", "Reason", "Raw");

    private DataQualitySheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            List<InputIssue> issues, int maxRows) {
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
        if (!issues.isEmpty()) {
            t.skipRow();
            t.sectionHeader(COUNT_HEADER);
            counts(issues).forEach((key, count) -> {
                t.nextRow();
                t.text(0, key.kind());
                t.text(1, key.file());
                t.text(2, key.reason());
                t.integer(3, count);
            });
            t.skipRow();
            t.sectionHeader(ISSUE_HEADER);
            list(t, issues, InputIssue.Kind.REJECTED, "rejected rows", "rejects.csv");
            list(t, issues, InputIssue.Kind.WARNING, "warnings", "warnings.csv");
        }
        t.finish(1, false);
    }

    private record CountKey(String kind, String file, String reason) {
    }

    /** (kind, file, reason kind) → issues, in the order each first appears. */
    private static Map<CountKey, Long> counts(List<InputIssue> issues) {
        Map<CountKey, Long> counts = new LinkedHashMap<>();
        for (InputIssue issue : issues) {
            counts.merge(new CountKey(kindOf(issue), issue.file(), issue.reasonKind()), 1L, Long::sum);
        }
        return counts;
    }

    private static void list(StreamedTable t, List<InputIssue> issues, InputIssue.Kind kind, String what, String csv) {
        long listed = 0;
        long all = 0;
        for (InputIssue issue : issues) {
            if (issue.kind() != kind) {
                continue;
            }
            all++;
            if (listed == LISTED) {
                continue;
            }
            listed++;
            t.nextRow();
            t.text(0, kindOf(issue));
            t.text(1, issue.file());
            t.identifier(2, issue.line() > 0 ? issue.line() : null);
            t.text(3, issue.initiativeId());
            t.text(4, issue.reason());
            t.text(5, issue.raw());
        }
        if (all > listed) {
            t.nextRow();
            t.text(0, String.format("… and %,d more %s: %s lists them all", all - listed, what, csv));
        }
    }

    private static String kindOf(InputIssue issue) {
        return issue.isRejected() ? "Rejected" : "Warning";
    }
}
