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
