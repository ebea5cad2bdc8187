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
                        + "2026-09-01,,20,,USD,AWS,Compute,,\"{\"\"initiative_id\"\":\"\"AI-001\"\"}\"\n")
                // a second bill with October cost of AI-001: still one warning for the initiative
                .write("cloud/bill-2.csv", HEADER
                        + "2026-10-01,,7,,USD,Microsoft,Storage,,\"{\"\"initiative_id\"\":\"\"AI-001\"\"}\"\n");

        PortfolioInputs inputs = read(input);

        assertThat(cloudActual(inputs, "AI-001", OCT)).isEqualByComparingTo("3007");
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

    /**
     * The two rows of the FOCUS specification's example {@code specification/data/ai_billing/
     * per_token_foundation_model_api.csv} (FinOps-Open-Cost-and-Usage-Spec/FOCUS_Spec): a FOCUS 1.3
     * export with 33 columns, no Tags, the provider as {@code ServiceProviderName}. Nothing is
     * allocated: 42.00 + 52.50 of May 2025 are unallocated under Solora AI's AI and Machine Learning.
     */
    @Test
    void theSpecificationsExampleOfAFocus13ExportIsRead() throws Exception {
        InputFolder input = InputFolder.smallPortfolio(tmp).write("cloud/per_token_foundation_model_api.csv", """
                BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,ChargePeriodEnd,ChargePeriodStart,ConsumedQuantity,ConsumedUnit,ContractedCost,ContractedUnitPrice,EffectiveCost,HostProviderName,InvoiceIssuerName,ListCost,ListUnitPrice,PricingCategory,PricingQuantity,PricingUnit,PrincipalId,ServiceCategory,ServiceName,ServiceProviderName,ServiceSubcategory,SkuId,SkuMeter,SkuPriceDetails,SkuPriceId
                42.00,acct-1001,Acme Corp,USD,2025-06-01T00:00:00Z,2025-05-01T00:00:00Z,Usage,,Input tokens consumed by Solora Saturn,Usage-Based,2025-06-01T00:00:00Z,2025-05-01T00:00:00Z,8400000,Tokens,42.00,5.0000,42.00,Solora AI,Solora AI,42.00,5.0000,Standard,8.40,1000000 Tokens,person1@example.com,AI and Machine Learning,Solora Generative AI API,Solora AI,Generative AI,solora-saturn-4.8-input,Input Tokens,"{""ModelDeveloper"":""Solora AI"",""ModelFamily"":""Solora Saturn"",""ModelId"":""solora-saturn-4.8"",""ModelVersion"":""4.8"",""TokenType"":""Input""}",solora-saturn-4.8-input-ondemand
                52.50,acct-1001,Acme Corp,USD,2025-06-01T00:00:00Z,2025-05-01T00:00:00Z,Usage,,Output tokens generated by Solora Saturn,Usage-Based,2025-06-01T00:00:00Z,2025-05-01T00:00:00Z,2100000,Tokens,52.50,25.0000,52.50,Solora AI,Solora AI,52.50,25.0000,Standard,2.10,1000000 Tokens,person1@example.com,AI and Machine Learning,Solora Generative AI API,Solora AI,Generative AI,solora-saturn-4.8-output,Output Tokens,"{""ModelDeveloper"":""Solora AI"",""ModelFamily"":""Solora Saturn"",""ModelId"":""solora-saturn-4.8"",""ModelVersion"":""4.8"",""TokenType"":""Output""}",solora-saturn-4.8-output-ondemand
                """);

        PortfolioInputs inputs = read(input);

        assertThat(inputs.issues().list()).isEmpty();
        assertThat(inputs.cloud().unallocatedBy()).extracting(u -> u.period() + " " + u.provider() + " "
                + u.serviceCategory() + " " + u.amount().toPlainString())
                .containsExactly("2025-05 Solora AI AI and Machine Learning 94.50");
        assertThat(inputs.cloud().allocated()).isZero();
    }

    private static byte[] gzip(byte[] text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text);
        }
        return bytes.toByteArray();
    }
}
