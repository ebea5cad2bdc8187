package com.portfolioreview.delivery;

import com.portfolioreview.delivery.PublishedReview.Initiative;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The subject and the two bodies of each message (SPEC §5), readable in a mail client without
 * the attachment: the decisions, the totals, the decisions to act on with their first finding,
 * and the changes since last month. The HTML body says the same as the plain one.
 */
final class MessageWriter {

    static final String CORRECTED = " (corrected)";
    /** Lines of "decisions to act on" a message lists before "and N more". */
    static final int LISTED = 20;

    private MessageWriter() {
    }

    /** "Portfolio Review 2026-10 — Service Desk: 1 CANCEL, 2 RECALIBRATE, 5 CONTINUE". */
    static String subject(PublishedReview review, String businessUnit, boolean corrected) {
        return "Portfolio Review " + review.period() + " — " + (businessUnit == null ? "Portfolio" : businessUnit) + ": "
                + PublishedReview.counts(review.of(businessUnit)) + (corrected ? CORRECTED : "");
    }

    static String noticeSubject(PublishedReview review, Initiative i, boolean corrected) {
        return "Portfolio Review " + review.period() + " — " + i.id() + " " + i.name() + ": " + i.decision()
                + (corrected ? CORRECTED : "");
    }

    /** The plain-text body of a workbook's message. */
    static String text(PublishedReview review, String businessUnit, Path workbook, boolean attached) {
        List<Initiative> scope = review.of(businessUnit);
        StringBuilder b = new StringBuilder();
        b.append("Portfolio Review ").append(review.period()).append(" — ")
                .append(businessUnit == null ? "the whole portfolio" : businessUnit).append("\n\n");
        b.append("Decisions: ").append(PublishedReview.counts(scope)).append('\n');
        b.append("Budget ITD ").append(money(review, budget(scope))).append(", actual ITD ")
                .append(money(review, actual(scope))).append(", variance ITD ")
                .append(money(review, actual(scope) - budget(scope))).append("\n\n");
        List<Initiative> act = toActOn(scope);
        b.append("Decisions to act on (").append(act.size()).append("):\n");
        act.stream().limit(LISTED).forEach(i -> b.append("- ").append(i.id()).append(' ').append(i.name()).append(": ")
                .append(i.decision()).append(i.changed() ? " (was " + i.decisionLastMonth() + ")" : "").append(" — ")
                .append(i.findings().isEmpty() ? "" : i.findings().get(0)).append('\n'));
        if (act.size() > LISTED) {
            b.append("  and ").append(act.size() - LISTED).append(" more on the Changes sheet\n");
        }
        if (act.isEmpty()) {
            b.append("- none\n");
        }
        List<Initiative> changed = scope.stream().filter(Initiative::changed).toList();
        b.append("\nChanges since last month (").append(changed.size()).append("):\n");
        changed.forEach(i -> b.append("- ").append(i.id()).append(' ').append(i.name()).append(": ")
                .append(i.decisionLastMonth()).append(" -> ").append(i.decision()).append('\n'));
        if (changed.isEmpty()) {
            b.append("- no decision changed\n");
        }
        b.append('\n').append(attached ? "The workbook " + workbook.getFileName() + " is attached."
                : "The workbook is too large to attach; it is at " + workbook + ".").append('\n');
        return b.toString();
    }

    /** The HTML body: the same content as {@link #text}. */
    static String html(PublishedReview review, String businessUnit, Path workbook, boolean attached) {
        List<Initiative> scope = review.of(businessUnit);
        StringBuilder b = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\">");
        b.append("<h2>Portfolio Review ").append(review.period()).append(" &mdash; ")
                .append(esc(businessUnit == null ? "the whole portfolio" : businessUnit)).append("</h2>");
        b.append("<p><b>Decisions:</b> ").append(esc(PublishedReview.counts(scope))).append("<br>");
        b.append("Budget ITD ").append(esc(money(review, budget(scope)))).append(", actual ITD ")
                .append(esc(money(review, actual(scope)))).append(", variance ITD ")
                .append(esc(money(review, actual(scope) - budget(scope)))).append("</p>");
        List<Initiative> act = toActOn(scope);
        b.append("<h3>Decisions to act on (").append(act.size()).append(")</h3>");
        b.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Initiative</th><th>Decision</th>"
                + "<th>Last month</th><th>Why</th></tr>");
        act.stream().limit(LISTED).forEach(i -> b.append("<tr><td>").append(esc(i.id() + " " + i.name()))
                .append("</td><td style=\"background:").append(colour(i.decision())).append("\"><b>")
                .append(i.decision()).append("</b></td><td>").append(i.decisionLastMonth() == null ? ""
                        : esc(i.decisionLastMonth())).append("</td><td>")
                .append(esc(i.findings().isEmpty() ? "" : i.findings().get(0))).append("</td></tr>"));
        b.append("</table>");
        if (act.size() > LISTED) {
            b.append("<p>and ").append(act.size() - LISTED).append(" more on the Changes sheet</p>");
        }
        List<Initiative> changed = scope.stream().filter(Initiative::changed).toList();
        b.append("<h3>Changes since last month (").append(changed.size()).append(")</h3><ul>");
        changed.forEach(i -> b.append("<li>").append(esc(i.id() + " " + i.name())).append(": ")
                .append(esc(i.decisionLastMonth())).append(" &rarr; ").append(esc(i.decision())).append("</li>"));
        if (changed.isEmpty()) {
            b.append("<li>no decision changed</li>");
        }
        b.append("</ul><p>").append(esc(attached ? "The workbook " + workbook.getFileName() + " is attached."
                : "The workbook is too large to attach; it is at " + workbook + ".")).append("</p></body></html>");
        return b.toString();
    }

    /** An owner's notice: the initiative's decision and every finding. */
    static String noticeText(PublishedReview review, Initiative i) {
        StringBuilder b = new StringBuilder("Portfolio Review " + review.period() + ": " + i.id() + " " + i.name()
                + " is " + i.decision() + (i.changed() ? " (last month " + i.decisionLastMonth() + ")" : "") + ".\n\n");
        i.findings().forEach(f -> b.append("- ").append(f).append('\n'));
        return b.append("\nThe business unit's workbook has the figures behind it.\n").toString();
    }

    static String noticeHtml(PublishedReview review, Initiative i) {
        StringBuilder b = new StringBuilder("<html><body style=\"font-family:Arial,sans-serif\"><p>Portfolio Review "
                + review.period() + ": <b>" + esc(i.id() + " " + i.name()) + "</b> is <b>" + i.decision() + "</b>"
                + (i.changed() ? " (last month " + esc(i.decisionLastMonth()) + ")" : "") + ".</p><ul>");
        i.findings().forEach(f -> b.append("<li>").append(esc(f)).append("</li>"));
        return b.append("</ul><p>The business unit's workbook has the figures behind it.</p></body></html>").toString();
    }

    /** CANCEL first, then changed decisions, worst first, then id. */
    static List<Initiative> toActOn(List<Initiative> scope) {
        return scope.stream().filter(Initiative::toActOn)
                .sorted(Comparator.comparing((Initiative i) -> PublishedReview.DECISIONS.indexOf(i.decision()))
                        .thenComparing(i -> !i.changed()).thenComparing(Initiative::id))
                .toList();
    }

    private static double budget(List<Initiative> scope) {
        return scope.stream().mapToDouble(Initiative::budgetItd).sum();
    }

    private static double actual(List<Initiative> scope) {
        return scope.stream().mapToDouble(Initiative::actualItd).sum();
    }

    private static String money(PublishedReview review, double amount) {
        return review.currency() + " " + String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String colour(String decision) {
        return switch (decision) {
            case "CANCEL" -> "#FFC7CE";
            case "RECALIBRATE" -> "#FFEB9C";
            case "CONTINUE" -> "#C6EFCE";
            default -> "#D9D9D9";
        };
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
