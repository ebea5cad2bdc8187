package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.portfolio.SpendLedger;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A FOCUS export read in one pass ({@link CloudPlainRows} taking the plain rows, quoted Tags
 * included) and read with Commons CSV throughout must agree on everything: allocated actuals per
 * initiative and month (scale included), unallocated cost per period, provider and category,
 * corrected months, row counts, every rejection and warning with its line and raw text, the
 * SHA-256. Thousands of generated rows mix plain rows with every form the hot path declines.
 */
class CloudFastPathDifferentialTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    /** Today's month: December 2026 and later is the future. */
    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    @TempDir
    Path spool;

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** A CSV field holding {@code value}, quoted when it must be or, now and then, when it need not. */
    private static String field(Random r, String value, char delimiter) {
        boolean must = value.indexOf('"') >= 0 || value.indexOf(delimiter) >= 0 || value.indexOf('\n') >= 0;
        return must || r.nextInt(8) == 0 ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String amount(Random r, char delimiter) {
        String digits = r.nextInt(3000) + pick(r, "", ".5", ".000000000123", ".123456789012", ".12345678901234567",
                ".12345678901234567890");
        String plain = (r.nextInt(6) == 0 ? "-" : "") + digits;
        String local = delimiter == ';' ? plain.replace('.', ',') : plain;
        return switch (r.nextInt(16)) {
            case 0 -> pick(r, "NULL", "", " NULL ");
            case 1 -> delimiter == ';' ? "1.234,56" : "1,234.56";
            case 2 -> " " + local;
            case 3 -> pick(r, "abc", "1e5", "--5", "12345678901234567.5", "0.123456789012345678901");
            case 4 -> "0";
            default -> local;
        };
    }

    private static String tags(Random r) {
        return switch (r.nextInt(24)) {
            case 0 -> "NULL";
            case 1 -> "";
            case 2 -> "{}";
            case 3 -> " { } ";
            case 4 -> "{\"Initiative_ID \":\"AI-001\"}";
            case 5 -> "{\"initiative_id\":\" AI-002 \",\"env\":\"prod\"}";
            case 6 -> "{\"initiative_id\":\"AI-001\",\"initiative_id\":\"AI-002\"}";
            case 7 -> "{\"initiative_id\":\"AI-001\",\" INITIATIVE_ID\":\"AI-002\"}";
            case 8 -> "{\"initiative_id\":1}";
            case 9 -> "{\"initiative_id\":\"AI-\\u0030\\u00301\"}";
            case 10 -> pick(r, "{\"initiative_id\":}", "{\"a\":\"b\",}", "[\"AI-001\"]", "not json", "{\"a\":\"b\"} x");
            case 11 -> "{\"initiative_id\":\"AI-404\"}";
            case 12 -> "{\"initiative_id\":\"\"}";
            case 13 -> "{\"project\":\"aiops\",\"team\":\"sre\"}";
            case 14 -> "{\"TEAM\":\"sre\"}";
            case 15 -> "{\"project\":{\"name\":\"aiops\"}}";
            case 16 -> "{ \"project\" : \"aiops\" ,\n \"env\" : \"dev\" }";
            case 17 -> "{\"project\":\"AIOPS\"}";
            case 18 -> "{\"project\":\"aiops\",\"Project\":\"other\"}";
            case 19 -> "{\"cost-center\":\"cc-9\",\"initiative_id\":\"AI-002\"}";
            default -> "{\"initiative_id\":\"" + pick(r, "AI-001", "AI-002", "AI-003") + "\",\"env\":\"prod\"}";
        };
    }

    private String focusFile(Random r, char delimiter) {
        String d = String.valueOf(delimiter);
        StringBuilder out = new StringBuilder(String.join(d, "BillingPeriodStart", "ChargePeriodStart", "BilledCost",
                "EffectiveCost", "BillingCurrency", "ProviderName", "ServiceProviderName", "ServiceCategory",
                "ChargeClass", "Tags")).append(pick(r, "\n", "\r\n"));
        for (int i = 0; i < 4000; i++) {
            String billing = r.nextInt(12) == 0 ? pick(r, "2026-10-01T00:00:00.000Z", "2026-10-01", "2026-02-30T00:00:00Z",
                    "2026-10-01T00:00:00+02:00", "NULL", " 2026-10-01T00:00:00Z", "Oct 2026", "2026-10-01T00:00Z")
                    : pick(r, "2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z", "2026-10-01 00:00:00",
                    "2026-12-01T00:00:00Z", "2026-11-01T00:00:00Z");
            String charge = pick(r, "2026-08-15T00:00:00Z", "2026-09-20T10:00:00Z", "NULL", "bad");
            String currency = r.nextInt(10) == 0 ? pick(r, "EUR", "usd", "XXX", "NULL", " USD") : "USD";
            String provider = pick(r, "AWS", "AWS", "Microsoft", "NULL", "", " AWS");
            String serviceProvider = pick(r, "NULL", "Google Cloud", "");
            String category = pick(r, "Compute", "AI and Machine Learning", "Storage", "NULL", "Data, Lakes");
            String chargeClass = r.nextInt(15) == 0 ? pick(r, "Correction", "correction", " Correction ") : pick(r, "NULL", "");
            String line = r.nextInt(150) == 0 ? pick(r, "", "  ", d + d + d, d + d + "Total" + d + d + d)
                    : String.join(d, field(r, billing, delimiter), field(r, charge, delimiter),
                    field(r, amount(r, delimiter), delimiter), field(r, amount(r, delimiter), delimiter),
                    field(r, currency, delimiter), field(r, provider, delimiter), field(r, serviceProvider, delimiter),
                    field(r, category, delimiter), field(r, chargeClass, delimiter), field(r, tags(r), delimiter));
            out.append(line).append(pick(r, "\n", "\n", "\r\n", "\r"));
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {"21|,|false|", "22|;|false|", "23|,|true|", "24|;|true|",
        "25|,|true|", "26|,|false|.gz", "27|;|true|.GZ"})
    void chargeRowsGiveTheSameCostsRejectionsAndWarningsOnBothPaths(long seed, char delimiter, boolean rules,
                                                                   String gzip) throws Exception {
        InputFolder input = InputFolder.smallPortfolio(dir);
        if (rules) {
            input.write("cloud_allocation.csv", """
                    tag,value,initiative_id,share
                    project,aiops,AI-001,0.6
                    project,aiops,AI-002,0.3
                    TEAM,sre,AI-002,
                    initiative_id,AI-001,AI-001,1
                    """);
        }
        Path file = dir.resolve("cloud/bill.csv" + (gzip == null ? "" : gzip));
        Files.createDirectories(file.getParent());
        byte[] text = focusFile(new Random(seed), delimiter).getBytes(StandardCharsets.UTF_8);
        if (gzip == null) {
            Files.write(file, text);
        } else {
            java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(stored)) {
                out.write(text);
            }
            // bytes after the gzip stream, which readers ignore: still part of the file's SHA-256
            Files.write(file, java.util.Arrays.copyOf(stored.toByteArray(), stored.size() + 5));
        }
        IngestSettings settings = new IngestSettings("USD", 1.0, TODAY, null, CloudSettings.DEFAULTS);
        ReferenceFiles reference = ReferenceFiles.read(dir, OCT, settings, IngestListener.NONE);

        FileReading<CloudExport> fast = CloudExportReader.readInOnePass(dir, file, reference,
                settings.spoolingIn(spool), IngestListener.NONE);
        FileReading<CloudExport> slow = CloudExportReader.read(ExportFile.inspect(dir, file), reference, settings,
                IngestListener.NONE);

        assertThat(fast).as("read in one pass, not handed to the whole-file reading").isNotNull();
        assertThat(fast.file().sha256()).isEqualTo(slow.file().sha256()).isEqualTo(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(fast.file().isUnterminated()).isEqualTo(slow.file().isUnterminated());
        assertThat(fast.tally().dataRows()).isEqualTo(slow.tally().dataRows()).isGreaterThan(3900);
        assertThat(fast.tally().rejected()).isEqualTo(slow.tally().rejected()).isPositive();
        assertThat(fast.tally().issues().list()).containsExactlyElementsOf(slow.tally().issues().list())
                .anyMatch(i -> i.reason().equals(CloudExportReader.INVALID_TAGS))
                .anyMatch(i -> i.reason().equals("actual dated in the future"));
        assertThat(fast.tally().fileErrors()).isEqualTo(slow.tally().fileErrors()).isEmpty();
        assertThat(fast.ratesUsed()).isEqualTo(slow.ratesUsed()).isNotEmpty();
        assertThat(fast.content().costs("bill.csv", 1)).isEqualTo(slow.content().costs("bill.csv", 1));
        assertThat(fast.content().corrected()).isEqualTo(slow.content().corrected()).isNotEmpty();
        assertThat(cells(fast.content())).isEqualTo(cells(slow.content())).containsKeys("AI-001", "AI-002");
    }

    @org.junit.jupiter.api.Test
    void aGzipFileCutShortIsLeftToTheWholeFileReadingWhichSaysItIsDamaged() throws Exception {
        InputFolder.smallPortfolio(dir);
        Path file = dir.resolve("cloud/bill.csv.gz");
        Files.createDirectories(file.getParent());
        java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(stored)) {
            out.write(focusFile(new Random(28), ',').getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, java.util.Arrays.copyOf(stored.toByteArray(), stored.size() / 2));
        IngestSettings settings = new IngestSettings("USD", 1.0, TODAY, null, CloudSettings.DEFAULTS);
        ReferenceFiles reference = ReferenceFiles.read(dir, OCT, settings, IngestListener.NONE);

        assertThat(CloudExportReader.readInOnePass(dir, file, reference, settings, IngestListener.NONE)).isNull();
        FileReading<CloudExport> read = CloudExportReader.read(dir, file, reference, settings, IngestListener.NONE);
        assertThat(read.tally().fileErrors()).singleElement().asString().contains("gzip");
        assertThat(read.content().costs("bill.csv.gz", 0).allocated()).isZero();
    }

    /** Each initiative's allocated actuals by month, BigDecimal scales included. */
    private static Map<String, Object> cells(CloudExport export) {
        SpendLedger ledger = new SpendLedger();
        export.mergeInto(ledger);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : List.copyOf(ledger.initiativeIds())) {
            out.put(id, ledger.of(id));
        }
        return out;
    }
}
