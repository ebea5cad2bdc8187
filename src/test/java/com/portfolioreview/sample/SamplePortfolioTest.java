package com.portfolioreview.sample;

import static com.portfolioreview.sample.SamplePortfolio.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.sample.SamplePortfolio.Fate;
import com.portfolioreview.sample.SamplePortfolio.InitiativeRow;
import com.portfolioreview.sample.SamplePortfolio.Measurement;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the committed sample input ({@code input/}) and its generator in step, and proves that
 * every sample initiative lands where its archetype says, away from every threshold.
 *
 * <p>Regenerate {@code input/} after changing the generator:
 * {@code ./mvnw -q test -Dtest=SamplePortfolioTest -Dsample.regenerate=true}
 */
class SamplePortfolioTest {

    private static final SamplePortfolio PORTFOLIO = SamplePortfolio.generate();

    /** Maven runs the tests with the project directory as basedir (and as working directory). */
    private static Path committedInput() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("input");
    }

    @Test
    void generatedInputIsByteIdenticalToTheCommittedInput(@TempDir Path generated) throws IOException {
        Path committed = committedInput();
        if (Boolean.getBoolean("sample.regenerate")) {
            for (Path old : inputFiles(committed)) {
                Files.delete(committed.resolve(old.toString()));
            }
            PORTFOLIO.writeTo(committed);
        }
        SamplePortfolio.generate().writeTo(generated);

        List<Path> expectedFiles = inputFiles(generated);
        assertThat(inputFiles(committed)).as("files in " + committed).isEqualTo(expectedFiles);
        for (Path file : expectedFiles) {
            assertThat(Files.mismatch(generated.resolve(file.toString()), committed.resolve(file.toString())))
                    .as("first differing byte of input/" + file + " (regenerate with -Dsample.regenerate=true)")
                    .isEqualTo(-1L);
        }
    }

    /** Relative paths of the non-hidden files under dir, sorted; empty when dir does not exist. */
    private static List<Path> inputFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(dir::relativize).sorted().toList();
        }
    }

    static Stream<String> initiativeIds() {
        return PORTFOLIO.initiatives().stream().map(InitiativeRow::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initiativeIds")
    void eachInitiativeLandsOnItsArchetypeAwayFromEveryThreshold(String id) {
        InitiativeRow row = PORTFOLIO.initiatives().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        ExpectedFigures figures = ExpectedFigures.of(PORTFOLIO, row);
        ExpectedFigures.Findings findings = ExpectedFigures.findingsWithStalled(PORTFOLIO, row);

        assertThat(findings.nearMisses()).as(id + " comparisons too close to a threshold").isEmpty();
        assertThat(findings.codes()).as(id + " finding codes (" + row.design().archetype.story + ")")
                .isEqualTo(row.design().archetype.codes);
        assertThat(findings.decision(figures.notStarted())).isEqualTo(row.design().archetype.decision());
    }

    @Test
    void everyDecisionAndEveryFindingCodeOccursInRealisticProportions() {
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
        for (InitiativeRow row : PORTFOLIO.initiatives()) {
            ExpectedFigures figures = ExpectedFigures.of(PORTFOLIO, row);
            ExpectedFigures.Findings findings = ExpectedFigures.findingsWithStalled(PORTFOLIO, row);
            decisions.merge(findings.decision(figures.notStarted()), 1, Integer::sum);
            codes.addAll(findings.codes());
        }
        assertThat(codes).containsExactlyInAnyOrder(FindingCode.values());
        // 40 initiatives: half continue; of the 19 that the rules would recalibrate, the 7 mature ones
        // recalibrated for months without closing the gap are STALLED (SPEC §2.5): 14 cancel, 5 recalibrate
        assertThat(decisions).containsEntry(Decision.CONTINUE, 20).containsEntry(Decision.RECALIBRATE, 5)
                .containsEntry(Decision.CANCEL, 14).containsEntry(Decision.NOT_STARTED, 1);
    }

    @Test
    void registerLooksLikeARealPortfolio() {
        List<InitiativeRow> rows = PORTFOLIO.initiatives();
        assertThat(rows).hasSize(40);
        assertThat(rows.stream().map(InitiativeRow::id).distinct()).hasSize(40);
        assertThat(rows.stream().map(r -> r.design().businessUnit).distinct()).hasSize(5);
        assertThat(rows.stream().map(r -> r.design().currency).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("USD", "EUR", "GBP");
        for (InitiativeRow row : rows) {
            InitiativeDesign d = row.design();
            assertThat(row.approvedBudget()).as(d.id + " approved budget")
                    .isBetween(new BigDecimal("150000"), new BigDecimal("4000000"));
            assertThat(d.maturityMonths).as(d.id + " maturity").isBetween(6, 18);
            assertThat(d.plannedEnd()).as(d.id + " planned end").isAfterOrEqualTo(d.start());
            if (d.archetype == Archetype.NOT_STARTED) {
                assertThat(d.startMonth()).isAfter(PERIOD);
            } else {
                assertThat(d.startMonth()).as(d.id + " start")
                        .isBetween(YearMonth.of(2024, 11), YearMonth.of(2026, 9));
            }
        }
        assertThat(rows.stream().filter(r -> r.design().startMonth().isAfter(PERIOD))).hasSize(1);
        assertThat(PORTFOLIO.targets().stream().filter(t -> t.fate() == Fate.ACCEPTED)
                .collect(Collectors.groupingBy(SamplePortfolio.TargetRow::initiativeId, Collectors.counting())))
                .hasSize(40).allSatisfy((id, count) -> assertThat(count).as(id + " KPIs").isBetween(2L, 4L));
    }

    @Test
    void spendCoversTwentyFourMonthsAndNextQuarterWithoutActualsAfterThePeriod() {
        Set<YearMonth> months = new HashSet<>();
        PORTFOLIO.spend().forEach(line -> {
            months.add(line.period());
            if (line.period().isAfter(PERIOD)) {
                assertThat(line.actual()).as("actual of a plan row").isNull();
            }
        });
        for (YearMonth m = YearMonth.of(2024, 11); !m.isAfter(PERIOD.plusMonths(3)); m = m.plusMonths(1)) {
            assertThat(months).contains(m);
        }
        // every month of every currency has a rate
        for (YearMonth m = YearMonth.of(2024, 11); !m.isAfter(PERIOD.plusMonths(3)); m = m.plusMonths(1)) {
            assertThat(PORTFOLIO.rate(m, "EUR")).isPositive();
            assertThat(PORTFOLIO.rate(m, "GBP")).isPositive();
        }
    }

    @Test
    void rejectedRowsStayWellWithinTheTwoPercentLimitOfEachFile() {
        Map<String, int[]> rowsAndRejects = new TreeMap<>();
        PORTFOLIO.spend().forEach(l -> count(rowsAndRejects, l.file(), l.fate()));
        PORTFOLIO.measurements().forEach(m -> count(rowsAndRejects, m.file(), m.fate()));
        PORTFOLIO.targets().forEach(t -> count(rowsAndRejects, SamplePortfolio.KPI_TARGETS, t.fate()));
        int total = 0;
        for (Map.Entry<String, int[]> file : rowsAndRejects.entrySet()) {
            int dataRows = file.getValue()[0] + SamplePortfolio.summaryRowsOf(file.getKey());
            int rejected = file.getValue()[1];
            total += rejected;
            assertThat(rejected).as(file.getKey() + " rejected rows of " + dataRows)
                    .isLessThanOrEqualTo(dataRows / 50);
        }
        // bad amount, unknown initiative (spend), undefined KPI, "n/a" KPI value, unknown initiative (targets)
        assertThat(total).isEqualTo(5);
        assertThat(rowsAndRejects.get(SamplePortfolio.KPI_TARGETS)[0]).isGreaterThanOrEqualTo(50);
    }

    private static void count(Map<String, int[]> counts, String file, Fate fate) {
        int[] c = counts.computeIfAbsent(file, f -> new int[2]);
        c[0]++;
        if (fate == Fate.REJECTED) {
            c[1]++;
        }
    }

    @Test
    void aSupersededMeasurementIsReadBeforeTheOneThatReplacesIt() {
        List<Measurement> superseded = PORTFOLIO.measurements().stream()
                .filter(m -> m.fate() == Fate.SUPERSEDED).toList();
        assertThat(superseded).hasSize(1);
        for (Measurement m : superseded) {
            BigDecimal accepted = PORTFOLIO.measurements().stream()
                    .filter(a -> a.fate() == Fate.ACCEPTED && a.initiativeId().equals(m.initiativeId())
                            && a.period().equals(m.period()) && a.kpi().equals(m.kpi()))
                    .map(Measurement::value).findFirst().orElseThrow();
            // last one read wins: the restated value, not the decimal slip
            assertThat(ExpectedFigures.measuredValues(PORTFOLIO, m.initiativeId())
                    .get(m.kpi().toLowerCase()).get(m.period())).isEqualByComparingTo(accepted)
                    .isNotEqualByComparingTo(m.value());
        }
    }

    @Test
    void theSampleInputStaysSmall(@TempDir Path dir) throws IOException {
        PORTFOLIO.writeTo(dir);
        long bytes = 0;
        for (Path file : inputFiles(dir)) {
            bytes += Files.size(dir.resolve(file.toString()));
        }
        assertThat(bytes).isPositive().isLessThan(3_000_000L);
    }

    /** Writes target/sample-portfolio-expected.md: the table of expected decisions for the README and review. */
    @Test
    void writesTheTableOfExpectedDecisions() throws IOException {
        Map<String, ExpectedFigures> figures = new TreeMap<>();
        Map<String, Decision> decisions = new TreeMap<>();
        for (InitiativeRow row : PORTFOLIO.initiatives()) {
            ExpectedFigures f = ExpectedFigures.of(PORTFOLIO, row);
            figures.put(row.id(), f);
            decisions.put(row.id(), f.findings().decision(f.notStarted()));
        }
        Map<String, BigDecimal> reallocated = reallocate(figures, decisions);
        List<String> lines = new ArrayList<>();
        lines.add("| id | archetype | decision | codes | age/mat | var ITD | VAC % | att | exp | gap | ROI ITD"
                + " | net run rate | dq | next Q budget | recommended | benefit/cost | reallocated |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (InitiativeRow row : PORTFOLIO.initiatives()) {
            ExpectedFigures f = figures.get(row.id());
            ExpectedFigures.Findings findings = f.findings();
            Decision decision = decisions.get(row.id());
            lines.add(String.join(" | ", "| " + f.id(), row.design().archetype.name(), decision.name(),
                    findings.codes().stream().map(Enum::name).collect(Collectors.joining(", ")),
                    f.ageMonths() + "/" + f.maturityMonths(), pct(f.varianceItdPct()), pct(f.vacPct()),
                    pct(f.attainment()), f.notStarted() ? "" : pct(f.expectedAttainment()), pct(f.attainmentGap()),
                    pct(f.roiItd()), money(f.netRunRate()), f.notStarted() ? "" : String.valueOf(f.dqScore()),
                    money(f.nextQuarterBudget()), money(f.recommendedFunding(decision)),
                    f.benefitCostRatio() == null ? "" : String.format("%.2f", f.benefitCostRatio()),
                    money(reallocated.get(row.id()))) + " |");
        }
        BigDecimal released = BigDecimal.ZERO;
        for (ExpectedFigures f : figures.values()) {
            released = released.add(f.nextQuarterBudget().subtract(f.recommendedFunding(decisions.get(f.id())))
                    .max(BigDecimal.ZERO));
        }
        BigDecimal allocated = reallocated.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add("");
        lines.add("released " + money(released) + ", reallocated " + money(allocated) + ", unallocated "
                + money(released.subtract(allocated)));
        Path table = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("target/sample-portfolio-expected.md");
        Files.createDirectories(table.getParent());
        Files.write(table, lines, StandardCharsets.UTF_8);
        assertThat(Files.readAllLines(table)).hasSize(44);
        assertThat(allocated).isPositive().isLessThan(released);
    }

    /**
     * SPEC §2.5 reallocation with the defaults: released funds go to CONTINUE initiatives with
     * benefit/cost >= 1.5, best ratio first, at most +50% of their next-quarter budget each.
     */
    private static Map<String, BigDecimal> reallocate(Map<String, ExpectedFigures> figures,
                                                      Map<String, Decision> decisions) {
        BigDecimal pool = BigDecimal.ZERO;
        for (ExpectedFigures f : figures.values()) {
            pool = pool.add(f.nextQuarterBudget().subtract(f.recommendedFunding(decisions.get(f.id())))
                    .max(BigDecimal.ZERO));
        }
        List<ExpectedFigures> eligible = figures.values().stream()
                .filter(f -> decisions.get(f.id()) == Decision.CONTINUE)
                .filter(f -> f.benefitCostRatio() != null && f.benefitCostRatio() >= 1.5)
                .sorted((a, b) -> Double.compare(b.benefitCostRatio(), a.benefitCostRatio())).toList();
        Map<String, BigDecimal> reallocated = new TreeMap<>();
        for (ExpectedFigures f : eligible) {
            BigDecimal share = pool.min(f.nextQuarterBudget().multiply(new BigDecimal("0.5")));
            reallocated.put(f.id(), share);
            pool = pool.subtract(share);
        }
        return reallocated;
    }

    private static String pct(Double value) {
        return value == null ? "" : String.format("%.1f%%", 100 * value);
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : String.format("%,.0f", value.setScale(0, RoundingMode.HALF_UP));
    }
}
