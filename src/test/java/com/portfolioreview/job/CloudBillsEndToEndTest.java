package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;
import com.portfolioreview.testsupport.InputFolder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cloud bills as actuals (SPEC §1.4), end to end on {@link InputFolder#smallPortfolio} (P = 2026-10)
 * plus two FOCUS exports, worked by hand:
 * <ul>
 * <li>{@code cloud/aws-2026-10.csv} (USD): AI-001 is tagged on 1,234.5678901234567890 (AI and ML) and
 * on 0.4321098765432110 (Storage; the key written {@code " Initiative_ID "}), together exactly 1,235;
 * a correction of −200 billed in October for September usage; 500 untagged (Compute, Tags
 * {@code NULL}); 50.25 whose Tags is not JSON (Storage): unallocated, with a warning.</li>
 * <li>{@code cloud/azure-2026-10.csv.gz} (EUR): 100 for AI-002, at October's 1.10 = 110 USD.</li>
 * </ul>
 */
@ExtendWith(OutputCaptureExtension.class)
class CloudBillsEndToEndTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    static final String AWS = """
            BillingAccountId,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,BilledCost,EffectiveCost,BillingCurrency,ProviderName,ServiceCategory,ChargeCategory,ChargeClass,Tags
            1234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-05T00:00:00Z,2026-10-06T00:00:00Z,1234.5678901234567890,1200,USD,AWS,AI and Machine Learning,Usage,,"{""initiative_id"":""AI-001"",""team"":""sre""}"
            1234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-07T00:00:00Z,2026-10-08T00:00:00Z,0.4321098765432110,0.4,USD,AWS,Storage,Usage,NULL,"{"" Initiative_ID "":""AI-001""}"
            1234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-09-15T00:00:00Z,2026-09-16T00:00:00Z,-200,-200,USD,AWS,AI and Machine Learning,Usage,Correction,"{""initiative_id"":""AI-001""}"
            1234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-07T00:00:00Z,2026-10-08T00:00:00Z,500.00,500,USD,AWS,Compute,Usage,,NULL
            1234,2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,2026-10-07T00:00:00Z,2026-10-08T00:00:00Z,50.25,50.25,USD,AWS,Storage,Usage,,"{""initiative_id"": ""AI-001""\"
            """;
    static final String AZURE = """
            BillingPeriodStart,BilledCost,BillingCurrency,ProviderName,ServiceCategory,Tags
            2026-10-01T00:00:00Z,100.00,EUR,Microsoft,AI and Machine Learning,"{""initiative_id"":""AI-002""}"
            """;

    @TempDir
    Path tmp;

    @Test
    void cloudCostsAreActualsOfTheirInitiativesAndTheRestIsReportedAsUnallocated(CapturedOutput output)
            throws IOException {
        InputFolder input = withCloudBills(InputFolder.smallPortfolio(tmp.resolve("in")));
        var before = input.digests();

        int exit = ReviewCommand.run(new String[] {"--input", "in", "--output", "out", "--data", "db"}, PROJECT, tmp);

        assertThat(exit).as(output.getOut()).isZero();
        assertThat(input.digests()).isEqualTo(before);
        assertThat(output.getOut()).contains("read cloud/aws-2026-10.csv: 5 rows, 0 rejected",
                "read cloud/azure-2026-10.csv.gz: 1 rows, 0 rejected");
        JsonNode s = JsonMapper.builder().build().readTree(tmp.resolve("out/2026-10/run-summary.json").toFile());

        JsonNode a1 = initiative(s, "AI-001");
        // October: 13,000 of staff + 1,234.5678901234567890 + 0.4321098765432110 of cloud = 14,235
        assertThat(a1.get("actual_month").decimalValue()).isEqualByComparingTo("14235.00");
        // to date: 99,000 + 1,235 + the correction of September, −200 = 100,035
        assertThat(a1.get("actual_itd").decimalValue()).isEqualByComparingTo("100035.00");
        // burn rate (12,000 + (11,000 − 200) + 14,235) / 3 = 12,345; EAC 100,035 + 2 × 12,345 = 124,725
        assertThat(a1.get("burn_rate").decimalValue()).isEqualByComparingTo("12345.00");
        assertThat(a1.get("eac").decimalValue()).isEqualByComparingTo("124725.00");
        assertThat(a1.get("vac").decimalValue()).isEqualByComparingTo("-4725.00");
        // AI-002: (500,00) EUR of vendor credit and 100 EUR of cloud, both at 1.10: −550 + 110
        assertThat(initiative(s, "AI-002").get("actual_month").decimalValue()).isEqualByComparingTo("-440.00");

        JsonNode cloud = s.get("cloud");
        assertThat(cloud.get("files").asInt()).isEqualTo(2);
        assertThat(cloud.get("rows").asLong()).isEqualTo(6);
        // allocated 1,235 − 200 + 110 = 1,145; unallocated 500 + 50.25 = 550.25; share 1,145 / 1,695.25
        assertThat(cloud.get("allocated").decimalValue()).isEqualByComparingTo("1145.00");
        assertThat(cloud.get("unallocated").decimalValue()).isEqualByComparingTo("550.25");
        assertThat(cloud.get("allocated_share").decimalValue()).isEqualByComparingTo("0.675417");
        assertThat(cloud.get("unallocated_by")).extracting(u -> u.get("period").asString() + " " + u.get("provider").asString()
                + " " + u.get("service_category").asString() + " " + u.get("amount").decimalValue().toPlainString())
                .containsExactly("2026-10 AWS Compute 500.0", "2026-10 AWS Storage 50.25");

        try (XSSFWorkbook workbook = new XSSFWorkbook(tmp.resolve("out/2026-10/portfolio-review-2026-10.xlsx").toFile())) {
            List<String> quality = rows(workbook.getSheet("Data Quality"));
            assertThat(quality).containsSubsequence("Cloud bills: allocated to initiatives | 1145.0 | of | 1695.25 | 0.675416605220469",
                    "Cloud Period | Provider | Service Category | Unallocated Cost", "2026-10 | AWS | Compute | 500.0",
                    "2026-10 | AWS | Storage | 50.25");
            List<String> assumptions = rows(workbook.getSheet("Assumptions"));
            assertThat(assumptions).containsSubsequence("Cloud Export | Rows | Allocated | Unallocated",
                    "cloud/aws-2026-10.csv | 5.0 | 1035.0 | 550.25", "cloud/azure-2026-10.csv.gz | 1.0 | 110.0 | 0.0");
            assertThat(assumptions).contains("review.cloud.cost-column | BilledCost");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }

        List<String> warnings = Files.readAllLines(tmp.resolve("out/2026-10/warnings.csv"));
        assertThat(warnings).anyMatch(w -> w.startsWith("\"cloud/aws-2026-10.csv\",\"6\",\"\",\"Tags is not a JSON object"));
        assertThat(warnings).anyMatch(w -> w.contains("\"AI-001\",\"cloud correction rows change the past months 2026-09"));
    }

    static InputFolder withCloudBills(InputFolder input) throws IOException {
        input.write("cloud/aws-2026-10.csv", AWS);
        Path azure = input.dir().resolve("cloud/azure-2026-10.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(azure))) {
            out.write(AZURE.getBytes(StandardCharsets.UTF_8));
        }
        return input;
    }

    /** Each row's cells as text, joined with " | ". */
    private static List<String> rows(Sheet sheet) {
        List<String> rows = new java.util.ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            for (Cell cell : row) {
                cells.add(switch (cell.getCellType()) {
                    case NUMERIC -> Double.toString(cell.getNumericCellValue());
                    case FORMULA -> cell.getCellFormula();
                    default -> cell.toString();
                });
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    private static JsonNode initiative(JsonNode summary, String id) {
        for (JsonNode n : summary.get("initiatives")) {
            if (n.get("initiative_id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no initiative " + id);
    }
}
