package com.portfolioreview.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.portfolioreview.ingest.IngestListener;
import com.portfolioreview.ingest.PortfolioIngest;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.PortfolioInputs;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's inputs: the default folder stays byte for byte what earlier benchmark figures
 * were measured on, and the restated-history KPI export holds what expected-totals.properties
 * says (counted again here from the file, and by the product's own ingest).
 */
class ScaleInputGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultInputsAreByteIdenticalToThoseEarlierFiguresWereMeasuredOn() throws Exception {
        new ScaleInputGenerator(dir, 30_000, 5_000, 40, 20261031L).write();

        // SHA-256 of each file as generated before the restated-history option existed
        assertThat(sha256Of(dir)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "fx_rates.csv", "075cd1dd66de231f3be8b1db7ffa8556dc20a797a8798a8111a7bb8c51a375ec",
                "initiatives.csv", "402c9ca9f32d3282d52254ddd302e858e8c20a07e285373e66dbf79089bda701",
                "kpi/kpi-2024-04.csv", "76f038b59c7a27054c701f2fd29a2016ba1eddc3bfb50c49ed5afe6f7ef62188",
                "kpi/kpi-2025-10.csv", "e97b9011f7ecb703a8be723265854a032650a08176c7cc13c68baf8998da56c9",
                "kpi_targets.csv", "e95d8a6137245df1ac1856467dc0397925cd84ade38c38c3ae6ef152c7cd0dc6",
                "spend/spend-2024-04-to-2024-12.csv", "84784bdf33f8d2dcdab9b585b1955b61d07a457415e06845e07ce559946888a8",
                "spend/spend-2025-01-to-2025-09.csv", "1d668310c5521f9ac9be5adfd3de48200e9492e3a82bddd83c924aa004809630",
                "spend/spend-2025-10-to-2026-06.csv", "20f8d7fce012c8d0dd233402f0e6dc5a9fb383eb70cbc570ec2babb1c7132339",
                "spend/spend-2026-07-to-2027-01.csv", "8344f795ce34a8266a095b0bdf39a16ff6ca28c420d20a2d4a934e38a90506aa"));
        Properties expected = expected(dir);
        assertThat(expected.getProperty("spend.budget")).isEqualTo("302756326.690606");
        assertThat(expected.getProperty("spend.actual")).isEqualTo("278890319.368919");
        assertThat(expected.getProperty("kpi.measurements")).isEqualTo("5000");
        assertThat(expected.getProperty("kpi.restatements")).isEqualTo("0");
        assertThat(new BigDecimal(expected.getProperty("kpi.winning-sum"))).isEqualByComparingTo(kpiHistoryOf(dir).winningSum);
    }

    @Test
    void theRestatedHistoryExportRepeatsEachMeasurementAboutSixTimesMostlyWithADifferentValue() throws Exception {
        new ScaleInputGenerator(dir, 3_000, 0, 40, 20261031L, 6_000).write();

        assertThat(sha256Of(dir)).containsKey(ScaleInputGenerator.RESTATED_FILE).hasSize(8); // one KPI file only
        Properties expected = expected(dir);
        KpiHistory counted = kpiHistoryOf(dir);
        assertThat(counted.rows).isEqualTo(6_000);
        assertThat(counted.distinct).isEqualTo(1_000).hasToString(expected.getProperty("kpi.measurements"));
        assertThat(counted.restatements).hasToString(expected.getProperty("kpi.restatements"));
        assertThat(counted.silentRepeats).hasToString(expected.getProperty("kpi.silent-repeats"));
        assertThat(counted.restatements + counted.silentRepeats).isEqualTo(5_000);
        assertThat(counted.restatements).as("most repeats restate the value").isGreaterThan(4_500);
        assertThat(counted.silentRepeats).as("some repeat it").isPositive();
        assertThat(counted.winningSum).isEqualByComparingTo(expected.getProperty("kpi.winning-sum"));
        assertThat(counted.latestPeriod).isEqualTo(ScaleInputGenerator.PERIOD);
    }

    @Test
    void theProductsIngestKeepsTheWinningValuesTheGeneratorExpects() throws Exception {
        new ScaleInputGenerator(dir, 3_000, 0, 40, 20261031L, 6_000).write();
        Properties expected = expected(dir);

        PortfolioInputs inputs = new PortfolioIngest("USD", 0.02, IngestListener.NONE).read(dir, ScaleInputGenerator.PERIOD);

        long values = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Initiative initiative : inputs.initiatives()) {
            for (NavigableMap<YearMonth, BigDecimal> series : inputs.kpis().of(initiative.id()).values()) {
                values += series.size();
                sum = series.values().stream().reduce(sum, BigDecimal::add);
            }
        }
        assertThat(values).hasToString(expected.getProperty("kpi.measurements"));
        assertThat(sum).isEqualByComparingTo(expected.getProperty("kpi.winning-sum"));
    }

    private record KpiHistory(long rows, long distinct, long restatements, long silentRepeats, BigDecimal winningSum,
                              YearMonth latestPeriod) {
    }

    /** Every KPI file read again in file-name then line order, the last value of a key winning. */
    private static KpiHistory kpiHistoryOf(Path dir) throws Exception {
        Map<String, BigDecimal> last = new HashMap<>();
        long rows = 0;
        long restatements = 0;
        long silent = 0;
        YearMonth latest = YearMonth.of(1, 1);
        for (Path file : files(dir.resolve("kpi")).values()) {
            try (Reader in = Files.newBufferedReader(file)) {
                for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    rows++;
                    BigDecimal value = new BigDecimal(r.get("actual"));
                    BigDecimal before = last.put(r.get("initiative_id") + "|" + r.get("period") + "|" + r.get("kpi"), value);
                    if (before != null && before.compareTo(value) != 0) {
                        restatements++;
                    } else if (before != null) {
                        silent++;
                    }
                    YearMonth period = YearMonth.parse(r.get("period"));
                    latest = period.isAfter(latest) ? period : latest;
                }
            }
        }
        BigDecimal sum = last.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new KpiHistory(rows, last.size(), restatements, silent, sum, latest);
    }

    private static Properties expected(Path dir) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("expected-totals.properties"))) {
            p.load(in);
        }
        return p;
    }

    /** The input files by their path under {@code dir}, in name order. */
    private static TreeMap<String, Path> files(Path dir) throws Exception {
        TreeMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".csv"))
                    .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    private static Map<String, String> sha256Of(Path dir) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        for (Map.Entry<String, Path> f : files(dir).entrySet()) {
            sums.put(f.getKey(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f.getValue()))));
        }
        return sums;
    }
}
