package com.portfolioreview.portfolio;

import java.io.Serializable;

/**
 * A rejected input row or a data-quality warning, with where it came from.
 *
 * @param file         path of the input file relative to the input directory, e.g. {@code spend/spend-2026-10.csv}
 * @param line         1-based physical line number where the record starts (0 when the issue is about a whole file)
 * @param initiativeId the initiative the row names, or empty
 * @param reason       why, in words a finance user understands, naming the column
 * @param raw          the raw text of the record as read (empty for whole-file warnings)
 * @param countsAgainstLimit false for summary rows, which do not count towards the reject ratio
 */
public record InputIssue(
        Kind kind,
        String file,
        long line,
        String initiativeId,
        String reason,
        String raw,
        boolean countsAgainstLimit) implements Serializable {

    public enum Kind { REJECTED, WARNING }

    public static InputIssue rejected(String file, long line, String initiativeId, String reason, String raw) {
        return new InputIssue(Kind.REJECTED, file, line, initiativeId == null ? "" : initiativeId, reason, raw, true);
    }

    public static InputIssue warning(String file, long line, String initiativeId, String reason, String raw) {
        return new InputIssue(Kind.WARNING, file, line, initiativeId == null ? "" : initiativeId, reason, raw, false);
    }

    public boolean isRejected() {
        return kind == Kind.REJECTED;
    }

    private static final java.util.regex.Pattern QUOTED_VALUE =
            java.util.regex.Pattern.compile("(?<!column )'[^']*'");
    private static final java.util.regex.Pattern MONTH_OR_DATE =
            java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}(-\\d{2})?\\b");

    /**
     * The reason without the values it names, so that issues alike are counted together (SPEC
     * §3.1: one line per file and reason): cut before its first {@code ": "} or {@code " ("}, each
     * quoted value but a column's name shown as {@code '…'}, each month or date as {@code …}.
     * {@code bad amount in column 'actual': "12,3x"} → {@code bad amount in column 'actual'};
     * {@code kpi 'MTTR' of initiative 'AI-001' for 2026-10 restated: 95 (line 2) replaced by 91}
     * → {@code kpi '…' of initiative '…' for … restated}.
     */
    public String reasonKind() {
        String r = reason;
        int colon = r.indexOf(": ");
        int paren = r.indexOf(" (");
        int cut = colon < 0 ? paren : paren < 0 ? colon : Math.min(colon, paren);
        if (cut > 0) {
            r = r.substring(0, cut);
        }
        r = QUOTED_VALUE.matcher(r).replaceAll("'…'");
        return MONTH_OR_DATE.matcher(r).replaceAll("…");
    }
}
