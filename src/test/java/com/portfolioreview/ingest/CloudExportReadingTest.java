package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of SPEC §1.4 one at a time, on {@link InputFolder#smallPortfolio} (P = 2026-10) with
 * one FOCUS export: allocation by cloud_allocation.csv and its shares, bad rows, the configured
 * columns, double counting, a damaged gzip file.
 */
class CloudExportReadingTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final String HEADER = "BillingPeriodStart,ChargePeriodStart,BilledCost,EffectiveCost,BillingCurrency,"
            + "ProviderName,ServiceCategory,ChargeClass,Tags\n";

    @TempDir
    Path tmp;

    private PortfolioInputs read(InputFolder input) throws InputUnusableException {
        return read(input, CloudSettings.DEFAULTS);
    }

    private PortfolioInputs read(InputFolder input, CloudSettings cloud) throws InputUnusableException {
        return new PortfolioIngest("USD", 1.0, OCT, IngestListener.NONE).withCloud(cloud).read(input.dir(), OCT);
    }

    private static BigDecimal cloudActual(PortfolioInputs inputs, String id, YearMonth month) {
        var categories = inputs.spend().of(id).get(month);
        SpendAmount amount = categories == null ? null : categories.get("CLOUD");
        return amount == null ? null : amount.actual();
    }

    private static List<String> warnings(PortfolioInputs inputs) {
        return inputs.issues().list().stream().filter(i -> i.kind() == InputIssue.Kind.WARNING)
                .map(i -> i.initiativeId() + ": " + i.reason()).toList();
    }

    @Test
    void theFirstMatchingRuleInFileOrderSplitsTheRowByItsShares() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp)
                .write("cloud_allocation.csv", """
                        tag,value,initiative_id,share
                        Project,aiops,AI-001,0.6
                        project,aiops,AI-002,0.3
                        team,sre,AI-002,
                        """)
                .write("cloud/bill.csv", HEADER
                        // both tags: project=aiops comes first in the file: 0.6 and 0.3 of 1,000, 100 left
                        + "2026-10-01T00:00:00Z,,1000,,USD,AWS,Compute,,\"{\"\"team\"\":\"\"sre\"\",\"\"PROJECT \"\":\"\" aiops\"\"}\"\n"
                        // team=sre alone: all of 10 to AI-002 (share empty = 1)
                        + "2026-10-01T00:00:00Z,,10,,USD,AWS,Compute,,\"{\"\"team\"\":\"\"sre\"\"}\"\n"
                        // a value that differs in case is another value: unallocated
                        + "2026-10-01T00:00:00Z,,7,,USD,AWS,Storage,,\"{\"\"project\"\":\"\"AIOPS\"\"}\"\n");

        PortfolioInputs inputs = read(input);

        assertThat(cloudActual(inputs, "AI-001", OCT)).isEqualByComparingTo("600");
        assertThat(cloudActual(inputs, "AI-002", OCT)).isEqualByComparingTo("310");
        CloudCosts cloud = inputs.cloud();
        assertThat(cloud.allocated()).isEqualByComparingTo("910");
        assertThat(cloud.unallocated()).isEqualByComparingTo("107");
        assertThat(cloud.unallocatedBy()).extracting(u -> u.serviceCategory() + " " + u.amount().stripTrailingZeros().toPlainString())
                .containsExactly("Compute 100", "Storage 7");
    }

    @Test
    void aRuleForAnUnknownInitiativeIsABadRowAndSharesAboveTheWholeMakeTheInputUnusable() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp)
                .write("cloud_allocation.csv", """
                        tag,value,initiative_id,share
                        project,aiops,AI-404,1
                        project,aiops,AI-001,0.7
                        project,aiops,AI-002,0.4
                        """)
                .write("cloud/bill.csv", HEADER + "2026-10-01,,10,,USD,AWS,Compute,,\n");

        assertThatThrownBy(() -> read(input)).isInstanceOf(InputUnusableException.class)
                .hasMessageContaining("cloud_allocation.csv: the shares of tag 'project' value 'aiops' add up to 1.1"
                        + " (line 4), more than the whole cost");

        input.write("cloud_allocation.csv", "tag,value,initiative_id,share\nproject,aiops,AI-404,1\nproject,aiops,AI-001,0.7\n");
        PortfolioInputs inputs = read(input);
        assertThat(inputs.issues().list()).anyMatch(i -> i.kind() == InputIssue.Kind.REJECTED
                && i.file().equals("cloud_allocation.csv") && i.line() == 2 && i.reason().equals("unknown initiative 'AI-404'"));
    }

    @Test
    void anUnreadableAmountCurrencyOrDateIsABadRowAndNullIsEmpty() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp).write("cloud/bill.csv", HEADER
                + "2026-10-01T00:00:00Z,,12.5x,,USD,AWS,Compute,,\n"
                + "2026-10-01T00:00:00Z,,12.5,,US Dollar,AWS,Compute,,\n"
                + "2026-13-01T00:00:00Z,,12.5,,USD,AWS,Compute,,\n"
                + "2026-10-01T00:00:00Z,,NULL,,USD,AWS,Compute,,\n"
                + "2026-12-01T00:00:00Z,,12.5,,USD,AWS,Compute,,\n"
                + "2026-10-01T00:00:00Z,,12.5,,USD,AWS,NULL,NULL,NULL\n");

        PortfolioInputs inputs = read(input);

        assertThat(inputs.issues().list()).filteredOn(i -> i.kind() == InputIssue.Kind.REJECTED)
                .extracting(i -> i.line() + " " + i.reason()).containsExactly(
                        "2 bad amount in column 'billedcost': \"12.5x\"",
                        "3 bad currency code in column 'billingcurrency': \"US Dollar\"",
                        "4 bad date-time in column 'billingperiodstart': \"2026-13-01T00:00:00Z\"",
                        "5 missing value in required column 'billedcost'",
                        "6 actual dated in the future");
        assertThat(inputs.cloud().unallocatedBy()).extracting(u -> u.provider() + "/" + u.serviceCategory() + " " + u.amount())
                .containsExactly("AWS/ 12.5");
        assertThat(inputs.cloud().rows()).isEqualTo(6);
    }

    @Test
    void theConfiguredCostAndPeriodColumnsAreRead() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp).write("cloud/bill.csv", HEADER
                + "2026-10-01T00:00:00Z,2026-09-30T23:00:00Z,100,80.5,USD,AWS,Compute,,\"{\"\"initiative_id\"\":\"\"AI-001\"\"}\"\n");

        PortfolioInputs inputs = read(input, new CloudSettings("EffectiveCost", "ChargePeriodStart", "initiative_id",
                "cloud"));

        assertThat(cloudActual(inputs, "AI-001", YearMonth.of(2026, 9))).isEqualByComparingTo("80.5");
        assertThat(cloudActual(inputs, "AI-001", OCT)).isNull();
    }

    @Test
    void actualsOfOneMonthAndCategoryFromSpendAndCloudExportsAreAWarning() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp)
                .append("spend/spend-2026-h2.csv", "AI-001,2026-10,Cloud,2000,1500,USD")
                .write("cloud/bill.csv", HEADER
                        + "2026-10-01,,1500,,USD,AWS,Compute,,\"{\"\"initiative_id\"\":\"\"AI-001\"\"}\"\n"
                        + "2026-09-01,,20,,USD,AWS,Compute,,\"{\"\"initiative_id\"\":\"\"AI-001\"\"}\"\n");

        PortfolioInputs inputs = read(input);

        assertThat(cloudActual(inputs, "AI-001", OCT)).isEqualByComparingTo("3000");
        assertThat(warnings(inputs)).containsOnlyOnce("AI-001: actuals of cost category CLOUD for 2026-10 come from both"
                + " spend/ and cloud/ exports: the cost may be counted twice");
    }

    @Test
    void aGzipExportIsReadAndAGzipFileCutShortMakesTheInputUnusable() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp);
        byte[] gzip = gzip((HEADER + "2026-10-01,,42,,USD,AWS,Compute,,\"{\"\"initiative_id\"\":\"\"AI-002\"\"}\"\n")
                .repeat(1).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(tmp.resolve("cloud"));
        Files.write(tmp.resolve("cloud/bill.csv.gz"), gzip);

        assertThat(cloudActual(read(input), "AI-002", OCT)).isEqualByComparingTo("42");

        Files.write(tmp.resolve("cloud/bill.csv.gz"), Arrays.copyOf(gzip, gzip.length - 12));
        assertThatThrownBy(() -> read(input)).isInstanceOf(InputUnusableException.class)
                .hasMessageContaining("cloud/bill.csv.gz: the gzip stream ends early or is damaged");
    }

    private static byte[] gzip(byte[] text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text);
        }
        return bytes.toByteArray();
    }
}
