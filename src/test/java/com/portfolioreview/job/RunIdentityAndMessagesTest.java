package com.portfolioreview.job;

import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §4 on what identifies a run and what the program says when it stops, each shown on the
 * real program as a separate process: a failed run never resumed over a newer publication of its
 * period, a changed configuration never mixed into a resumed run, and messages that tell the
 * operator what to do (one line, and "run again to resume it" only when that is true).
 */
class RunIdentityAndMessagesTest {

    private static final String[] SMALL = {"--input", "in", "--output", "out", "--data", "db"};

    @TempDir
    Path tmp;

    /**
     * The case: a run fails in publish, the operator fixes the cause and runs --rerun, and
     * the next cron start must leave that publication alone instead of resuming the failed run.
     */
    @Test
    void failedRunIsAbandonedOnceALaterRunOfItsPeriodCompletes() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("out"), "not a directory");
        ReviewProcess.Result failed = ReviewProcess.run(tmp, SMALL);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(tmp.resolve("db/work/instance-0")).isDirectory();

        Files.delete(tmp.resolve("out"));
        ReviewProcess.Result rerun = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("done: period 2026-10", "abandoned failed run #0 of period 2026-10")
                .doesNotContain("resuming");
        assertThat(tmp.resolve("db/work/instance-0")).as("the abandoned run's work files").doesNotExist();
        Path workbook = tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx");
        var published = Files.getLastModifiedTime(workbook);

        ReviewProcess.Result cron = ReviewProcess.run(tmp, SMALL);
        assertThat(cron.exitCode()).as(cron.output()).isZero();
        assertThat(cron.output()).contains("nothing to do: run #1 already reviewed period 2026-10 with these inputs")
                .doesNotContain("resuming", "step publish");
        assertThat(Files.getLastModifiedTime(workbook)).as("the --rerun's workbook is not overwritten").isEqualTo(published);
        assertThat(statusOf(0)).isEqualTo("ABANDONED");
        assertThat(statusOf(1)).isEqualTo("COMPLETED");
    }

    /**
     * A failed run of inputs A is superseded by a completed run of corrected inputs B; when the
     * operator puts A back, A is what they want reviewed: a new run of A (the failed one is
     * abandoned, never resumed), and likewise B again after that (the newest publication is A's).
     */
    @Test
    void inputsWhoseFailedRunWasAbandonedAreReviewedAfreshNotResumed() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("out"), "not a directory");
        assertThat(ReviewProcess.run(tmp, SMALL).exitCode()).isEqualTo(1);
        Files.delete(tmp.resolve("out"));

        Path restated = tmp.resolve("in/kpi/kpi-restated-2026-10.csv");
        input.write("kpi/kpi-restated-2026-10.csv", "initiative_id,period,kpi,actual\nAI-001,2026-10,MTTR,80\n");
        ReviewProcess.Result corrected = ReviewProcess.run(tmp, SMALL);
        assertThat(corrected.exitCode()).as(corrected.output()).isZero();
        assertThat(corrected.output()).contains("abandoned failed run #0 of period 2026-10");

        Files.move(restated, tmp.resolve("restated.csv"));
        ReviewProcess.Result original = ReviewProcess.run(tmp, SMALL);
        assertThat(original.exitCode()).as(original.output()).isZero();
        assertThat(original.output()).contains("step ingest:", "done: period 2026-10").doesNotContain("resuming", "nothing to do");
        assertThat(statusOf(0)).isEqualTo("ABANDONED");

        Files.move(tmp.resolve("restated.csv"), restated);
        ReviewProcess.Result back = ReviewProcess.run(tmp, SMALL);
        assertThat(back.exitCode()).as(back.output()).isZero();
        assertThat(back.output()).as("the newest publication is not of these inputs")
                .contains("step ingest:", "done: period 2026-10").doesNotContain("nothing to do");

        ReviewProcess.Result again = ReviewProcess.run(tmp, SMALL);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("nothing to do: run #3 already reviewed period 2026-10");
    }

    /**
     * A run fails in publish with a mistaken threshold; without it, the next start is a new run:
     * it must publish what a clean run publishes, not the old thresholds' decisions.
     */
    @Test
    void changedConfigurationIsANewRunNotAResumeWithTheOldDecisions() throws IOException {
        InputFolder.onePerDecision(tmp.resolve("in"));
        Files.writeString(tmp.resolve("mistake.yml"), "review:\n  rules:\n    cancel:\n      max-attainment: 0.95\n");
        Files.writeString(tmp.resolve("out"), "not a directory");
        ReviewProcess.Result failed = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db",
                "--config", "mistake.yml");
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("failed in step publish");

        Files.delete(tmp.resolve("out"));
        ReviewProcess.Result fixed = ReviewProcess.run(tmp, SMALL);
        assertThat(fixed.exitCode()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("step ingest:", "done: period 2026-10").doesNotContain("resuming");

        assertThat(ReviewProcess.runInThisJvm(tmp, "--input", "in", "--output", "reference", "--data", "reference-db"))
                .isZero();
        assertThat(decisions(tmp.resolve("out/2026-10"))).isEqualTo(decisions(tmp.resolve("reference/2026-10")));

        ReviewProcess.Result mistakeAgain = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db",
                "--config", "mistake.yml");
        assertThat(mistakeAgain.exitCode()).as(mistakeAgain.output()).isZero();
        assertThat(mistakeAgain.output()).as("the mistaken settings' run was abandoned: reviewed afresh")
                .contains("step ingest:", "done: period 2026-10").doesNotContain("resuming");
        assertThat(decisions(tmp.resolve("out/2026-10"))).isNotEqualTo(decisions(tmp.resolve("reference/2026-10")));
    }

    @Test
    void duplicateKeyInTheConfigurationIsAUsageErrorInOneLine() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  npv:\n    horizon-months: 12\n  npv:\n    discount-rate: 0.2\n");
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--data", "db", "--config", "review.yml");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines().get(0)).startsWith("portfolio-review: configuration file " + tmp.resolve("review.yml")
                + " is not valid YAML: found duplicate key npv (line 4, column 3)");
        assertThat(result.lines().get(1)).startsWith("usage: run.sh ");
        UnattendedRunTest.assertNoStackTrace(result);
        assertThat(tmp.resolve("db")).doesNotExist();
    }

    @Test
    void anOptionGivenTwiceIsAUsageError() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--data", "db", "--period", "2026-09",
                "--period=2026-10");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines().get(0)).isEqualTo("portfolio-review: --period given twice; give it once");
        assertThat(tmp.resolve("db")).doesNotExist();

        ReviewProcess.Result rerun = ReviewProcess.run(tmp, "--input", "in", "--data", "db", "--rerun", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.output()).isEqualTo(2);
        assertThat(rerun.lines().get(0)).isEqualTo("portfolio-review: --rerun given twice; give it once");
    }

    /**
     * A failure that is not the environment's (here a work file holding the wrong kind of value:
     * resuming reads it again and fails the same way) is not advertised as resumable. Nor is a run
     * left by a build that saved its work in the previous snapshot format (Java serialisation
     * without the format line, as the builds before it wrote): one line says why and names
     * --rerun, which reviews the inputs afresh.
     */
    @Test
    void aFailureThatWouldRepeatOnResumeIsNotAdvertisedAsResumable() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("out"), "not a directory");
        ReviewProcess.Result failed = ReviewProcess.run(tmp, SMALL);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("run #0 failed in step publish, nothing published; fix the cause below"
                + " and run again to resume it:");
        Files.delete(tmp.resolve("out"));
        Path review = tmp.resolve("db/work/instance-0/review.bin");
        byte[] savedReview = Files.readAllBytes(review);
        Files.writeString(review, "portfolio-review snapshot " + SnapshotFormat.VERSION + "\n\"not a review\"");

        ReviewProcess.Result defect = ReviewProcess.run(tmp, SMALL);
        assertThat(defect.exitCode()).as(defect.output()).isEqualTo(1);
        assertThat(defect.output()).contains("run #1 failed in step publish with an unexpected error, nothing published;"
                + " running again would fail the same way: run with --rerun to review afresh, and if that fails too,"
                + " report it with this log:", "cannot read step snapshot").doesNotContain("run again to resume it");

        Files.write(review, savedReview);
        Path inputs = tmp.resolve("db/work/instance-0/inputs.bin");
        byte[] saved = Files.readAllBytes(inputs);
        int formatLine = ("portfolio-review snapshot " + SnapshotFormat.VERSION + "\n").length();
        Files.write(inputs, Arrays.copyOfRange(saved, formatLine, saved.length));

        ReviewProcess.Result refused = ReviewProcess.run(tmp, SMALL);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("run #2 cannot resume the run it continues, nothing published: step snapshot "
                + inputs + " was saved in snapshot format 1 by another version of the program, and this version reads"
                + " format " + SnapshotFormat.VERSION + " only, so the run cannot be resumed; run with --rerun to review"
                + " these inputs afresh").doesNotContain("run again to resume it", "unexpected error");
        UnattendedRunTest.assertNoStackTrace(refused);
        assertThat(tmp.resolve("out/2026-10")).doesNotExist();

        ReviewProcess.Result rerun = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.output()).isEqualTo(0);
        assertThat(tmp.resolve("out/2026-10/run-summary.json")).isRegularFile();
    }

    /** Too little heap for the portfolio: the operator is told to give it more, not to run again as it is. */
    @Test
    void outOfMemorySaysToRaiseTheHeapThroughJavaOpts() throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        manyInitiatives(input, 400_000);
        ReviewProcess.Result result = ReviewProcess.start(tmp, ReviewProcess.InputSize.SMALL, List.of("-Xmx64m"), SMALL)
                .await(Duration.ofMinutes(3));
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("ran out of memory in step ",
                "raise the heap through JAVA_OPTS (e.g. JAVA_OPTS=-Xmx").doesNotContain("run again to resume it:");
        UnattendedRunTest.assertNoStackTrace(result);
    }

    /** SIGTERM while the ingest runs: one line saying it was stopped and will resume, and the next start resumes it. */
    @Test
    void sigtermDuringIngestSaysItWasStoppedAndTheNextStartResumes() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        UnattendedRunTest.BulkLedger.write(tmp.resolve("in/spend/spend-2026-bulk.csv"), 1_200_000, 20261031L);
        String[] big = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-10"};

        ReviewProcess victim = ReviewProcess.start(tmp, ReviewProcess.InputSize.LARGE, big);
        victim.awaitOutput("read kpi_targets.csv", Duration.ofSeconds(60));
        victim.terminate();
        ReviewProcess.Result stopped = victim.await(Duration.ofSeconds(60));
        assertThat(stopped.exitCode()).as("128 + SIGTERM").isEqualTo(143);
        assertThat(stopped.output()).as(stopped.output()).doesNotContain("step ingest:", "done: period")
                .contains("portfolio-review: stopped by a signal (SIGTERM or Ctrl-C) before the run on " + tmp.resolve("db")
                        + " finished; the next start resumes it where it stopped")
                .doesNotContain("JDBC", "failed");
        UnattendedRunTest.assertNoStackTrace(stopped);

        ReviewProcess.Result resumed = ReviewProcess.run(tmp, ReviewProcess.InputSize.LARGE, big);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming failed run #0 for period 2026-10 at step ingest", "done: period 2026-10");
    }

    /** A register of {@code count} more initiatives, each with a target, a month of spend and a KPI value. */
    private static void manyInitiatives(InputFolder input, int count) throws IOException {
        try (BufferedWriter register = Files.newBufferedWriter(input.dir().resolve("initiatives.csv"), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
             BufferedWriter targets = Files.newBufferedWriter(input.dir().resolve("kpi_targets.csv"), StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.APPEND);
             BufferedWriter spend = Files.newBufferedWriter(input.dir().resolve("spend/spend-many.csv"), StandardCharsets.UTF_8);
             BufferedWriter kpi = Files.newBufferedWriter(input.dir().resolve("kpi/kpi-many.csv"), StandardCharsets.UTF_8)) {
            spend.write("initiative_id,period,cost_category,budget,actual,currency\n");
            kpi.write("initiative_id,period,kpi,actual\n");
            for (int i = 0; i < count; i++) {
                String id = "AI-M" + i;
                register.write(id + ",Initiative number " + i + ",Unit " + i % 50 + ",Owner " + i + ",o" + i
                        + "@example.com,Use case,PILOT,2026-01-15,2026-12-31,120000,USD,6\n");
                targets.write(id + ",MTTR,minutes,LOWER_IS_BETTER,120,60,100,\n");
                spend.write(id + ",2026-10,STAFF,10000,9000,USD\n");
                kpi.write(id + ",2026-10,MTTR,90\n");
            }
        }
    }

    /** The status of a job execution in the database the program left in {@code db/}. */
    private String statusOf(long executionId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + tmp.resolve("db/portfolio-review")
                + ";shutdown=true;hsqldb.lock_file=false", "SA", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select STATUS from BATCH_JOB_EXECUTION where JOB_EXECUTION_ID = " + executionId)) {
            return rs.next() ? rs.getString(1) : "no such execution";
        }
    }

    /** Each initiative's decision and recommended funding, and the totals, from run-summary.json. */
    private static Map<String, String> decisions(Path dir) {
        ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(dir.resolve("run-summary.json").toFile());
        Map<String, String> m = new TreeMap<>();
        for (JsonNode n : json.get("initiatives")) {
            m.put(n.get("initiative_id").asString(), n.get("decision").asString() + " " + n.get("recommended_funding"));
        }
        m.put("totals", json.get("totals").get("decisions").toString());
        return m;
    }
}
