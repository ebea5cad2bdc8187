package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;
import com.portfolioreview.testsupport.InputFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SPEC §3 "Publishing is atomic as a set", on the real program started as a separate process: a
 * reader of {@code <output>/<P>/} sees the whole previous publication or the whole new one, never
 * a mix, whatever stops the publish (a refused rename, kill -9 at any moment), and the next start
 * (even for another period) finishes or undoes what a killed run left; temporary files are the
 * run's own, under its own directories; business-unit file names fit any file system.
 *
 * <p>Publishing is paused at a named point through the test seam
 * {@code -Dportfolio.review.test.pause-publish-at=<point>} (see {@code report.PublishPause}): the
 * program prints where it stopped and waits for a line on its standard input.
 */
class PublishAsASetTest {

    private static final String[] OCTOBER = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-10"};
    private static final String[] SEPTEMBER = {"--input", "in", "--output", "out", "--data", "db", "--period", "2026-09"};
    private static final Pattern PAUSED = Pattern.compile("publish paused at ([a-z-]+) \\(new set in (\\S+)\\)");

    @TempDir
    Path tmp;

    /**
     * The case: an entry of the previous set that cannot be replaced nor removed
     * ({@code chattr +i}, as a share's lock would). File-by-file renames published the new
     * portfolio workbook next to the old Service Desk workbook and said "nothing published"; the
     * whole new set must be published and the old one left aside, removed by a later start.
     */
    @Test
    void anEntryOfThePreviousSetThatCannotBeReplacedNeitherMixesTheSetNorFailsThePublish() throws Exception {
        assumeTrue(immutableFlagWorks(), "needs chattr +i (root, ext4)");
        InputFolder.smallPortfolio(tmp.resolve("in"));
        publishOctoberInThisJvm();
        Path october = tmp.resolve("out/2026-10");
        assertThat(octoberActualOfAi001(october)).isEqualByComparingTo("13000.00");

        restateOctoberActualOfAi001("23000");
        Path locked = october.resolve("business-units/portfolio-review-2026-10-service-desk.xlsx");
        chattr("+i", locked);
        ReviewProcess.Result result;
        try {
            result = ReviewProcess.run(tmp, OCTOBER);
        } finally {
            unlockEverythingUnder(tmp.resolve("out"));
        }
        assertThat(octoberActualOfAi001(october)).as("one publication, not a mix:\n" + result.output())
                .isEqualByComparingTo("23000.00");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("could not remove the previous outputs of 2026-10");
        assertThat(setsAside(tmp.resolve("out"))).as("the previous set, left aside").hasSize(1);

        ReviewProcess.Result next = ReviewProcess.run(tmp, OCTOBER);
        assertThat(next.exitCode()).as(next.output()).isZero();
        assertThat(next.output()).contains("nothing to do", "removed the previous outputs of 2026-10");
        assertThat(setsAside(tmp.resolve("out"))).isEmpty();
    }

    /**
     * A swap refused at its first rename (the previous set cannot be moved aside: here its
     * aside name is taken) or at its second (the new set cannot be moved in: here it vanished)
     * leaves the previous set in place, byte for byte, says nothing was published, and the next
     * start publishes the whole new set.
     */
    @ParameterizedTest(name = "{0} rename refused")
    @ValueSource(strings = {"first", "second"})
    void aRefusedRenameLeavesThePreviousSetWholeAndSaysNothingWasPublished(String which) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        publishOctoberInThisJvm();
        Path october = tmp.resolve("out/2026-10");
        Map<String, byte[]> previous = contents(october);

        restateOctoberActualOfAi001("23000");
        ReviewProcess run = ReviewProcess.start(tmp, List.of(pauseAt("set-written")), OCTOBER);
        Path staging = pausedAt(run, "set-written");
        if (which.equals("first")) {
            Path aside = staging.resolveSibling(staging.getFileName().toString().replaceFirst("\\.new$", ".old"));
            Files.createDirectories(aside.resolve("in-the-way"));
        } else {
            deleteTree(staging);
        }
        run.resume();
        ReviewProcess.Result refused = run.await(Duration.ofMinutes(2));

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("failed in step publish, nothing published", october.toString());
        assertThat(contents(october)).as("the previous set, untouched").isEqualTo(previous);

        ReviewProcess.Result resumed = ReviewProcess.run(tmp, OCTOBER);
        assertPublished(resumed);
        assertThat(octoberActualOfAi001(october)).isEqualByComparingTo("23000.00");
        assertThat(setsAside(tmp.resolve("out"))).isEmpty();
    }

    /**
     * kill -9 at each moment of the publish, then a start for another period on the same output:
     * the killed run's period is wholly the previous set (killed before the swap) or wholly the
     * new one (after it), and nothing the killed run wrote aside is left.
     */
    @ParameterizedTest(name = "killed at {0}")
    @CsvSource({
            "set-written, previous",
            "previous-set-moved, previous",
            "set-swapped, new",
            "previous-set-partly-removed, new"})
    void killedAtAnyMomentOfThePublishLeavesEachPeriodWhollyPreviousOrWhollyNew(String point, String expected) throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        publishOctoberInThisJvm();
        Path october = tmp.resolve("out/2026-10");
        Map<String, byte[]> previous = contents(october);

        restateOctoberActualOfAi001("23000");
        ReviewProcess victim = ReviewProcess.start(tmp, List.of(pauseAt(point)), OCTOBER);
        Path staging = pausedAt(victim, point);
        Map<String, byte[]> written = contents(expected.equals("new") ? october : staging);
        victim.killHard();

        assertPublished(ReviewProcess.run(tmp, SEPTEMBER));
        assertThat(contents(october)).as("2026-10 after a kill at " + point)
                .isEqualTo(expected.equals("new") ? written : previous);
        assertThat(octoberActualOfAi001(october)).isEqualByComparingTo(expected.equals("new") ? "23000.00" : "13000.00");
        assertThat(tmp.resolve("out/2026-09/run-summary.json")).isRegularFile();
        assertThat(setsAside(tmp.resolve("out"))).as("nothing of the killed run left aside").isEmpty();
    }

    /**
     * Two runs with different databases publishing the same period of the same output: neither
     * removes nor overwrites what the other is writing (each names its files after itself), and
     * what is published is one whole, valid set. (With the output-directory lock the second start
     * is refused with exit 4 instead: then it must not have touched anything either.)
     */
    @Test
    void aRunWithAnotherDatabaseNeverTouchesTheFilesOfARunInProgress() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        ReviewProcess first = ReviewProcess.start(tmp, List.of(pauseAt("set-written")), OCTOBER);
        Path staging = pausedAt(first, "set-written");
        Map<String, byte[]> firstSet = contents(staging);

        ReviewProcess.Result second = ReviewProcess.run(tmp, "--input", "in", "--output", "out", "--data", "db-2",
                "--period", "2026-10");
        assertThat(second.exitCode()).as(second.output()).isIn(0, 4);
        assertThat(contents(staging)).as("the first run's files, untouched by the second").isEqualTo(firstSet);
        if (second.exitCode() == 0) {
            assertWholeValidSet(tmp.resolve("out/2026-10"));
        }

        first.resume();
        assertPublished(first.await(Duration.ofMinutes(2)));
        assertThat(contents(tmp.resolve("out/2026-10"))).isEqualTo(firstSet);
        assertWholeValidSet(tmp.resolve("out/2026-10"));
        assertThat(setsAside(tmp.resolve("out"))).isEmpty();
    }

    /** SPEC §3: {@code <bu>} at most 60 characters, a cut name made unique by 8 hex digits of its SHA-256. */
    @Test
    void aBusinessUnitOf300CharactersGetsAShortUniqueFileName() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        String longUnit = "Global Infrastructure Operations ".repeat(10).substring(0, 300);
        Path register = input.dir().resolve("initiatives.csv");
        Files.writeString(register, Files.readString(register).replace(",Service Desk,Ana Ruiz,", "," + longUnit + ",Ana Ruiz,"));

        ReviewProcess.Result result = ReviewProcess.run(tmp, OCTOBER);
        assertPublished(result);
        List<String> names;
        try (Stream<Path> files = Files.list(tmp.resolve("out/2026-10/business-units"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(3).contains("portfolio-review-2026-10-service-desk.xlsx",
                "portfolio-review-2026-10-infrastructure-cloud.xlsx");
        String cut = names.stream().filter(n -> n.startsWith("portfolio-review-2026-10-global")).findFirst().orElseThrow();
        String bu = cut.substring("portfolio-review-2026-10-".length(), cut.length() - ".xlsx".length());
        assertThat(bu).hasSizeLessThanOrEqualTo(60).matches("global-infrastructure-operations-global-[a-z-]*-[0-9a-f]{8}");
    }

    /**
     * POI's temporary files (SXSSF sheets, hundreds of MB on a large portfolio) live under the
     * data directory's work folder, never in the system's temp folder, and what a killed run left
     * there is removed by the next start.
     */
    @Test
    void workbookTemporaryFilesStayUnderTheDataDirectoryAndLeftoversAreRemoved() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Path systemTemp = Files.createDirectories(tmp.resolve("system-temp"));
        Path leftover = tmp.resolve("db/work/workbook-temp/poi-sxssf-sheet4242.xml");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "<sheetData>left by a run killed while writing workbooks");

        ReviewProcess.Result result = ReviewProcess.start(tmp, List.of("-Djava.io.tmpdir=" + systemTemp), OCTOBER)
                .await(Duration.ofMinutes(2));
        assertPublished(result);
        try (Stream<Path> files = Files.walk(systemTemp)) {
            assertThat(files.filter(p -> !p.equals(systemTemp)).map(Path::toString)).as("nothing in the system's temp folder")
                    .isEmpty();
        }
        assertThat(leftover).doesNotExist();
        if (Files.exists(leftover.getParent())) {
            try (Stream<Path> files = Files.list(leftover.getParent())) {
                assertThat(files.toList()).as("the run's own temporary files removed").isEmpty();
            }
        }
    }

    // ---- helpers

    /**
     * The publication the test starts from, made by the program in this JVM (a tenth of a second
     * warm instead of a new JVM's start-up): what is under test is what happens to it afterwards.
     */
    private void publishOctoberInThisJvm() {
        assertThat(ReviewCommand.run(OCTOBER, ReviewProcess.PROJECT, tmp)).isZero();
        assertThat(tmp.resolve("out/2026-10/run-summary.json")).isRegularFile();
    }

    private static void assertPublished(ReviewProcess.Result result) {
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("step publish:");
        UnattendedRunTest.assertNoStackTrace(result);
    }

    private static String pauseAt(String point) {
        return "-Dportfolio.review.test.pause-publish-at=" + point;
    }

    /** Waits until the program pauses at {@code point}; returns the directory its new set was written to. */
    private static Path pausedAt(ReviewProcess run, String point) throws InterruptedException {
        run.awaitOutput("publish paused at " + point, Duration.ofMinutes(2));
        Matcher m = PAUSED.matcher(run.output());
        assertThat(m.find()).as(run.output()).isTrue();
        return Path.of(m.group(2));
    }

    /** AI-001's October actual, spent again: inputs change, so the next start publishes a new set. */
    private void restateOctoberActualOfAi001(String actual) throws IOException {
        Path h2 = tmp.resolve("in/spend/spend-2026-h2.csv");
        Files.writeString(h2, Files.readString(h2).replace("AI-001,2026-10-31,STAFF,10000,13000,USD",
                "AI-001,2026-10-31,STAFF,10000," + actual + ",USD"));
    }

    /**
     * AI-001's October actual as run-summary.json, the portfolio workbook and the Service Desk
     * workbook show it; fails when they disagree (a mixed set).
     */
    private static BigDecimal octoberActualOfAi001(Path dir) throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(dir.resolve("run-summary.json").toFile());
        BigDecimal fromSummary = null;
        for (JsonNode n : summary.get("initiatives")) {
            if (n.get("initiative_id").asString().equals("AI-001")) {
                fromSummary = n.get("actual_month").decimalValue();
            }
        }
        assertThat(fromSummary).as("AI-001 in run-summary.json").isNotNull();
        BigDecimal portfolio = actualMonthOfAi001(dir.resolve("portfolio-review-2026-10.xlsx"));
        BigDecimal serviceDesk = actualMonthOfAi001(dir.resolve("business-units/portfolio-review-2026-10-service-desk.xlsx"));
        assertThat(portfolio).as("AI-001's October actual: portfolio workbook vs run-summary.json")
                .isEqualByComparingTo(fromSummary);
        assertThat(serviceDesk).as("AI-001's October actual: Service Desk workbook vs run-summary.json")
                .isEqualByComparingTo(fromSummary);
        return fromSummary;
    }

    private static BigDecimal actualMonthOfAi001(Path workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            Sheet sheet = wb.getSheet("Initiatives");
            int column = -1;
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().equals("Actual (month)")) {
                    column = c.getColumnIndex();
                }
            }
            for (Row r : sheet) {
                Cell id = r.getCell(0);
                if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals("AI-001")) {
                    return BigDecimal.valueOf(r.getCell(column).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
                }
            }
            throw new AssertionError("no AI-001 row in " + workbook);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(workbook + " is not a workbook", e);
        }
    }

    /** Every workbook opens, run-summary.json parses, and they agree with each other. */
    private static void assertWholeValidSet(Path dir) throws IOException {
        octoberActualOfAi001(dir);
        try (Stream<Path> files = Files.list(dir.resolve("business-units"))) {
            for (Path p : files.toList()) {
                try (XSSFWorkbook wb = new XSSFWorkbook(p.toFile())) {
                    assertThat(wb.getSheet("Initiatives")).as(p.toString()).isNotNull();
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new AssertionError(p + " is not a workbook", e);
                }
            }
        }
        assertThat(Files.readString(dir.resolve("rejects.csv"))).startsWith("\"file\",\"line\",\"initiative_id\",\"reason\",\"raw\"");
    }

    /** Every file under {@code dir} (relative path → bytes), to compare two sets byte for byte. */
    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return new ComparableContents(m);
    }

    /** A map of byte arrays whose equality compares the arrays' contents (for AssertJ's isEqualTo). */
    private static final class ComparableContents extends TreeMap<String, byte[]> {
        ComparableContents(Map<String, byte[]> m) {
            super(m);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map<?, ?> other) || !keySet().equals(other.keySet())) {
                return false;
            }
            return entrySet().stream().allMatch(e -> other.get(e.getKey()) instanceof byte[] b && Arrays.equals(e.getValue(), b));
        }

        @Override
        public int hashCode() {
            return keySet().hashCode();
        }

        @Override
        public String toString() {
            return keySet().toString();
        }
    }

    /** The sets a publish wrote or moved aside in the output directory ({@code .<P>.<owner>.new / .old}). */
    private static List<String> setsAside(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(".") && (n.endsWith(".new") || n.endsWith(".old"))).toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private boolean immutableFlagWorks() {
        try {
            Path probe = Files.writeString(tmp.resolve("chattr-probe"), "x");
            chattr("+i", probe);
            boolean refused;
            try {
                Files.delete(probe);
                refused = false;
            } catch (IOException e) {
                refused = true;
            }
            chattr("-i", probe);
            Files.deleteIfExists(probe);
            return refused;
        } catch (IOException | RuntimeException | InterruptedException e) {
            return false;
        }
    }

    private static void chattr(String flag, Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("chattr " + flag + " " + file + ": " + out);
        }
    }

    /** Lifts every immutable flag the test set, so that the temporary directory can be removed. */
    private static void unlockEverythingUnder(Path dir) throws IOException, InterruptedException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(all::add);
        }
        for (Path p : all) {
            if (Files.isRegularFile(p)) {
                chattr("-i", p);
            }
        }
    }
}
