package com.portfolioreview.bench;

import com.portfolioreview.launch.ReviewCommand;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One measured run of the scale benchmark, in its own JVM so that its peak heap and RSS are its
 * own. Prints {@code BENCH seconds=… heap=… live=… rss=… budget=… actual=…} as its last line.
 *
 * <ul>
 *   <li>{@code duckdb DIR}: the ingest's peer: DuckDB (2 threads, DECIMAL) aggregates the same spend
 *       (unknown initiatives left out, EUR converted with fx_rates.csv) and KPI files (the last value
 *       read wins per (initiative, period, kpi), restatements counted).</li>
 *   <li>{@code job DIR WORK HOME}: the whole program ({@link ReviewCommand}), every output written.</li>
 * </ul>
 */
public final class BenchmarkChild {

    /** Start and end of the measured work (end 0: until the run returns). */
    private static final long[] T0 = new long[1];
    private static final long[] T1 = new long[1];
    /** Words of the data-quality warning the product records on a row that restates a KPI value. */
    static final String REMEASURED = " restated: ";

    private BenchmarkChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]).toAbsolutePath();
        try (MemoryWatch watch = new MemoryWatch()) {
            T0[0] = System.nanoTime();
            String totals = switch (args[0]) {
                case "duckdb" -> duckdb(dir);
                case "job" -> job(dir, Path.of(args[2]).toAbsolutePath(), Path.of(args[3]).toAbsolutePath());
                default -> throw new IllegalArgumentException(args[0]);
            };
            double seconds = (T1[0] == 0 ? System.nanoTime() - T0[0] : T1[0] - T0[0]) / 1e9;
            System.out.printf("BENCH seconds=%.3f heap=%d live=%d rss=%d %s%n", seconds, watch.peakHeapBytes(),
                    watch.peakLiveBytes(),
                    MemoryWatch.peakRssBytes(), totals);
        }
    }

    private static String duckdb(Path dir) throws Exception {
        String spend = "read_csv(" + filesOf(dir.resolve("spend")) + ", header = true, thousands = ',', columns = {"
                + "'initiative_id': 'VARCHAR', 'period': 'VARCHAR', 'cost_category': 'VARCHAR',"
                + " 'budget': 'DECIMAL(18,2)', 'actual': 'DECIMAL(18,2)', 'currency': 'VARCHAR'})";
        String fx = "read_csv('" + dir.resolve("fx_rates.csv") + "', header = true, columns = {"
                + "'period': 'VARCHAR', 'currency': 'VARCHAR', 'rate': 'DECIMAL(18,6)'})";
        String register = "read_csv('" + dir.resolve("initiatives.csv") + "', header = true, all_varchar = true)";
        String targets = "read_csv('" + dir.resolve("kpi_targets.csv") + "', header = true, all_varchar = true)";
        String kpi = "read_csv(" + filesOf(dir.resolve("kpi")) + ", header = true, columns = {"
                + "'initiative_id': 'VARCHAR', 'period': 'VARCHAR', 'kpi': 'VARCHAR', 'actual': 'DECIMAL(18,4)'})";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads = 2");
            T0[0] = System.nanoTime(); // the native library is loaded: the aggregation starts here
            String cells;
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(b), sum(a) FROM ("
                    + " SELECT s.initiative_id, s.period, upper(s.cost_category) AS category,"
                    + " sum(coalesce(s.budget, 0) * coalesce(f.rate, 1)) AS b,"
                    + " sum(coalesce(s.actual, 0) * coalesce(f.rate, 1)) AS a"
                    + " FROM " + spend + " s LEFT JOIN " + fx + " f ON f.period = s.period AND f.currency = s.currency"
                    + " WHERE s.initiative_id IN (SELECT initiative_id FROM " + register + ")"
                    + " GROUP BY ALL)")) {
                r.next();
                cells = "cells=" + r.getLong(1) + " budget=" + plain(r.getBigDecimal(2)) + " actual="
                        + plain(r.getBigDecimal(3));
            }
            // the last value read wins (file-name order, then line order): a line number over the files
            // in that order, then per key the newest line; a repeat with another value is a restatement
            try (ResultSet r = s.executeQuery("WITH lines AS (SELECT initiative_id, period, lower(kpi) AS kpi_key, actual,"
                    + " row_number() OVER () AS line FROM " + kpi + "),"
                    + " known AS (SELECT l.* FROM lines l SEMI JOIN (SELECT initiative_id, lower(kpi) AS kpi_key FROM "
                    + targets + ") t USING (initiative_id, kpi_key)),"
                    + " ordered AS (SELECT actual, lag(actual) OVER w AS earlier, lead(line) OVER w IS NULL AS newest"
                    + " FROM known WINDOW w AS (PARTITION BY initiative_id, period, kpi_key ORDER BY line))"
                    + " SELECT count(*) FILTER (WHERE newest), sum(actual) FILTER (WHERE newest),"
                    + " count(*) FILTER (WHERE earlier <> actual) FROM ordered")) {
                r.next();
                String kpis = cells + " kpiValues=" + r.getLong(1) + " kpiSum=" + plain(r.getBigDecimal(2))
                        + " restatements=" + r.getLong(3);
                String cloud = Files.isDirectory(dir.resolve("cloud")) ? " " + cloud(s, dir, fx, register) : "";
                T1[0] = System.nanoTime();
                return kpis + cloud;
            }
        }
    }

    /**
     * SPEC §1.4's peer: the FOCUS rows' BilledCost at the rate of their billing month, allocated
     * when the Tags' initiative_id is a register id, else unallocated.
     */
    private static String cloud(Statement s, Path dir, String fx, String register) throws java.sql.SQLException,
            java.io.IOException {
        String bill = "read_csv(" + filesOf(dir.resolve("cloud")) + ", header = true, nullstr = 'NULL', columns = {"
                + "'BillingAccountId': 'VARCHAR', 'BillingPeriodStart': 'VARCHAR', 'BillingPeriodEnd': 'VARCHAR',"
                + " 'ChargePeriodStart': 'VARCHAR', 'ChargePeriodEnd': 'VARCHAR', 'ChargeCategory': 'VARCHAR',"
                + " 'ChargeClass': 'VARCHAR', 'ProviderName': 'VARCHAR', 'ServiceCategory': 'VARCHAR',"
                + " 'SubAccountName': 'VARCHAR', 'BilledCost': 'DECIMAL(18,12)', 'EffectiveCost': 'DECIMAL(18,12)',"
                + " 'BillingCurrency': 'VARCHAR', 'Tags': 'VARCHAR'})";
        try (ResultSet r = s.executeQuery("WITH b AS (SELECT regexp_extract(Tags, '\"initiative_id\":\"([^\"]*)\"', 1) AS id,"
                + " BilledCost * coalesce(f.rate, 1) AS cost FROM " + bill + " c LEFT JOIN " + fx + " f"
                + " ON f.period = substr(c.BillingPeriodStart, 1, 7) AND f.currency = c.BillingCurrency)"
                + " SELECT sum(cost) FILTER (WHERE id IN (SELECT initiative_id FROM " + register + ")),"
                + " sum(cost) FILTER (WHERE coalesce(id, '') NOT IN (SELECT initiative_id FROM " + register + "))"
                + " FROM b")) {
            r.next();
            return "cloudallocated=" + plain(r.getBigDecimal(1)) + " cloudunallocated=" + plain(r.getBigDecimal(2));
        }
    }

    /** The CSV files of a folder as a DuckDB list, in file-name order (the order the job reads them in). */
    private static String filesOf(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .map(f -> "'" + f.toString().replace("'", "''") + "'").sorted()
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    private static String job(Path dir, Path work, Path home) {
        int exit = ReviewCommand.run(new String[] {"--input", dir.toString(), "--output", work.resolve("out").toString(),
            "--data", work.resolve("data").toString(), "--period", ScaleInputGenerator.PERIOD.toString()}, home, work);
        return "exit=" + exit;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }
}
