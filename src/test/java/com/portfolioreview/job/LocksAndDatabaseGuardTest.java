package com.portfolioreview.job;

import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.portfolioreview.job.UnattendedRunTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §3 and §4 guarantees about what a run may touch, each shown on the real program started as
 * a separate process: two runs never write the same output directory, the run lock holds when its
 * file is deleted, a database that lost committed data is refused before it is opened for writing,
 * and a data path the database URL cannot carry is refused.
 */
class LocksAndDatabaseGuardTest {

    private static final String[] SMALL = {"--input", "in", "--output", "out", "--data", "db"};

    @TempDir
    Path tmp;

    /**
     * A run frozen while ingesting a large export, still holding every lock it took: 1 M of its
     * 1.2 M rows read, so it is surely past start-up (its locks all taken) and still has work to do
     * (the rest of the export, then the merge, review and publish).
     */
    private ReviewProcess frozenLargeRun(String... args) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        UnattendedRunTest.BulkLedger.write(tmp.resolve("in/spend/spend-2026-bulk.csv"), 1_200_000, 20261031L);
        ReviewProcess run = ReviewProcess.start(tmp, ReviewProcess.InputSize.LARGE, args);
        run.awaitOutput("spend/spend-2026-bulk.csv: 1,000,000 rows read", Duration.ofSeconds(90));
        run.freeze();
        return run;
    }

    @Test
    void secondRunWithAnotherDatabaseOnTheSameOutputDirectoryExitsWith4NamingTheHolder() throws Exception {
        ReviewProcess first = frozenLargeRun("--input", "in", "--output", "out", "--data", "db-a", "--period", "2026-10");
        try {
            ReviewProcess.Result second = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db-b",
                    "--period", "2026-10");
            assertThat(second.exitCode()).as(second.output()).isEqualTo(4);
            assertThat(second.lines()).hasSize(1);
            assertThat(second.output()).contains("another run holds the lock on " + tmp.resolve("out"),
                    "period 2026-10, started ", "process " + first.pid());
            try (Stream<Path> files = Files.list(tmp.resolve("db-b"))) {
                assertThat(files.map(p -> p.getFileName().toString())).as("refused before it opened its database")
                        .containsExactly("portfolio-review.lock");
            }
        } finally {
            first.killHard();
        }
        assertThat(tmp.resolve("out/.portfolio-review.lock")).as("hidden, inside the output directory").isRegularFile();
    }

    /** The output lock needs the directory; a run that writes nothing there takes it away again. */
    @Test
    void runThatPublishesNothingLeavesNoOutputDirectoryBehind() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  reporting-curency: EUR\n");
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--output", "deep/er/out", "--data", "db",
                "--config", "review.yml");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(tmp.resolve("deep")).doesNotExist();
    }

    @Test
    void runLockHoldsWhenItsFileIsDeletedWhileTheRunGoesOn() throws Exception {
        String[] big = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-10"};
        ReviewProcess first = frozenLargeRun(big);
        Files.delete(tmp.resolve("db/portfolio-review.lock"));

        ReviewProcess.Result thief = ReviewProcess.run(tmp, "--input", "in", "--output", "out-b", "--data", "db",
                "--period", "2026-10");
        assertThat(thief.exitCode()).as(thief.output()).isEqualTo(4);
        assertThat(thief.lines()).hasSize(1);
        assertThat(thief.output()).contains("another run has the database in " + tmp.resolve("db") + " open");
        assertNoStackTrace(thief);

        first.thaw();
        ReviewProcess.Result completed = first.await(Duration.ofMinutes(2));
        assertThat(completed.exitCode()).as(completed.output()).isZero();
        assertThat(completed.output()).contains("done: period 2026-10", "the lock file " + tmp.resolve("db/portfolio-review.lock")
                + " was deleted while this run was going on; it is back: never delete it by hand");

        ReviewProcess.Result again = ReviewProcess.run(tmp, ReviewProcess.InputSize.LARGE, big);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).contains("nothing to do: run #0 already reviewed period 2026-10");
    }

    /**
     * HSQLDB's own lock file outlives a killed run, and HSQLDB trusts its heartbeat for ten seconds
     * (waiting that long, then refusing): the next start must resume at once all the same.
     */
    @Test
    void runKilledWithKill9IsResumedAtOnceThoughHsqldbsLockFileLooksFresh() throws Exception {
        String[] big = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-10"};
        ReviewProcess victim = frozenLargeRun(big);
        victim.killHard();
        Path lck = tmp.resolve("db/portfolio-review.lck");
        assertThat(lck).as("HSQLDB's lock file, left by the killed run").isRegularFile();
        // as if the restart came within a second of the kill, however slowly it starts: the heartbeat stays fresh
        ReviewProcess.Result resumed = whileHeartbeatLooksFresh(lck, () -> ReviewProcess.run(tmp, ReviewProcess.InputSize.LARGE, big));
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming failed run #0 for period 2026-10 at step ingest",
                "done: period 2026-10");
    }

    /** Another program (an SQL tool, say) has the database open: HSQLDB's lock file is respected. */
    @Test
    void databaseOpenInAnotherProgramExitsWith4() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result first = ReviewProcess.run(tmp, SMALL);
        assertThat(first.exitCode()).as(first.output()).isZero();
        Path lck = tmp.resolve("db/portfolio-review.lck");
        Files.write(lck, "HSQLLOCK\0\0\0\0\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        ReviewProcess.Result refused = whileHeartbeatLooksFresh(lck, () -> ReviewProcess.run(tmp, SMALL));
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(4);
        assertThat(refused.lines()).hasSize(1);
        assertThat(refused.output()).contains("another program has the database in " + tmp.resolve("db") + " open");
        assertNoStackTrace(refused);
    }

    /** Runs {@code run} while HSQLDB's lock file {@code lck} gets a fresh heartbeat every half second, as its holder's would. */
    private static ReviewProcess.Result whileHeartbeatLooksFresh(Path lck, java.util.function.Supplier<ReviewProcess.Result> run)
            throws IOException {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        try (RandomAccessFile file = new RandomAccessFile(lck.toFile(), "rw")) {
            heartbeat.scheduleAtFixedRate(() -> {
                try {
                    file.seek(8);
                    file.writeLong(System.currentTimeMillis());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
            return run.get();
        } finally {
            heartbeat.shutdownNow();
        }
    }

    @Test
    void databaseThatLostCommittedHistoryIsRefusedBeforeAnythingOverwritesIt() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result first = ReviewProcess.run(tmp, SMALL);
        assertThat(first.exitCode()).as(first.output()).isZero();
        Path script = tmp.resolve("db/portfolio-review.script");
        byte[] whole = Files.readAllBytes(script);
        Files.write(script, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, String> damaged = digests(tmp.resolve("db"));

        ReviewProcess.Result refused = ReviewProcess.run(tmp, SMALL);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.lines()).hasSize(1);
        assertThat(refused.output()).contains("the database in " + tmp.resolve("db") + " has lost data it had committed",
                "restore the directory " + tmp.resolve("db") + " from a backup, or move it away to start a fresh history")
                .doesNotContain("spring.datasource", "nothing to do", "resume");
        assertNoStackTrace(refused);
        assertThat(digests(tmp.resolve("db"))).as("nothing written over the damaged database").isEqualTo(damaged);

        // restored from a backup (here: the bytes as they were), it runs again
        Files.write(script, whole);
        ReviewProcess.Result restored = ReviewProcess.run(tmp, SMALL);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("nothing to do: run #0");
    }

    @Test
    void databaseThatCannotBeOpenedIsDamagedWithTheSameAdvice() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result first = ReviewProcess.run(tmp, SMALL);
        assertThat(first.exitCode()).as(first.output()).isZero();
        Path script = tmp.resolve("db/portfolio-review.script");
        String text = Files.readString(script);
        Files.writeString(script, text.replaceFirst("CREATE MEMORY TABLE", "CREATE MEMORY TABEL"));
        Map<String, String> damaged = digests(tmp.resolve("db"));

        ReviewProcess.Result refused = ReviewProcess.run(tmp, SMALL);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.lines()).hasSize(1);
        assertThat(refused.output()).contains("the database in " + tmp.resolve("db") + " cannot be opened",
                "restore the directory " + tmp.resolve("db") + " from a backup, or move it away to start a fresh history")
                .doesNotContain("spring.datasource");
        assertNoStackTrace(refused);
        assertThat(digests(tmp.resolve("db"))).isEqualTo(damaged);
    }

    /** kill -9 after the database committed but before the record was rewritten: the database is ahead, which is fine. */
    @Test
    void databaseAheadOfItsRecordRunsNormally() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result first = ReviewProcess.run(tmp, SMALL);
        assertThat(first.exitCode()).as(first.output()).isZero();
        Path record = tmp.resolve("db/portfolio-review.committed");
        assertThat(record).isRegularFile();
        byte[] afterFirst = Files.readAllBytes(record);

        ReviewProcess.Result second = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db", "--rerun");
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(Files.readAllBytes(record)).isNotEqualTo(afterFirst);
        Files.write(record, afterFirst);

        ReviewProcess.Result third = ReviewProcess.run(tmp, SMALL);
        assertThat(third.exitCode()).as(third.output()).isZero();
        assertThat(third.output()).contains("nothing to do: run #1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"data;hsqldb.files_readonly=true", "data${HOME}"})
    void dataPathTheDatabaseUrlCannotCarryExitsWith2(String data) throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", data);
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.output()).contains("--data " + tmp.resolve(data) + " cannot hold the database");
        assertNoStackTrace(result);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")))
                    .as("nothing created").containsExactly("in");
        }
    }

    @Test
    void dataPathWithSpacesAndPunctuationTheUrlCanCarryWorks() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        String data = "data #1 (2026?) 100% ~x:y";
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", data);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(tmp.resolve(data).resolve("portfolio-review.script")).isRegularFile();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--output", "--data"})
    void outputOrDataDirectoryInsideTheInputDirectoryIsRefusedWithoutWritingThere(String option) throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        Map<String, String> before = input.digests();
        ReviewProcess.Result result = ReviewProcess.run(tmp, "--input", "in", option, "in/results");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.lines()).hasSize(1);
        assertThat(result.output()).contains(tmp.resolve("in/results") + " is inside the input directory " + tmp.resolve("in"));
        assertThat(input.digests()).isEqualTo(before);
        assertThat(tmp.resolve("in/results")).doesNotExist();
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                if (!p.getFileName().toString().endsWith(".lock")) {
                    m.put(p.getFileName().toString(), sha256(p));
                }
            }
        }
        return m;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
