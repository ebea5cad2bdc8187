package com.portfolioreview.portfolio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1.3 and §3.1: issues written to spool files as they are found come back in reading
 * order, whole (a raw record longer than 64 KB, any text), and what the workbook and the review
 * need of them is counted as they are added, with at most 1,000 of each kind kept in memory.
 */
class InputIssuesTest {

    @TempDir
    Path dir;

    @Test
    void spooledIssuesComeBackInReadingOrderWithTheirSummaryAndRejectedRowsPerInitiative() throws Exception {
        List<InputIssue> all = new ArrayList<>();
        InputIssues.Builder first = new InputIssues.Builder(dir);
        // 2,500 restatements, each on its own line, then a rejected row, a summary row and a whole-file warning
        for (int line = 2; line < 2_502; line++) {
            add(first, all, InputIssue.warning("kpi/k.csv", line, "AI-001",
                    "kpi 'MTTR' of initiative 'AI-001' for 2026-10 restated: " + line + " (line 1) replaced by 1",
                    "AI-001,2026-10,MTTR,1"));
        }
        String longRaw = "AI-002,2026-10,STAFF," + "9".repeat(70_000) + ",€,Zürich";
        add(first, all, InputIssue.rejected("spend/s.csv", 7, "AI-002", "bad amount in column 'budget'", longRaw));
        add(first, all, new InputIssue(InputIssue.Kind.REJECTED, "spend/s.csv", 8, "AI-002", "summary row",
                "AI-002,2026-10,TOTAL,1,1,USD", false));
        InputIssues firstFile = first.build();

        InputIssues.Builder merged = new InputIssues.Builder(dir);
        add(merged, all, InputIssue.warning("spend/", 0, "AI-003", "spend dated before the start month 2026-07: 2026-06", ""));
        merged.addAll(firstFile);
        add(merged, all, InputIssue.rejected("spend/t.csv", 3, "AI-002", "unknown cost category 'X'", "AI-002,2026-10,X,1,1,USD"));
        InputIssues issues = roundTrip(merged.build());

        // the merge's own warning came first, then the file's issues, then the merge's later reject
        List<InputIssue> expected = new ArrayList<>();
        expected.add(all.get(2_502));
        expected.addAll(all.subList(0, 2_502));
        expected.add(all.get(2_503));
        assertThat(issues.list()).containsExactlyElementsOf(expected);
        List<InputIssue> rejected = new ArrayList<>();
        issues.forEach(InputIssue.Kind.REJECTED, rejected::add);
        assertThat(rejected).containsExactly(all.get(2_500), all.get(2_501), all.get(2_503));
        try (Stream<Path> spools = Files.list(dir)) {
            assertThat(spools.count()).as("one file per part written: the file's, the merge's two").isEqualTo(3);
        }

        IssueSummary summary = issues.summary();
        assertThat(summary.warnings()).isEqualTo(2_500 + 1);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(summary.listed(InputIssue.Kind.WARNING)).hasSize(1_000)
                .startsWith(all.get(2_502), all.get(0)).endsWith(all.get(998));
        assertThat(summary.listed(InputIssue.Kind.REJECTED)).containsExactly(all.get(2_500), all.get(2_501), all.get(2_503));
        assertThat(summary.counts()).containsExactly(
                entry(InputIssue.Kind.WARNING, "spend/", "spend dated before the start month …", 1),
                entry(InputIssue.Kind.WARNING, "kpi/k.csv", "kpi '…' of initiative '…' for … restated", 2_500),
                entry(InputIssue.Kind.REJECTED, "spend/s.csv", "bad amount in column 'budget'", 1),
                entry(InputIssue.Kind.REJECTED, "spend/s.csv", "summary row", 1),
                entry(InputIssue.Kind.REJECTED, "spend/t.csv", "unknown cost category '…'", 1));
        // the summary row is not a bad row (SPEC §2.4): AI-002 has 2, not 3
        assertThat(issues.rejectedRowsByInitiative()).containsOnly(java.util.Map.entry("AI-002", 2));
    }

    @Test
    void withoutASpoolDirectoryTheIssuesStayInMemoryAndReadTheSame() {
        List<InputIssue> list = List.of(InputIssue.warning("kpi/k.csv", 0, "", "no data row", ""),
                InputIssue.rejected("kpi/k.csv", 2, "AI-9", "unknown initiative 'AI-9'", "AI-9,2026-10,MTTR,1"));
        InputIssues issues = InputIssues.of(list);
        assertThat(issues.list()).isEqualTo(list);
        assertThat(issues.rejected()).isEqualTo(1);
        assertThat(issues.warnings()).isEqualTo(1);
        assertThat(InputIssues.none().isEmpty()).isTrue();
    }

    private static void add(InputIssues.Builder b, List<InputIssue> all, InputIssue issue) {
        b.add(issue);
        all.add(issue);
    }

    private static java.util.Map.Entry<IssueSummary.CountKey, Long> entry(InputIssue.Kind kind, String file,
            String reasonKind, long n) {
        return java.util.Map.entry(new IssueSummary.CountKey(kind, file, reasonKind), n);
    }

    private static InputIssues roundTrip(InputIssues issues) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(issues);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InputIssues) in.readObject();
        }
    }
}
