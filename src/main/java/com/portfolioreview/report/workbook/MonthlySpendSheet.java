package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The Monthly Spend sheet (SPEC §3.1.3): one row per initiative (review order), period ≤ P
 * (ascending) and cost category (alphabetical). Variance is the formula Actual − Budget over
 * the row's cells, saved with its value.
 */
final class MonthlySpendSheet {

    static final String NAME = "Monthly Spend";
    static final List<String> HEADER = List.of("Initiative ID", "Period", "Cost Category", "Budget", "Actual", "Variance");

    private MonthlySpendSheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            SpendLedger ledger, YearMonth period, int maxRows) {
        StreamedTable t = new StreamedTable(workbook, NAME, HEADER, maxRows, styles);
        for (InitiativeReview review : reviews) {
            String id = review.initiative().id();
            for (Map.Entry<YearMonth, SortedMap<String, SpendAmount>> month : ledger.of(id).headMap(period, true).entrySet()) {
                String periodText = CellValues.period(month.getKey());
                for (Map.Entry<String, SpendAmount> line : month.getValue().entrySet()) {
                    SpendAmount amount = line.getValue();
                    t.nextRow();
                    int r = t.excelRow();
                    t.label(0, id);
                    t.label(1, periodText);
                    t.label(2, line.getKey());
                    t.money(3, amount.budget());
                    t.money(4, amount.actual());
                    BigDecimal variance = CellValues.cents(amount.actual()).subtract(CellValues.cents(amount.budget()));
                    t.formula(5, "E" + r + "-D" + r, variance.doubleValue(), styles.money());
                }
            }
        }
        t.finish(1, true);
    }
}
