package com.portfolioreview.job;

import com.portfolioreview.launch.RunOptions;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SPEC §4 "safe to run from cron", each promise shown on the real program started as a separate
 * process: nothing redone for inputs already reviewed, a failed or killed run resumed where it
 * stopped with nothing counted twice, one run at a time, and the exit codes.
 */
class UnattendedRunTest {

    private static final String[] SMALL = {"--input", "in", "--output", "out", "--data", "db"};

    @TempDir
    Path tmp;

    @Test
    void failedRunResumesAtTheFailedStepThenTheSameInputsDoNothingWhileChangedInputsOrRerunReviewAgain() throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        // a realistic failure: the output directory is an existing regular file, so publishing cannot create it
        Files.writeString(tmp.resolve("out"), "not a directory");

        ReviewProcess.Result failed = ReviewProcess.run(tmp, SMALL);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("step ingest:", "step review:", "run #0 failed in step publish",
                "run again to resume it", tmp.resolve("out").toString());
        assertNoStackTrace(failed);

        Files.delete(tmp.resolve("out"));
        ReviewProcess.Result resumed = ReviewProcess.run(tmp, SMALL);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming failed run #0 for period 2026-10 at step publish",
                "step publish:", "done: period 2026-10: ");
        // ingest and review completed before the failure: their results are reused, not recomputed
        assertThat(resumed.output()).doesNotContain("step ingest:", "step review:");
        assertThat(failed.output()).contains("read spend/spend-2026-h1.csv", "read kpi/kpi-2026.csv");
        assertThat(resumed.output()).as("no export read again").doesNotContain("read spend/", "read kpi/");
        Path workbook = tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx");
        assertThat(workbook).isRegularFile();
        var published = Files.getLastModifiedTime(workbook);

        ReviewProcess.Result again = ReviewProcess.run(tmp, SMALL);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.lines()).as("one line naming the completed run and its outputs").hasSize(1);
        assertThat(again.lines().get(0)).matches(".*nothing to do: run #1 already reviewed period 2026-10 with these inputs"
                + " \\(fingerprint [0-9a-f]{12}\\) on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d; outputs in "
                + java.util.regex.Pattern.quote(tmp.resolve("out/2026-10").toString()));
        assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(published);

        Files.move(workbook, tmp.resolve("moved-away.xlsx"));
        ReviewProcess.Result gone = ReviewProcess.run(tmp, SMALL);
        assertThat(gone.exitCode()).as(gone.output()).isZero();
        assertThat(gone.output()).contains("nothing to do: run #1", "the workbook " + workbook
                + " is no longer there: run with --rerun to write it again");
        Files.move(tmp.resolve("moved-away.xlsx"), workbook);

        input.write("kpi/kpi-restated-2026-10.csv", "initiative_id,period,kpi,actual\nAI-001,2026-10,MTTR,80\n");
        ReviewProcess.Result corrected = ReviewProcess.run(tmp, SMALL);
        assertThat(corrected.exitCode()).as(corrected.output()).isZero();
        assertThat(corrected.output()).contains("step ingest:", "done: period 2026-10").doesNotContain("resuming", "nothing to do");

        ReviewProcess.Result forced = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db", "--rerun");
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertThat(forced.output()).contains("step ingest:", "done: period 2026-10").doesNotContain("nothing to do");
    }

    /**
     * The ingest reads each export in its own partition and keeps what it read: when one
     * partition fails (here its result cannot be saved: the work file's name is taken by a
     * directory), the other exports are kept, and the resumed run reads only the failed one,
     * then publishes what an uninterrupted run publishes.
     */
    @Test
    void failedIngestPartitionIsTheOnlyExportReadAgainOnResume() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Path blocked = tmp.resolve("db/work/instance-0/export-spend%2Fspend-2026-h2.csv.tmp");
        Files.createDirectories(blocked.resolve("taken"));

        ReviewProcess.Result failed = ReviewProcess.run(tmp, SMALL);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("read spend/spend-2026-h1.csv", "read spend/spend-eu.csv",
                "read kpi/kpi-2026.csv", "run #0 failed in step ingest", "cannot save step snapshot export-spend%2Fspend-2026-h2.csv")
                .doesNotContain("step ingest: ");
        assertNoStackTrace(failed);

        Files.delete(blocked.resolve("taken"));
        Files.delete(blocked);
        ReviewProcess.Result resumed = ReviewProcess.run(tmp, SMALL);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming failed run #0 for period 2026-10 at step ingest",
                "read spend/spend-2026-h2.csv", "step ingest: 7 files", "done: period 2026-10: ");
        assertThat(resumed.output()).as("the exports read before are not read again")
                .doesNotContain("read spend/spend-2026-h1.csv", "read spend/spend-eu.csv", "read kpi/kpi-2026.csv");

        assertThat(ReviewProcess.runInThisJvm(tmp, "--input", "in", "--output", "reference", "--data", "reference-db"))
                .isZero();
        Path out = tmp.resolve("out/2026-10");
        Path reference = tmp.resolve("reference/2026-10");
        assertThat(summaryWithoutRunIdentity(out)).isEqualTo(summaryWithoutRunIdentity(reference));
        assertThat(Files.readAllBytes(out.resolve("rejects.csv"))).isEqualTo(Files.readAllBytes(reference.resolve("rejects.csv")));
    }

    /**
     * A large ingest killed with kill -9 while a second start is refused: the next start finds the
     * stale STARTED execution, marks it FAILED, restarts it, and publishes exactly what an
     * uninterrupted run publishes, every generated amount counted once.
     */
    @Test
    void runKilledDuringALargeIngestIsResumedWithOutputsIdenticalToAnUninterruptedRun() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        BulkLedger ledger = BulkLedger.write(tmp.resolve("in/spend/spend-2026-bulk.csv"), 1_200_000, 20261031L);
        String[] big = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-10"};

        ReviewProcess victim = ReviewProcess.start(tmp, ReviewProcess.InputSize.LARGE, big);
        // ingest has started: the register and the targets are read, the 1.2 M-row ledger comes next
        victim.awaitOutput("read kpi_targets.csv", Duration.ofSeconds(60));
        // the ledger takes the victim most of a second: freeze it there, still holding its lock
        victim.freeze();

        long refusedAt = System.nanoTime();
        ReviewProcess.Result refused = ReviewProcess.run(tmp, big);
        Duration refusedIn = Duration.ofNanos(System.nanoTime() - refusedAt);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(4);
        assertThat(refused.lines()).hasSize(1);
        assertThat(refused.output()).contains("another run holds the lock on " + tmp.resolve("db"),
                "period 2026-10, started ", "process " + victim.pid());
        assertThat(refusedIn).as("refused at once, without starting the job").isLessThan(Duration.ofSeconds(20));

        assertThat(victim.output()).as("still ingesting when killed").doesNotContain("step ingest:");
        victim.killHard();

        ReviewProcess.Result resumed = ReviewProcess.run(tmp, ReviewProcess.InputSize.LARGE, big);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains(
                "run #0 (started ", "was interrupted: its process is gone (killed or crashed) while it was in step ingest",
                "resuming failed run #0 for period 2026-10 at step ingest",
                "spend/spend-2026-bulk.csv: 1,000,000 rows read",
                "done: period 2026-10: ");
        assertThat(resumed.output()).containsPattern("step ingest: \\d+ files, 1,200,0\\d\\d rows read, "
                + ledger.rejected() + " rejected, \\d+ warnings, 3 initiatives \\(\\d+\\.\\d{3} s\\)");
        assertThat(resumed.output()).containsPattern("step review: 3 initiatives: .* \\(\\d+\\.\\d{3} s\\)");
        assertThat(resumed.output()).containsPattern("step publish: 6 files written to .* \\(\\d+\\.\\d{3} s\\)");
        assertNoStackTrace(resumed);

        assertThat(ReviewProcess.runInThisJvm(tmp, "--input", "in", "--output", "reference", "--data", "reference-db",
                "--period", "2026-10")).isZero();

        Path out = tmp.resolve("out/2026-10");
        Path reference = tmp.resolve("reference/2026-10");
        assertThat(summaryWithoutRunIdentity(out)).isEqualTo(summaryWithoutRunIdentity(reference));
        assertThat(Files.readAllBytes(out.resolve("rejects.csv"))).isEqualTo(Files.readAllBytes(reference.resolve("rejects.csv")));
        // every generated row counted exactly once: 99,000.00 from the small portfolio plus the ledger's actuals
        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("run-summary.json").toFile());
        JsonNode ai001 = null;
        for (JsonNode n : summary.get("initiatives")) {
            if (n.get("initiative_id").asString().equals("AI-001")) {
                ai001 = n;
            }
        }
        assertThat(ai001).isNotNull();
        assertThat(ai001.get("actual_itd").decimalValue()).isEqualByComparingTo(new BigDecimal("99000.00").add(ledger.actualTotal()));
        assertThat(Files.readAllLines(out.resolve("rejects.csv"))).hasSize(1 + (int) ledger.rejected());
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(new String[] {"--bogus"}, "unknown option '--bogus'"),
                Arguments.of(new String[] {"--period", "2026-13"}, "--period must be YYYY-MM, got '2026-13'"),
                Arguments.of(new String[] {"--period", "Oct 2026"}, "--period must be YYYY-MM, got 'Oct 2026'"),
                Arguments.of(new String[] {"--data"}, "--data needs a value"),
                Arguments.of(new String[] {"--input", "no-such-dir"}, "input directory not found: "),
                Arguments.of(new String[] {"--input", "in/initiatives.csv"}, "input directory not found: "),
                Arguments.of(new String[] {"--input", "in", "--config", "missing.yml"},
                        "configuration file not found or not readable: "),
                Arguments.of(new String[] {"--input", "in", "--config", "broken.yml"},
                        "broken.yml is not valid YAML: expected ',' or ']', but got <stream end> (line 3, column 1)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("usageErrors")
    void usageErrorsExitWith2WithOneLineAndTheUsageText(String[] args, String message) throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("broken.yml"), "review:\n  rules: [oops\n");
        ReviewProcess.Result result = ReviewProcess.run(tmp, args);
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines().get(0)).startsWith("portfolio-review: ").contains(message);
        assertThat(result.lines().get(1)).startsWith("usage: run.sh ");
        assertThat(result.lines()).hasSize(1 + (int) RunOptions.USAGE.lines().count());
        assertNoStackTrace(result);
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    @Test
    void badConfigurationKeyExitsWith2NamingTheKey() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  rules:\n    cancel:\n      max-atainment: 0.4\n");
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--data", "db", "--config", "review.yml");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines().get(0)).startsWith("portfolio-review: configuration error: unknown key "
                + "review.rules.cancel.max-atainment");
        assertThat(result.output()).contains("usage: run.sh ");
        assertNoStackTrace(result);
    }

    /** A real read failure (the kernel answers EIO): an unreadable export, exit 3 naming it (SPEC §1.3). */
    @Test
    void inputFileThatCannotBeReadFailsWith3InOneLine() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "needs Linux /proc");
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.createSymbolicLink(tmp.resolve("in/spend/spend-zz-broken.csv"), Path.of("/proc/self/mem"));
        ReviewProcess.Result result = ReviewProcess.run(tmp, SMALL);
        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("spend/spend-zz-broken.csv: cannot be read (Input/output error)");
        assertNoStackTrace(result);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    static void assertNoStackTrace(ReviewProcess.Result result) {
        assertThat(result.output()).as("no stack trace").doesNotContain("\tat ", "Exception in thread", "Caused by:");
    }

    /** run-summary.json without what differs between two runs of the same inputs: the date and the execution id. */
    private static JsonNode summaryWithoutRunIdentity(Path dir) {
        ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(dir.resolve("run-summary.json").toFile());
        assertThat(json.has("run_date")).isTrue();
        assertThat(json.has("job_execution_id")).isTrue();
        json.remove("run_date");
        json.remove("job_execution_id");
        return json;
    }

    /**
     * A large spend export for AI-001 (USD, January to October 2026), seeded so every run writes the
     * same file; one row in 10,000 names an unknown initiative and is rejected (well under the 2 % limit).
     */
    record BulkLedger(BigDecimal actualTotal, long rejected) {

        static BulkLedger write(Path file, int rows, long seed) throws IOException {
            Random random = new Random(seed);
            long cents = 0;
            long rejected = 0;
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("initiative_id,period,cost_category,budget,actual,currency\n");
                for (int i = 0; i < rows; i++) {
                    int month = 1 + random.nextInt(10);
                    long amount = random.nextInt(5_000);
                    boolean unknown = i % 10_000 == 9_999;
                    w.write(unknown ? "AI-999" : "AI-001");
                    w.write(",2026-" + (month < 10 ? "0" : "") + month + ",COMPUTE,0," + amount / 100 + "."
                            + (amount % 100 < 10 ? "0" : "") + amount % 100 + ",USD\n");
                    if (unknown) {
                        rejected++;
                    } else {
                        cents += amount;
                    }
                }
            }
            return new BulkLedger(BigDecimal.valueOf(cents, 2), rejected);
        }
    }
}
