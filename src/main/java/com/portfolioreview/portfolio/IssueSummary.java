package com.portfolioreview.portfolio;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a workbook shows of a list of issues (SPEC §3.1): how many of each kind, one count per
 * (kind, file, reason kind) in the order each first appears, and the first {@value #LISTED}
 * rejected rows and the first {@value #LISTED} warnings in reading order. Its size is bounded
 * whatever the number of issues summed up.
 */
public final class IssueSummary implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Rejected rows, and warnings, listed at most. */
    public static final int LISTED = 1_000;

    /** One line of the counts: {@code Rejected} or {@code Warning}, the file, the reason without its values. */
    public record CountKey(InputIssue.Kind kind, String file, String reasonKind) implements Serializable {
    }

    private final Map<CountKey, Long> counts = new LinkedHashMap<>();
    private final List<InputIssue> listedRejected = new ArrayList<>();
    private final List<InputIssue> listedWarnings = new ArrayList<>();
    private long rejected;
    private long warnings;

    /** The summary of {@code issues}, in their order. */
    public static IssueSummary of(Iterable<InputIssue> issues) {
        IssueSummary s = new IssueSummary();
        issues.forEach(s::add);
        return s;
    }

    public void add(InputIssue issue) {
        add(issue, issue.reasonKind());
    }

    /** @param reasonKind {@code issue.reasonKind()}, when the caller already has it */
    public void add(InputIssue issue, String reasonKind) {
        counts.merge(new CountKey(issue.kind(), issue.file(), reasonKind), 1L, Long::sum);
        if (issue.isRejected()) {
            rejected++;
            if (listedRejected.size() < LISTED) {
                listedRejected.add(issue);
            }
        } else {
            warnings++;
            if (listedWarnings.size() < LISTED) {
                listedWarnings.add(issue);
            }
        }
    }

    /** Adds the summary of issues read after this one's. */
    public void addAll(IssueSummary later) {
        later.counts.forEach((key, n) -> counts.merge(key, n, Long::sum));
        rejected += later.rejected;
        warnings += later.warnings;
        append(listedRejected, later.listedRejected);
        append(listedWarnings, later.listedWarnings);
    }

    private static void append(List<InputIssue> listed, List<InputIssue> later) {
        for (int i = 0; i < later.size() && listed.size() < LISTED; i++) {
            listed.add(later.get(i));
        }
    }

    public Map<CountKey, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The first {@value #LISTED} issues of {@code kind}, in reading order. */
    public List<InputIssue> listed(InputIssue.Kind kind) {
        return Collections.unmodifiableList(kind == InputIssue.Kind.REJECTED ? listedRejected : listedWarnings);
    }

    public long count(InputIssue.Kind kind) {
        return kind == InputIssue.Kind.REJECTED ? rejected : warnings;
    }

    public long rejected() {
        return rejected;
    }

    public long warnings() {
        return warnings;
    }

    public boolean isEmpty() {
        return rejected + warnings == 0;
    }
}
