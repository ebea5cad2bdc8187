package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;

import com.portfolioreview.testsupport.InputFolder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real program (Spring Boot, Spring Batch, HSQLDB file database) on input folders
 * written by the test, and checks its outputs against figures worked out by hand.
 */
@ExtendWith(OutputCaptureExtension.class)
class MonthlyReviewEndToEndTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return ReviewCommand.run(args, PROJECT, tmp);
    }

    private JsonNode summary(String period) throws IOException {
        return JsonMapper.builder().build().readTree(tmp.resolve("out").resolve(period).resolve("run-summary.json").toFile());
    }

    private static JsonNode initiative(JsonNode summary, String id) {
        for (JsonNode n : summary.get("initiatives")) {
            if (n.get("initiative_id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no initiative " + id);
    }

    @Test
    void reviewsTheSmallPortfolioWithHandComputedSpendFigures(CapturedOutput output) throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        var before = input.digests();

        int exit = run("--input", "in", "--output", "out", "--data", "db");

        assertThat(exit).as(output.getOut()).isZero();
        assertThat(input.digests()).isEqualTo(before);
        Path out = tmp.resolve("out/2026-10");
        assertThat(out.resolve("portfolio-review-2026-10.xlsx")).isRegularFile();
        assertThat(out.resolve("business-units/portfolio-review-2026-10-service-desk.xlsx")).isRegularFile();
        assertThat(out.resolve("business-units/portfolio-review-2026-10-infrastructure-cloud.xlsx")).isRegularFile();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(output.getOut()).contains("step ingest", "step review", "step publish", "done: period 2026-10");

        JsonNode s = summary("2026-10");
        assertThat(s.get("period").asString()).isEqualTo("2026-10");
        assertThat(s.get("counts").get("initiatives").asInt()).isEqualTo(3);
        assertThat(s.get("counts").get("rejected_rows").asInt()).isZero();

        // AI-001: S = 2026-01, P = 2026-10 → age 10 (both ends), maturity 6 → mature; E = 2026-12 → 2 months left.
        JsonNode a1 = initiative(s, "AI-001");
        assertThat(a1.get("age_months").asInt()).isEqualTo(10);
        assertThat(a1.get("mature").asBoolean()).isTrue();
        assertThat(a1.get("months_remaining").asInt()).isEqualTo(2);
        // month: budget 10,000, actual 13,000 → variance 3,000 = 30 %
        assertThat(a1.get("budget_month").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(a1.get("actual_month").decimalValue()).isEqualByComparingTo("13000.00");
        assertThat(a1.get("variance_month").decimalValue()).isEqualByComparingTo("3000.00");
        assertThat(a1.get("variance_month_pct").decimalValue()).isEqualByComparingTo("0.3");
        // ITD = YTD (fiscal year starts in January): budget 10 × 10,000 = 100,000;
        // actual 7 × 9,000 + (7,000 + 5,000 ledger lines) + 11,000 + 13,000 = 99,000 → variance −1,000 = −1 %
        assertThat(a1.get("budget_itd").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(a1.get("actual_itd").decimalValue()).isEqualByComparingTo("99000.00");
        assertThat(a1.get("variance_itd").decimalValue()).isEqualByComparingTo("-1000.00");
        assertThat(a1.get("variance_itd_pct").decimalValue()).isEqualByComparingTo("-0.01");
        assertThat(a1.get("budget_ytd").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(a1.get("actual_ytd").decimalValue()).isEqualByComparingTo("99000.00");
        // burn rate: (12,000 + 11,000 + 13,000) / 3 = 12,000; EAC = 99,000 + 12,000 × 2 = 123,000;
        // VAC = 120,000 − 123,000 = −3,000 = −2.5 % of the approved budget
        assertThat(a1.get("burn_rate").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(a1.get("eac").decimalValue()).isEqualByComparingTo("123000.00");
        assertThat(a1.get("vac").decimalValue()).isEqualByComparingTo("-3000.00");
        assertThat(a1.get("vac_pct").decimalValue()).isEqualByComparingTo("-0.025");
        // next quarter plan rows: 10,000 + 10,000 + 5,000
        assertThat(a1.get("next_quarter_budget").decimalValue()).isEqualByComparingTo("25000.00");

        // AI-002 in EUR, each amount at its own period's rate; S = 2026-07 → age 4, E = 2027-06 → 8 months left.
        JsonNode a2 = initiative(s, "AI-002");
        assertThat(a2.get("age_months").asInt()).isEqualTo(4);
        assertThat(a2.get("mature").asBoolean()).isFalse();
        assertThat(a2.get("months_remaining").asInt()).isEqualTo(8);
        // approved 100,000 EUR × 1.10 (rate of P) = 110,000
        assertThat(a2.get("approved_budget").decimalValue()).isEqualByComparingTo("110000.00");
        // actual: 1,000 × 1.08 + 2,000.50 × 1.09 − 500 × 1.10 = 1,080 + 2,180.545 − 550 = 2,710.545 → 2,710.55
        assertThat(a2.get("actual_itd").decimalValue()).isEqualByComparingTo("2710.55");
        // budget: 1,080 + 2,180 + 3,300 = 6,560
        assertThat(a2.get("budget_itd").decimalValue()).isEqualByComparingTo("6560.00");
        assertThat(a2.get("actual_month").decimalValue()).isEqualByComparingTo("-550.00");
        // burn: (2,180.545 + 0 (no September rows) − 550) / 3 = 543.515 → 543.52
        assertThat(a2.get("burn_rate").decimalValue()).isEqualByComparingTo("543.52");
        // EAC = 2,710.545 + 543.515 × 8 = 7,058.665 → 7,058.67 (exact decimals, rounded once)
        assertThat(a2.get("eac").decimalValue()).isEqualByComparingTo("7058.67");
        // VAC = 110,000 − 7,058.665 = 102,941.335 → 102,941.34
        assertThat(a2.get("vac").decimalValue()).isEqualByComparingTo("102941.34");

        JsonNode a3 = initiative(s, "AI-003");
        assertThat(a3.get("decision").asString()).isEqualTo("NOT_STARTED");
        assertThat(a3.get("not_started").asBoolean()).isTrue();

        try (Reader r = Files.newBufferedReader(out.resolve("rejects.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
            assertThat(rows).isEmpty();
        }
    }

    @Test
    void secondRunWithTheSameInputsDoesNothingAndChangedInputsRunAgain(CapturedOutput output) throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"));
        assertThat(run("--input", "in", "--output", "out", "--data", "db")).isZero();
        Path workbook = tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx");
        long firstWrite = Files.getLastModifiedTime(workbook).toMillis();

        assertThat(run("--input", "in", "--output", "out", "--data", "db")).isZero();
        assertThat(output.getOut()).contains("nothing to do");
        assertThat(Files.getLastModifiedTime(workbook).toMillis()).isEqualTo(firstWrite);

        // named to sort after kpi-2026.csv, so its value is the last one read
        input.write("kpi/kpi-restated-2026-10.csv", "initiative_id,period,kpi,actual\nAI-001,2026-10,MTTR,80\n");
        assertThat(run("--input", "in", "--output", "out", "--data", "db")).isZero();
        // the corrected KPI export replaces October's MTTR: improvement 120 − 80 = 40 minutes × 100 = 4,000
        assertThat(initiative(summary("2026-10"), "AI-001").get("benefit_month").decimalValue()).isEqualByComparingTo("4000.00");
    }

    @Test
    void rejectsBadRowsWithFileLineAndReasonAndNeutralisesFormulas(CapturedOutput output) throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"))
                .write("spend/spend-2026-h2.csv", """
                        initiative_id,period,cost_category,budget,actual,currency
                        AI-001,Jul 2026,STAFF,10000,9000,USD
                        AI-001,2026-08,STAFF,10000,7000,USD
                        AI-001,2026-08,COMPUTE,,5000,USD
                        AI-001,09/2026,STAFF,10000,11000,USD
                        AI-001,2026-10-31,STAFF,10000,13000,USD
                        AI-001,2026-10,STAFF,10000,"12,3x",USD
                        =cmd|'/c calc'!A1,2026-10,STAFF,1,1,USD
                        ,,Total,70000,58000,
                        """);
        Path config = tmp.resolve("lenient.yml");
        Files.writeString(config, "review:\n  input:\n    max-reject-ratio: 0.5\n");

        int exit = run("--input", "in", "--output", "out", "--data", "db", "--config", "lenient.yml");

        assertThat(exit).as(output.getOut()).isZero();
        try (Reader r = Files.newBufferedReader(tmp.resolve("out/2026-10/rejects.csv"))) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(r).getRecords();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).get("file")).isEqualTo("spend/spend-2026-h2.csv");
            assertThat(rows.get(0).get("line")).isEqualTo("7");
            assertThat(rows.get(0).get("initiative_id")).isEqualTo("AI-001");
            assertThat(rows.get(0).get("reason")).contains("actual").contains("12,3x");
            assertThat(rows.get(0).get("raw")).isEqualTo("AI-001,2026-10,STAFF,10000,\"12,3x\",USD");
            assertThat(rows.get(1).get("line")).isEqualTo("8");
            assertThat(rows.get(1).get("initiative_id")).startsWith("'=");
            assertThat(rows.get(1).get("raw")).startsWith("'=cmd");
            assertThat(rows.get(2).get("reason")).isEqualTo("summary row");
        }
        // the rejected rows are left out of every figure: October actual stays 13,000
        JsonNode a1 = initiative(summary("2026-10"), "AI-001");
        assertThat(a1.get("actual_month").decimalValue()).isEqualByComparingTo("13000.00");
        assertThat(a1.get("rejected_rows").asInt()).isEqualTo(1);
        assertThat(input.digests()).isNotEmpty();
    }

    @Test
    void unusableInputStopsWithExitCode3PublishesNothingAndLeavesInputsAlone(CapturedOutput output) throws IOException {
        InputFolder input = InputFolder.smallPortfolio(tmp.resolve("in"))
                .write("kpi_targets.csv", """
                        initiative_id,kpi,unit,baseline,target,value_per_unit
                        AI-001,MTTR,minutes,120,60,100
                        """);
        Files.delete(tmp.resolve("in/fx_rates.csv"));
        var before = input.digests();

        int exit = run("--input", "in", "--output", "out", "--data", "db");

        assertThat(exit).isEqualTo(3);
        assertThat(output.getOut()).contains("kpi_targets.csv").contains("direction");
        assertThat(input.digests()).isEqualTo(before);
        assertThat(tmp.resolve("out/2026-10")).doesNotExist();
    }

    @Test
    void badUsageAndMissingTemplateExitWith2(CapturedOutput output) {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        assertThat(run("--period", "2026-13")).isEqualTo(2);
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(output.getOut()).contains("unknown option '--frobnicate'").contains("usage:");
        int exit = ReviewCommand.run(new String[] {"--input", "in", "--output", "out", "--data", "db"}, tmp, tmp);
        assertThat(exit).isEqualTo(2);
        assertThat(output.getOut()).contains("portfolio-review.xlsx");
    }

    @Test
    void unknownOrInvalidConfigurationKeyExitsWith2(CapturedOutput output) throws IOException {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("bad.yml"), "review:\n  rules:\n    cancel:\n      max-atainment: 0.4\n");
        assertThat(run("--input", "in", "--output", "out", "--data", "db", "--config", "bad.yml")).isEqualTo(2);
        assertThat(output.getOut()).contains("max-atainment");
        Files.writeString(tmp.resolve("bad2.yml"), "review:\n  fiscal-year-start-month: 13\n");
        assertThat(run("--input", "in", "--output", "out", "--data", "db", "--config", "bad2.yml")).isEqualTo(2);
        assertThat(output.getOut()).contains(
                "portfolio-review: configuration error: review.fiscal-year-start-month must be less than or equal to 12 (was 13)");
        // a nested key is named by its whole kebab-case path, with the value as bound
        Files.writeString(tmp.resolve("bad3.yml"), "review:\n  rules:\n    recalibrate:\n      max-behind: 1.5\n");
        assertThat(run("--input", "in", "--output", "out", "--data", "db", "--config", "bad3.yml")).isEqualTo(2);
        assertThat(output.getOut()).contains(
                "portfolio-review: configuration error: review.rules.recalibrate.max-behind must be less than or equal to 1.0 (was 1.5)");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
