package com.portfolioreview.sample;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.launch.ReviewCommand;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real job on the bundled sample portfolio ({@code input/}): every initiative gets the
 * decision and the finding codes its archetype was designed for, every decision and every
 * finding code occurs, and exactly the planted defects are rejected.
 */
class SamplePortfolioReviewTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    static Path tmp;

    private static JsonNode summary;
    private static final Map<String, JsonNode> byId = new HashMap<>();

    @BeforeAll
    static void reviewTheSamplePortfolio() throws IOException {
        int exit = ReviewCommand.run(new String[] {"--output", tmp.resolve("out").toString(),
                "--data", tmp.resolve("db").toString()}, PROJECT, tmp);
        assertThat(exit).isZero();
        summary = JsonMapper.builder().build().readTree(tmp.resolve("out/2026-10/run-summary.json").toFile());
        for (JsonNode n : summary.get("initiatives")) {
            byId.put(n.get("initiative_id").asString(), n);
        }
    }

    static Stream<String> initiativeIds() {
        return SampleDesigns.all().stream().map(d -> d.id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initiativeIds")
    void eachInitiativeGetsTheDecisionItsArchetypeWasDesignedFor(String id) {
        InitiativeDesign design = SampleDesigns.all().stream().filter(d -> d.id.equals(id)).findFirst().orElseThrow();
        JsonNode actual = byId.get(id);
        assertThat(actual).as(id).isNotNull();
        assertThat(actual.get("decision").asString()).as(id + " " + actual.get("findings")).isEqualTo(design.archetype.decision().name());
        Set<String> codes = new TreeSet<>();
        actual.get("finding_codes").forEach(c -> codes.add(c.asString()));
        Set<String> expected = new TreeSet<>();
        design.archetype.codes.forEach(c -> expected.add(c.name()));
        assertThat(codes).as(id + " " + actual.get("findings")).isEqualTo(expected);
    }

    /**
     * SPEC §1.4: the initiatives whose COMPUTE spend the cloud bills carry (and the two that share
     * a platform's bill) have, to the cent, the actuals the generator booked for them.
     */
    @Test
    void theCloudBilledInitiativesHaveTheActualsTheBillsCarry() {
        SamplePortfolio portfolio = SamplePortfolio.generate();
        Set<String> cloudBilled = new TreeSet<>();
        portfolio.spend().forEach(l -> {
            if (l.file().startsWith("cloud/")) {
                cloudBilled.add(l.initiativeId());
            }
        });
        assertThat(cloudBilled).hasSize(5);
        for (SamplePortfolio.InitiativeRow row : portfolio.initiatives()) {
            if (cloudBilled.contains(row.id())) {
                ExpectedFigures expected = ExpectedFigures.of(portfolio, row);
                JsonNode actual = byId.get(row.id());
                assertThat(actual.get("actual_itd").decimalValue()).as(row.id() + " actual ITD")
                        .isEqualByComparingTo(expected.actualItd().setScale(2, java.math.RoundingMode.HALF_UP));
                assertThat(actual.get("burn_rate").decimalValue()).as(row.id() + " burn rate")
                        .isEqualByComparingTo(expected.burnRate().setScale(2, java.math.RoundingMode.HALF_UP));
            }
        }
        JsonNode cloud = summary.get("cloud");
        assertThat(cloud.get("files").asInt()).isEqualTo(3);
        assertThat(cloud.get("rows").asLong()).isEqualTo(portfolio.cloudRows().size());
    }

    @Test
    void everyDecisionAndEveryFindingCodeOccurs() {
        EnumSet<Decision> decisions = EnumSet.noneOf(Decision.class);
        EnumSet<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
        for (JsonNode n : summary.get("initiatives")) {
            decisions.add(Decision.valueOf(n.get("decision").asString()));
            n.get("finding_codes").forEach(c -> codes.add(FindingCode.valueOf(c.asString())));
        }
        assertThat(decisions).containsExactlyInAnyOrder(Decision.values());
        assertThat(codes).containsExactlyInAnyOrder(FindingCode.values());
        assertThat(summary.get("counts").get("initiatives").asInt()).isEqualTo(40);
    }

    /**
     * SPEC §2.5/§2.6 on a fresh run, every month before P recomputed: SD-003, behind its curve
     * since 2026-07, is STALLED from this month (RECALIBRATE last month); SEC-001 recovered from
     * its August-September dip (RECALIBRATE last month, CONTINUE now); the 6 other stalled
     * initiatives were already cancelled last month.
     */
    @Test
    void aFreshRunShowsStalledInitiativesAndTwoDecisionChanges() {
        List<String> stalled = new java.util.ArrayList<>();
        List<String> changed = new java.util.ArrayList<>();
        for (JsonNode n : summary.get("initiatives")) {
            String id = n.get("initiative_id").asString();
            if (n.get("finding_codes").toString().contains("STALLED")) {
                stalled.add(id);
            }
            if (!n.get("decision_last_month").isNull()
                    && !n.get("decision_last_month").asString().equals(n.get("decision").asString())) {
                changed.add(id + " " + n.get("decision_last_month").asString() + " -> " + n.get("decision").asString());
            }
            assertThat(n.get("history")).as(id).hasSize(12);
            n.get("history").forEach(h -> assertThat(h.get("source").asString()).isEqualTo("recomputed"));
        }
        assertThat(stalled).containsExactlyInAnyOrder("SD-003", "SD-004", "NET-003", "SEC-003", "SEC-004", "EA-005",
                "INF-007");
        assertThat(changed).containsExactlyInAnyOrder("SD-003 RECALIBRATE -> CANCEL", "SEC-001 RECALIBRATE -> CONTINUE");
        assertThat(byId.get("SD-003").get("findings").get(0).asString())
                .startsWith("STALLED: recalibrated 4 months running (2026-07..2026-10); attainment gap -0.2");
        assertThat(byId.get("SEC-001").get("history").get(10).get("decision").asString()).isEqualTo("RECALIBRATE");
    }

    /**
     * SPEC §2.6 restatements, as an operator meets them: September was reviewed from the exports
     * of its close; October's exports restate NET-001's September MTTR (a decimal slip corrected)
     * and INF-001's cloud bill corrects its September. October's review compares September as
     * published with September as today's inputs show it.
     */
    @Test
    void correctedExportsForLastMonthAreListedAsRestatements() throws Exception {
        Path september = tmp.resolve("september-close");
        try (Stream<Path> files = Files.walk(PROJECT.resolve("input"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().contains("2026-10")) {
                    Path to = september.resolve(PROJECT.resolve("input").relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        Path db = tmp.resolve("db-months");
        assertThat(ReviewCommand.run(new String[] {"--period", "2026-09", "--input", september.toString(),
                "--output", tmp.resolve("months").toString(), "--data", db.toString()}, PROJECT, tmp)).isZero();
        assertThat(ReviewCommand.run(new String[] {"--output", tmp.resolve("months").toString(),
                "--data", db.toString()}, PROJECT, tmp)).isZero();

        JsonNode october = JsonMapper.builder().build().readTree(tmp.resolve("months/2026-10/run-summary.json").toFile());
        Map<String, JsonNode> restated = new HashMap<>();
        for (JsonNode n : october.get("initiatives")) {
            assertThat(n.get("decision_last_month_source").asString()).isIn("published", "null");
            assertThat(n.get("history").get(11).get("source").asString()).isEqualTo("published");
            if (n.has("restatement")) {
                restated.put(n.get("initiative_id").asString(), n.get("restatement"));
            }
        }
        assertThat(restated).containsKey("NET-001");
        JsonNode net001 = restated.get("NET-001");
        assertThat(net001.get("changed").toString()).contains("attainment");
        // the slipped value (a tenth of the real MTTR) made September's attainment look far off
        assertThat(net001.get("published").get("attainment").asDouble())
                .isNotCloseTo(net001.get("recomputed").get("attainment").asDouble(), org.assertj.core.api.Assertions.within(0.01));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                tmp.resolve("months/2026-10/portfolio-review-2026-10.xlsx").toFile())) {
            var changes = wb.getSheet("Changes");
            boolean listed = false;
            for (var row : changes) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("NET-001")) {
                    listed = true;
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("published");
                    // the slip made September look like a missed target; corrected, it was on track
                    assertThat(row.getCell(12).getStringCellValue()).isEqualTo("2026-09 decision: CANCEL published, CONTINUE with today's inputs\n"
                            + "2026-09 benefit ITD: USD 894,149.00 published, USD 947,510.00 with today's inputs\n"
                            + "2026-09 attainment: -79.7% published, 100.3% with today's inputs");
                }
            }
            assertThat(listed).as("NET-001 on the Changes sheet").isTrue();
        }
    }

    @Test
    void exactlyThePlantedDefectsAreRejected() throws IOException {
        try (Reader r = Files.newBufferedReader(tmp.resolve("out/2026-10/rejects.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
            assertThat(rows).extracting(x -> x.get("file") + ":" + x.get("line")).containsExactly(
                    "kpi_targets.csv:53",
                    "spend/spend-2025.csv:332",
                    "spend/spend-2025.csv:1165",
                    "spend/spend-2026-h1.csv:296",
                    "kpi/kpi-2025.csv:333",
                    "kpi/kpi-2026-01-09.csv:299");
            assertThat(rows.get(2).get("reason")).isEqualTo("summary row");
        }
        // the KPI restatement, the Tags value that is not JSON, and the correction of INF-001's September
        assertThat(summary.get("counts").get("warnings").asInt()).isEqualTo(3);
        // SPEC §1.3: counts.warnings is the number of rows of warnings.csv
        try (Reader r = Files.newBufferedReader(tmp.resolve("out/2026-10/warnings.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
            assertThat(rows).hasSize(summary.get("counts").get("warnings").asInt());
            assertThat(rows.get(0).get("warning")).isNotBlank();
        }
    }
}
