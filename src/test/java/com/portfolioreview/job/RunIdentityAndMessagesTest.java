package com.portfolioreview.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
}
