package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The History sheet (SPEC §3.1.6): one row per initiative, one column per report period on
 * record (ascending), the last one P holding this run's decision. A period where the
 * initiative had no decision on record is an empty cell.
 */
final class HistorySheet {

    static final String NAME = "History";

    private HistorySheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            DecisionHistory history, YearMonth period) {
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth p : history.periods()) {
            if (p.isBefore(period) && !periods.contains(p)) {
                periods.add(p);
            }
        }
        periods.sort(null);
        periods.add(period);
        List<String> header = new ArrayList<>(List.of("Initiative ID", "Name"));
        periods.forEach(p -> header.add(CellValues.period(p)));
        StreamedTable t = new StreamedTable(workbook, NAME, header, StreamedTable.EXCEL_MAX_ROWS, styles);
        for (InitiativeReview review : reviews) {
            String id = review.initiative().id();
            Map<YearMonth, Decision> past = history.decisions().getOrDefault(id, Map.of());
            t.nextRow();
            t.text(0, id);
            t.text(1, review.initiative().name());
            for (int c = 0; c < periods.size(); c++) {
                YearMonth p = periods.get(c);
                Decision d = p.equals(period) ? review.decision() : past.get(p);
                if (d == null) {
                    t.blank(2 + c, styles.text());
                } else {
                    t.text(2 + c, d.name(), styles.decision(d));
                }
            }
        }
        t.finish(2, true);
    }
}
