package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.portfolio.InputIssue;

import java.util.List;

/**
 * The Data Quality sheet (SPEC §3.1.5): the §2.4 components and score per initiative, then,
 * after one empty row, every rejected row and warning in reading order. A Kind column
 * ({@code Rejected} / {@code Warning}) before the SPEC's {@code File, Line, Initiative ID,
 * Reason, Raw} says which is which; a whole-file issue (line 0) has an empty Line.
 */
final class DataQualitySheet {

    static final String NAME = "Data Quality";
    static final List<String> HEADER = List.of("Initiative ID", "Name", "KPI Completeness", "Spend Completeness",
            "Fresh", "Rejected Rows", "Data Quality Score");
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
        t.skipRow();
        t.sectionHeader(ISSUE_HEADER);
        for (InputIssue issue : issues) {
            t.nextRow();
            t.text(0, issue.isRejected() ? "Rejected" : "Warning");
            t.text(1, issue.file());
            t.identifier(2, issue.line() > 0 ? issue.line() : null);
            t.text(3, issue.initiativeId());
            t.text(4, issue.reason());
            t.text(5, issue.raw());
        }
        t.finish(1, false);
    }
}
