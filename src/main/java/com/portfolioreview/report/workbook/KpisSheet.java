package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.KpiScore;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The KPIs sheet (SPEC §3.1.4): one row per measured value with period ≤ P, per initiative
 * (review order), KPI (targets-file order) and period (ascending), with the §2.3
 * improvement, attainment and benefit of that value.
 */
final class KpisSheet {

    static final String NAME = "KPIs";
    static final List<String> HEADER = List.of("Initiative ID", "KPI", "Unit", "Direction", "Baseline", "Target",
            "Period", "Actual", "Improvement", "Attainment", "Benefit");

    private KpisSheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
            Map<String, List<KpiTarget>> targets, KpiMeasurements measurements, YearMonth period, int maxRows) {
        StreamedTable t = new StreamedTable(workbook, NAME, HEADER, maxRows, styles);
        for (InitiativeReview review : reviews) {
            String id = review.initiative().id();
            Map<String, NavigableMap<YearMonth, BigDecimal>> measured = measurements.of(id);
            for (KpiTarget target : targets.getOrDefault(id, List.of())) {
                NavigableMap<YearMonth, BigDecimal> values = measured.get(target.key());
                if (values == null) {
                    continue;
                }
                for (Map.Entry<YearMonth, BigDecimal> value : values.headMap(period, true).entrySet()) {
                    KpiScore score = KpiScore.of(target, value.getValue());
                    t.nextRow();
                    t.label(0, id);
                    t.label(1, target.kpi());
                    t.label(2, target.unit());
                    t.label(3, target.direction().name());
                    t.decimal(4, target.baseline());
                    t.decimal(5, target.target());
                    t.label(6, CellValues.period(value.getKey()));
                    t.decimal(7, value.getValue());
                    t.decimal(8, score.improvement());
                    t.percent(9, score.attainment());
                    t.money(10, score.benefit());
                }
            }
        }
        t.finish(1, true);
    }
}
