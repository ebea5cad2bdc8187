package com.portfolioreview.job;

import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SPEC §1.2, §1.3 and §4 on the real program: an export that is there but cannot be read as a
 * file (a dangling link, a directory, a FIFO, a device, a file the job may not read, a UTF-16
 * file) stops the run with exit 3 and is named before the report period is chosen; a year
 * typo in an actual is a bad row, not a review of 2062; and an export's name, however long,
 * never breaks the job repository or the work files.
 */
class UnreadableInputsTest {

    private static final String[] RUN = {"--input", "in", "--output", "out", "--data", "db", "--config", "review.yml"};
    /** {@link InputFolder#smallPortfolio}'s newest actuals are October 2026: "today" a month later. */
    private static final String TODAY = "2026-11-29";
    private static final String SAP_NAME = "Finance_Export_AI_Initiatives_Spend_Report_2026-10_generated_by_SAP_S4HANA"
            + "_on_2026-11-02T06-30-00Z_user_jsmith.csv";

    @TempDir
    Path tmp;

    @BeforeEach
    void runDate() throws IOException {
        config("");
    }

    private void config(String more) throws IOException {
        Files.writeString(tmp.resolve("review.yml"), "review:\n  run-date: " + TODAY + "\n" + more);
    }

    @Test
    void aKpiExportBehindADanglingLinkStopsTheRunAndIsNamed() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Path target = Path.of("/mnt/erp-share-not-mounted/kpi-2026-10.csv");
        Files.createSymbolicLink(tmp.resolve("in/kpi/kpi-2026-10.csv"), target);

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertInputUnusable(result, "kpi/kpi-2026-10.csv: a link to " + target + ", which does not exist");
    }

    /** Without the check the default period fell back to the newest month still readable (June here). */
    @Test
    void thisMonthsSpendExportBehindADanglingLinkDoesNotMoveTheReviewBackAMonth() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.delete(tmp.resolve("in/spend/spend-eu.csv"));
        Files.delete(tmp.resolve("in/spend/spend-2026-h2.csv"));
        Files.createSymbolicLink(tmp.resolve("in/spend/spend-2026-h2.csv"), tmp.resolve("share/spend-2026-h2.csv"));

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertInputUnusable(result, "spend/spend-2026-h2.csv: a link to " + tmp.resolve("share/spend-2026-h2.csv")
                + ", which does not exist");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "spend/spend-2026-11.csv, fifo,      'spend/spend-2026-11.csv: a named pipe (FIFO), not a file'",
        "kpi/kpi-2026-11.csv,     fifo,      'kpi/kpi-2026-11.csv: a named pipe (FIFO), not a file'",
        "kpi/x.csv,               directory, 'kpi/x.csv: a directory, not a file'",
        "spend/X.CSV,             directory, 'spend/X.CSV: a directory, not a file'",
        "spend/spend-2026-11.csv, device,    'spend/spend-2026-11.csv: a character device, not a file'",
        "fx_rates.csv,            dangling,  'fx_rates.csv: a link to '",
        "initiatives.csv,         dangling,  'initiatives.csv: a link to '",
        "kpi_targets.csv,         directory, 'kpi_targets.csv: a directory, not a file'",
        "kpi,                     dangling,  'kpi/: a link to '",
    })
    void anEntryThatIsNotARegularFileStopsTheRunAndIsNamed(String entry, String kind, String message)
            throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Path p = tmp.resolve("in").resolve(entry);
        if (Files.isDirectory(p)) {
            try (var files = Files.list(p)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.deleteIfExists(p);
        switch (kind) {
            case "fifo" -> assertThat(new ProcessBuilder("mkfifo", p.toString()).inheritIO().start().waitFor()).isZero();
            case "directory" -> Files.createDirectories(p.resolve("inside.csv"));
            case "device" -> Files.createSymbolicLink(p, Path.of("/dev/null"));
            default -> Files.createSymbolicLink(p, tmp.resolve("unmounted").resolve(entry));
        }

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertInputUnusable(result, message);
    }

    /**
     * Root reads every file whatever its mode, so a real unreadable file for root: a write-only
     * kernel attribute, which even root cannot open for reading.
     */
    @Test
    void anExportTheJobMayNotReadStopsTheRunAndIsNamed() throws IOException {
        Path writeOnly = Path.of("/sys/bus/pci/rescan");
        assumeTrue(Files.exists(writeOnly) && cannotOpen(writeOnly), "needs a file this user cannot open for reading");
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.createSymbolicLink(tmp.resolve("in/spend/spend-2026-11.csv"), writeOnly);

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertInputUnusable(result, "spend/spend-2026-11.csv: cannot be read (permission denied)");
    }

    private static boolean cannotOpen(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            in.read();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Excel's "Unicode Text" is UTF-16 with a byte order mark: one line that says what to do, no column noise. */
    @ParameterizedTest
    @CsvSource({"kpi/kpi-2026.csv, UTF-16LE", "spend/spend-2026-h2.csv, UTF-16LE", "initiatives.csv, UTF-16BE"})
    void aFileSavedAsUtf16SaysSoAndHowToSaveItAsCsvUtf8(String file, String encoding) throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Path p = tmp.resolve("in").resolve(file);
        String text = Files.readString(p).replace(",", "\t");
        Files.write(p, ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName(encoding)));

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertInputUnusable(result, file + ": saved as UTF-16 (Excel \"Unicode Text\"); save it as \"CSV UTF-8\"");
        assertThat(result.output()).doesNotContain("missing required column");
    }

    private void assertInputUnusable(ReviewProcess.Result result, String reason) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("input unusable", reason)
                .doesNotContain("reviewing period", "resume");
        UnattendedRunTest.assertNoStackTrace(result);
        assertThat(tmp.resolve("out")).as("nothing published").doesNotExist();
    }

    /** The row: a one-character year typo in an actual. */
    private static final String YEAR_TYPO = "AI-001,2062-10,COMPUTE,0,100,USD";

    @Test
    void anActualDatedInTheFutureIsABadRowAndTheReviewStaysInOctober() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in/spend/spend-2026-h2.csv"), YEAR_TYPO + "\n", StandardOpenOption.APPEND);

        // 1 of 9 rows of the file rejected is over the 2 % limit: unusable, like any bad row
        ReviewProcess.Result strict = ReviewProcess.run(tmp, RUN);
        assertThat(strict.exitCode()).as(strict.output()).isEqualTo(3);
        assertThat(strict.output()).contains("spend/spend-2026-h2.csv: 1 of 9 data rows rejected")
                .doesNotContain("2062-10");

        config("  input:\n    max-reject-ratio: 0.2\n");
        ReviewProcess.Result lenient = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db-lenient",
                "--config", "review.yml");
        assertThat(lenient.exitCode()).as(lenient.output()).isZero();
        assertThat(lenient.output()).contains("reviewing period 2026-10", "done: period 2026-10").doesNotContain("2062");
        assertThat(rejects(tmp.resolve("out/2026-10"))).containsExactly(
                "spend/spend-2026-h2.csv,10,AI-001,actual dated in the future," + YEAR_TYPO);
        assertThat(tmp.resolve("out/2062-10")).doesNotExist();
        JsonNode ai001 = initiative(tmp.resolve("out/2026-10"), "AI-001");
        assertThat(ai001.get("rejected_rows").asInt()).as("counts against AI-001's data quality").isEqualTo(1);
    }

    @Test
    void aKpiValueDatedInTheFutureIsABadRowButTheBudgetPlanIsNot() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"))
                .write("kpi/kpi-typo.csv", "initiative_id,period,kpi,actual\nAI-001,2026-12,MTTR,70\n");
        config("  input:\n    max-reject-ratio: 1.0\n");

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(rejects(tmp.resolve("out/2026-10")))
                .containsExactly("kpi/kpi-typo.csv,2,AI-001,actual dated in the future,AI-001,2026-12,MTTR,70");
        // the plan rows for 2026-11 .. 2027-01 (budget only) are still next quarter's budget
        assertThat(initiative(tmp.resolve("out/2026-10"), "AI-001").get("next_quarter_budget").decimalValue())
                .isEqualByComparingTo("25000.00");
    }

    /** "Today" is review.run-date: in September, October's actuals are in the future and September is reviewed. */
    @Test
    void theDefaultPeriodIsNeverAfterTodaysMonth() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  run-date: 2026-09-30\n  input:\n    max-reject-ratio: 1.0\n");

        ReviewProcess.Result result = ReviewProcess.run(tmp, RUN);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("reviewing period 2026-09", "done: period 2026-09");
        assertThat(rejects(tmp.resolve("out/2026-09"))).containsExactly(
                "spend/spend-2026-h2.csv,6,AI-001,actual dated in the future,AI-001,2026-10-31,STAFF,10000,13000,USD",
                "spend/spend-eu.csv,4,AI-002,actual dated in the future,AI-002;2026-10;VENDOR;3.000,00;(500,00);EUR",
                "kpi/kpi-2026.csv,3,AI-001,actual dated in the future,AI-001,2026-10,mttr,90",
                "kpi/kpi-2026.csv,4,AI-002,actual dated in the future,AI-002,2026-10,Disk failures predicted,2");
    }

    /** review.run-date: empty is the system clock (the packaged default); a date that does not exist is refused. */
    @Test
    void theRunDateIsADateOrEmpty() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  run-date: 2026-02-30\n");
        ReviewProcess.Result invalid = ReviewProcess.run(tmp, RUN);
        assertThat(invalid.exitCode()).as(invalid.output()).isEqualTo(2);
        assertThat(invalid.lines().get(0)).startsWith("portfolio-review: configuration error: ")
                .contains("review.run-date must be a date YYYY-MM-DD", "'2026-02-30'");

        Files.writeString(tmp.resolve("review.yml"), "review:\n  run-date:\n");
        ReviewProcess.Result clock = ReviewProcess.run(tmp, RUN);
        assertThat(clock.exitCode()).as(clock.output()).isZero();
        assertThat(clock.output()).contains("done: period 2026-10");
    }

    /**
     * The SAP file name (and longer ones, two alike up to their last characters, one not
     * ASCII) give partition step names that fit Spring Batch's 100 characters and work files
     * that fit the file system; a failed partition is resumed under the same name, and the
     * figures are those of the same rows under short names.
     */
    @Test
    void exportsWithLongNamesAreReadAndResumedWithTheSameFiguresAsUnderShortNames() throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("reference-in"));
        InputFolder.smallPortfolio(tmp.resolve("in"));
        String longName = "Finance_Export_AI_Initiatives_Spend_Report_" + "x".repeat(180);
        String nonAscii = "Übersicht_Ausgaben_Künstliche_Intelligenz_" + "é".repeat(95) + ".csv";
        Path spend = tmp.resolve("in/spend");
        Files.move(spend.resolve("spend-2026-h2.csv"), spend.resolve(SAP_NAME));
        Files.move(spend.resolve("spend-eu.csv"), spend.resolve(nonAscii));
        List<String> h1 = Files.readAllLines(spend.resolve("spend-2026-h1.csv"));
        Files.delete(spend.resolve("spend-2026-h1.csv"));
        Files.write(spend.resolve(longName + "_part_1.csv"), List.of(h1.get(0), h1.get(1), h1.get(2), h1.get(3)));
        Files.write(spend.resolve(longName + "_part_2.csv"), List.of(h1.get(0), h1.get(4), h1.get(5), h1.get(6)));
        assertThat(nonAscii.getBytes(StandardCharsets.UTF_8).length).isBetween(230, 255);

        // one partition fails: its work file's name is taken by a directory
        Path blocked = tmp.resolve("db/work/instance-0")
                .resolve(Snapshot.export("spend/" + SAP_NAME).name() + ".tmp");
        Files.createDirectories(blocked.resolve("taken"));
        ReviewProcess.Result failed = ReviewProcess.run(tmp, RUN);
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("run #0 failed in step ingest", "cannot save step snapshot export-spend%2FFinance_Export_AI_Initiatives",
                "read spend/" + longName + "_part_1.csv", "read spend/" + longName + "_part_2.csv",
                "read spend/" + nonAscii);

        Files.delete(blocked.resolve("taken"));
        Files.delete(blocked);
        ReviewProcess.Result resumed = ReviewProcess.run(tmp, RUN);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("resuming failed run #0 for period 2026-10 at step ingest",
                "read spend/" + SAP_NAME, "step ingest: 8 files", "done: period 2026-10")
                .doesNotContain("read spend/" + longName, "read spend/" + nonAscii);

        assertThat(ReviewProcess.runInThisJvm(tmp, "--input", "reference-in", "--output", "reference",
                "--data", "reference-db", "--config", "review.yml")).isZero();
        assertThat(figures(tmp.resolve("out/2026-10"))).isEqualTo(figures(tmp.resolve("reference/2026-10")));
    }

    /** The rows of rejects.csv without its header, quotes dropped (whichever fields the writer quotes). */
    private static List<String> rejects(Path outputDir) throws IOException {
        List<String> lines = Files.readAllLines(outputDir.resolve("rejects.csv"));
        return lines.subList(1, lines.size()).stream().map(l -> l.replace("\"", "")).toList();
    }

    private static JsonNode initiative(Path outputDir, String id) {
        for (JsonNode n : figures(outputDir)) {
            if (n.get("initiative_id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " not in " + outputDir);
    }

    private static JsonNode figures(Path outputDir) {
        ObjectNode json = (ObjectNode) JsonMapper.builder().build().readTree(outputDir.resolve("run-summary.json").toFile());
        return json.get("initiatives");
    }
}
