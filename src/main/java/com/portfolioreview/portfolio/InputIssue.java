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
}
