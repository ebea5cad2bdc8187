package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PeriodDecision;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The History sheet (SPEC §3.1.7): one row per initiative, one column per month of its history
 * (SPEC §2.6, 12 by default) and P last. A month's decision is the published one where a run
 * of that month is on record, else recomputed from today's inputs and shown in italic grey, as
 * the line under the table says.
 */
final class HistorySheet {

    static final String NAME = "History";
    static final String NOTE = "Italic grey: recomputed from today's inputs (no completed run of that month on record);"
            + " n/a: the month could not be recomputed.";

    private HistorySheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            YearMonth period) {
        List<YearMonth> periods = new ArrayList<>();
        for (InitiativeReview r : reviews) {
            for (PeriodDecision d : r.history().periods()) {
                if (!periods.contains(d.period())) {
                    periods.add(d.period());
                }
            }
        }
        periods.sort(null);
        periods.add(period);
        List<String> header = new ArrayList<>(List.of("Initiative ID", "Name"));
        periods.forEach(p -> header.add(CellValues.period(p)));
        StreamedTable t = new StreamedTable(workbook, NAME, header, StreamedTable.EXCEL_MAX_ROWS, styles);
        for (InitiativeReview review : reviews) {
            t.nextRow();
            t.text(0, review.initiative().id());
            t.text(1, review.initiative().name());
            for (PeriodDecision d : review.history().periods()) {
                int column = 2 + periods.indexOf(d.period());
                if (d.decision() == null) {
                    t.text(column, "n/a", styles.recomputed());
                } else {
                    t.text(column, d.decision().name(),
                            d.published() ? styles.decision(d.decision()) : styles.recomputed());
                }
            }
            Decision now = review.decision();
            t.text(1 + periods.size(), now.name(), styles.decision(now));
        }
        t.skipRow();
        t.nextRow();
        t.text(0, NOTE, styles.recomputed());
        t.finish(2, true);
    }
}
