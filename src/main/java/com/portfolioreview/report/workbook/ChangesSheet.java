package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.DecisionChange;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.decision.Restatement;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Changes sheet (SPEC §3.1.2): one row per initiative whose decision changed since last
 * month or whose last month was restated (SPEC §2.6), worst decision now first. Last month is
 * as published where a run of it is on record, else recomputed from today's inputs (the
 * Last Month column says which). A restatement gives last month as published and as today's
 * inputs now show it.
 */
final class ChangesSheet {

    static final String NAME = "Changes";
    static final List<String> HEADER = List.of("Initiative ID", "Name", "Business Unit", "Decision Last Month",
            "Last Month", "Decision Now", "Findings Appeared", "Findings Cleared", "Attainment Change",
            "Variance ITD Change", "EAC Change", "Recommended Funding Change", "Restated");
    static final String NONE = "No decision changed since last month and no month was restated.";

    private ChangesSheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews,
                      String currency) {
        StreamedTable t = new StreamedTable(workbook, NAME, HEADER, StreamedTable.EXCEL_MAX_ROWS, styles);
        List<DecisionChange> changes = DecisionChange.changedOrRestated(reviews);
        for (DecisionChange c : changes) {
            InitiativeReview r = c.review();
            PastOutcome last = c.lastMonth();
            t.nextRow();
            t.text(0, r.initiative().id());
            t.text(1, r.initiative().name());
            t.text(2, r.initiative().businessUnit());
            t.text(3, last.decision().name(), styles.decision(last.decision()));
            t.text(4, last.published() ? "published" : "recomputed");
            t.text(5, r.decision().name(), styles.decision(r.decision()));
            t.text(6, codes(c.appeared()));
            t.text(7, codes(c.cleared()));
            t.percent(8, c.attainmentChange());
            t.money(9, c.varianceItdChange());
            t.money(10, c.eacChange());
            t.money(11, c.fundingChange());
            t.wrappedText(12, c.restatement() == null ? "" : restated(c.restatement(), currency));
        }
        if (changes.isEmpty()) {
            t.nextRow();
            t.text(0, NONE);
        }
        t.finish(2, true);
        t.printLandscapeOnePageWide();
    }

    private static String codes(List<FindingCode> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * Last month's figure as published and as today's inputs give it, one line per figure that
     * moved: "2026-09 variance ITD: USD 20,000.00 published, USD 24,000.00 with today's inputs".
     */
    static String restated(Restatement r, String currency) {
        PastOutcome was = r.published();
        PastOutcome now = r.recomputed();
        List<String> lines = new ArrayList<>();
        for (String figure : r.changed()) {
            String[] values = switch (figure) {
                case "decision" -> new String[] {"decision", was.decision().name(), now.decision().name()};
                case "variance_itd" -> new String[] {"variance ITD", money(currency, was.varianceItd()),
                    money(currency, now.varianceItd())};
                case "benefit_itd" -> new String[] {"benefit ITD", money(currency, was.benefitItd()),
                    money(currency, now.benefitItd())};
                case "attainment" -> new String[] {"attainment", percent(was.attainment()), percent(now.attainment())};
                default -> new String[] {figure, "", ""};
            };
            lines.add(was.period() + " " + values[0] + ": " + values[1] + " published, " + values[2]
                    + " with today's inputs");
        }
        return String.join("\n", lines);
    }

    private static String money(String currency, BigDecimal amount) {
        return amount == null ? "empty" : currency + " " + String.format(java.util.Locale.ROOT, "%,.2f",
                CellValues.cents(amount));
    }

    private static String percent(Double ratio) {
        return ratio == null ? "empty" : String.format(java.util.Locale.ROOT, "%.1f%%", ratio * 100);
    }
}
