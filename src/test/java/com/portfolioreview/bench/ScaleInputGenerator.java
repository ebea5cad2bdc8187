package com.portfolioreview.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded input folder of any size for the scale benchmark: K initiatives in
 * eight business units, 34 months (P−30 .. P+3, P = 2026-10), six cost categories, N spend rows
 * in four files (by period range, ledger lines spread evenly over the (initiative, period,
 * category) cells) and M KPI rows in two files (as many KPIs per initiative as M needs, each
 * (initiative, kpi, month) measured once).
 *
 * <p>Or, with a restated-history KPI export of R rows (instead of the M rows), one KPI file as a
 * monitoring tool writes it when it exports its whole history every month: six successive
 * full-history snapshots of about R/6 distinct (initiative, period, kpi) measurements (the most
 * recent months, periods ≤ P), where a repeat carries a different value (a restatement, SPEC
 * §1.1) except 1 in 25 that repeats the value it restates (silent). The last value read wins.
 *
 * <p>Mostly plain rows like a ledger system writes them, plus a realistic sprinkle of what the
 * parser must still get right: about 1 row in 2,000 with a quoted thousands-separated amount
 * ({@code "12,345.67"}), 1 in 5,000 in EUR (converted with fx_rates.csv), 1 in 10,000 with a
 * lower-case category, 1 in 20,000 rejected (unknown initiative), and a "Total" summary row at
 * the end of every spend file. The exact expected totals of accepted spend (BigDecimal, in the
 * reporting currency, all periods and periods ≤ P), the distinct KPI measurements, the
 * restatements and the exact sum of the winning KPI values are written to
 * {@code expected-totals.properties} next to the inputs: what the benchmark checks every run against.
 *
 * <p>{@code java ... ScaleInputGenerator DIR SPEND_ROWS KPI_ROWS INITIATIVES [SEED [RESTATED_KPI_ROWS]]}
 */
public final class ScaleInputGenerator {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final YearMonth FIRST = PERIOD.minusMonths(30);
    static final int MONTHS = 34;
    static final String[] CATEGORIES = {"COMPUTE", "LICENSES", "STAFF", "VENDOR", "DATA", "OTHER"};
    static final String[] UNITS = {"Infrastructure & Cloud", "Service Desk", "Network", "Security Operations",
        "Data Platform", "End-User Computing", "Applications", "Site Reliability"};
    static final BigDecimal EUR_RATE_BASE = new BigDecimal("1.0800");
    /** Months a KPI can be measured in: FIRST .. PERIOD. */
    static final int KPI_MONTHS = 31;
    /** Full-history snapshots in the restated-history export: each measurement appears about this often. */
    static final int SNAPSHOTS = 6;
    /** One repeat in this many carries the value it repeats (silent); the others restate it. */
    static final int SAME_VALUE_EVERY = 25;
    static final String RESTATED_FILE = "kpi/kpi-history.csv";

    private final Path dir;
    private final long spendRows;
    private final long kpiRows;
    private final int initiatives;
    private final long seed;
    private final long restatedKpiRows;
    private BigDecimal budgetTotal = BigDecimal.ZERO;
    private BigDecimal actualTotal = BigDecimal.ZERO;
    private BigDecimal budgetItd = BigDecimal.ZERO;
    private BigDecimal actualItd = BigDecimal.ZERO;
    private long kpiMeasurements;
    private long kpiRestatements;
    private long kpiSilentRepeats;
    /** Sum of the winning KPI values, in tenths (every generated value has one decimal). */
    private long kpiWinningTenths;
    private long rejectedRows;
    private long summaryRows;

    public ScaleInputGenerator(Path dir, long spendRows, long kpiRows, int initiatives, long seed) {
        this(dir, spendRows, kpiRows, initiatives, seed, 0);
    }

    /**
     * @param restatedKpiRows rows of the restated-history KPI export, written instead of the
     *                        {@code kpiRows} plain KPI rows (which must then be 0); 0: none
     */
    public ScaleInputGenerator(Path dir, long spendRows, long kpiRows, int initiatives, long seed, long restatedKpiRows) {
        if (restatedKpiRows > 0 && kpiRows > 0) {
            throw new IllegalArgumentException("either plain KPI rows or a restated-history KPI export, not both");
        }
        this.dir = dir;
        this.spendRows = spendRows;
        this.kpiRows = kpiRows;
        this.initiatives = initiatives;
        this.seed = seed;
        this.restatedKpiRows = restatedKpiRows;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        new ScaleInputGenerator(dir, Long.parseLong(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]),
                args.length > 4 ? Long.parseLong(args[4]) : 20261031L,
                args.length > 5 ? Long.parseLong(args[5]) : 0).write();
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "AI-%05d", i + 1);
    }

    static BigDecimal eurRate(YearMonth m) {
        return EUR_RATE_BASE.add(BigDecimal.valueOf((m.getMonthValue() * 7L + m.getYear()) % 50, 4));
    }

    /** Writes every input file and expected-totals.properties. */
    public void write() throws IOException {
        Files.createDirectories(dir.resolve("spend"));
        Files.createDirectories(dir.resolve("kpi"));
        SplittableRandom random = new SplittableRandom(seed);
        writeRegister(random.split());
        long measurements = restatedKpiRows > 0 ? -Math.floorDiv(-restatedKpiRows, SNAPSHOTS) : kpiRows;
        int kpisPerInitiative = (int) Math.max(1, -Math.floorDiv(-measurements, (long) initiatives * KPI_MONTHS));
        writeTargets(random.split(), kpisPerInitiative);
        writeFx();
        writeSpend(random.split());
        if (restatedKpiRows > 0) {
            writeRestatedKpiHistory(random.split(), kpisPerInitiative, (int) measurements);
        } else {
            writeKpis(random.split(), kpisPerInitiative);
        }
        Properties expected = new Properties();
        expected.setProperty("spend.rows", Long.toString(spendRows + summaryRows));
        expected.setProperty("spend.rejected", Long.toString(rejectedRows));
        expected.setProperty("spend.summary", Long.toString(summaryRows));
        expected.setProperty("spend.budget", budgetTotal.toPlainString());
        expected.setProperty("spend.actual", actualTotal.toPlainString());
        expected.setProperty("spend.budget.itd", budgetItd.toPlainString());
        expected.setProperty("spend.actual.itd", actualItd.toPlainString());
        expected.setProperty("kpi.rows", Long.toString(restatedKpiRows > 0 ? restatedKpiRows : kpiRows));
        expected.setProperty("kpi.measurements", Long.toString(kpiMeasurements));
        expected.setProperty("kpi.restatements", Long.toString(kpiRestatements));
        expected.setProperty("kpi.silent-repeats", Long.toString(kpiSilentRepeats));
        expected.setProperty("kpi.winning-sum", BigDecimal.valueOf(kpiWinningTenths, 1).toPlainString());
        try (Writer w = Files.newBufferedWriter(dir.resolve("expected-totals.properties"))) {
            expected.store(w, "exact totals of accepted spend rows (reporting currency; itd: periods <= " + PERIOD
                    + ") and of the winning KPI values");
        }
    }

    private void writeRegister(SplittableRandom r) throws IOException {
        try (Writer w = writer("initiatives.csv")) {
            w.write("initiative_id,name,business_unit,owner,owner_email,use_case,stage,start_date,planned_end_date,"
                    + "approved_budget,currency,maturity_months\n");
            for (int i = 0; i < initiatives; i++) {
                YearMonth start = FIRST.plusMonths(r.nextInt(24));
                YearMonth end = PERIOD.plusMonths(3 + r.nextInt(24));
                long budget = (500_000 + r.nextInt(4_000_000)) * 100L;
                w.write(id(i) + ",Initiative " + (i + 1) + "," + UNITS[i % UNITS.length] + ",Owner " + (i % 97)
                        + ",owner" + (i % 97) + "@example.com,Predictive maintenance," + (i % 3 == 0 ? "PILOT" : "PRODUCTION")
                        + "," + start + "-01," + end.atEndOfMonth() + "," + cents(budget) + ",USD," + (6 + r.nextInt(12))
                        + "\n");
            }
        }
    }

    private void writeTargets(SplittableRandom r, int kpisPerInitiative) throws IOException {
        try (Writer w = writer("kpi_targets.csv")) {
            w.write("initiative_id,kpi,unit,direction,baseline,target,value_per_unit,weight\n");
            for (int i = 0; i < initiatives; i++) {
                for (int k = 0; k < kpisPerInitiative; k++) {
                    boolean lower = k % 2 == 0;
                    int baseline = 100 + r.nextInt(100);
                    int target = lower ? baseline - 20 - r.nextInt(40) : baseline + 20 + r.nextInt(40);
                    w.write(id(i) + ",KPI " + (k + 1) + ",units," + (lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER") + ","
                            + baseline + "," + target + "," + (50 + r.nextInt(500)) + ",1\n");
                }
            }
        }
    }

    private void writeFx() throws IOException {
        try (Writer w = writer("fx_rates.csv")) {
            w.write("period,currency,rate\n");
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST.plusMonths(m);
                w.write(month + ",EUR," + eurRate(month).toPlainString() + "\n");
            }
        }
    }

    /** Four files by period range; rows spread evenly over the cells of each range. */
    private void writeSpend(SplittableRandom r) throws IOException {
        int[] fileStarts = {0, 9, 18, 27, MONTHS};
        long cells = (long) initiatives * MONTHS * CATEGORIES.length;
        long row = 0;
        long cell = 0;
        for (int f = 0; f < 4; f++) {
            YearMonth from = FIRST.plusMonths(fileStarts[f]);
            YearMonth to = FIRST.plusMonths(fileStarts[f + 1] - 1);
            try (Writer w = writer("spend/spend-" + from + "-to-" + to + ".csv")) {
                w.write("initiative_id,period,cost_category,budget,actual,currency\n");
                StringBuilder line = new StringBuilder(96);
                for (int m = fileStarts[f]; m < fileStarts[f + 1]; m++) {
                    YearMonth month = FIRST.plusMonths(m);
                    boolean future = month.isAfter(PERIOD);
                    for (int i = 0; i < initiatives; i++) {
                        for (String category : CATEGORIES) {
                            cell++;
                            long upTo = cell * spendRows / cells;
                            for (; row < upTo; row++) {
                                line.setLength(0);
                                spendLine(line, r, row, i, month, category, future);
                                w.append(line);
                            }
                        }
                    }
                }
                w.write(",,Total,,,\n");
                summaryRows++;
            }
        }
    }

    private void spendLine(StringBuilder line, SplittableRandom r, long row, int initiative, YearMonth month,
                           String category, boolean future) {
        long budget = 10_000 + r.nextLong(2_000_000);
        long actual = future ? 0 : budget - 200_000 + r.nextLong(420_000);
        boolean rejected = row % 20_000 == 19_999;
        boolean eur = row % 5_000 == 4_999;
        boolean grouped = row % 2_000 == 1_999;
        boolean lower = row % 10_000 == 9_997;
        line.append(rejected ? "ZZ-" + initiative : id(initiative)).append(',').append(month).append(',')
                .append(lower ? category.toLowerCase(Locale.ROOT) : category).append(',');
        amount(line, budget, grouped);
        line.append(',');
        if (!future) {
            amount(line, actual, grouped);
        }
        line.append(',').append(eur ? "EUR" : "USD").append('\n');
        if (rejected) {
            rejectedRows++;
            return;
        }
        BigDecimal b = BigDecimal.valueOf(budget, 2);
        BigDecimal a = BigDecimal.valueOf(future ? 0 : actual, 2);
        if (eur) {
            b = b.multiply(eurRate(month));
            a = a.multiply(eurRate(month));
        }
        budgetTotal = budgetTotal.add(b);
        actualTotal = actualTotal.add(a);
        if (!future) {
            budgetItd = budgetItd.add(b);
            actualItd = actualItd.add(a);
        }
    }

    private static void amount(StringBuilder out, long cents, boolean grouped) {
        if (!grouped) {
            out.append(cents(cents));
            return;
        }
        String plain = cents(Math.abs(cents));
        StringBuilder g = new StringBuilder(plain);
        for (int at = plain.indexOf('.') - 3; at > 0; at -= 3) {
            g.insert(at, ',');
        }
        out.append('"').append(cents < 0 ? "-" : "").append(g).append('"');
    }

    static String cents(long cents) {
        long abs = Math.abs(cents);
        long frac = abs % 100;
        return (cents < 0 ? "-" : "") + abs / 100 + (frac < 10 ? ".0" : ".") + frac;
    }

    private void writeKpis(SplittableRandom r, int kpisPerInitiative) throws IOException {
        long written = 0;
        List<int[]> files = new ArrayList<>(List.of(new int[] {0, 18}, new int[] {18, 31}));
        for (int[] range : files) {
            YearMonth from = FIRST.plusMonths(range[0]);
            try (Writer w = writer("kpi/kpi-" + from + ".csv")) {
                w.write("initiative_id,period,kpi,actual\n");
                for (int m = range[0]; m < range[1] && written < kpiRows; m++) {
                    YearMonth month = FIRST.plusMonths(m);
                    for (int i = 0; i < initiatives && written < kpiRows; i++) {
                        for (int k = 0; k < kpisPerInitiative && written < kpiRows; k++) {
                            int units = 60 + r.nextInt(150);
                            int tenth = r.nextInt(10);
                            w.write(id(i) + "," + month + ",KPI " + (k + 1) + "," + units + "." + tenth + "\n");
                            kpiWinningTenths += units * 10L + tenth;
                            kpiMeasurements++;
                            written++;
                        }
                    }
                }
            }
        }
    }

    /**
     * The restated-history export: {@link #SNAPSHOTS} successive snapshots of the same
     * {@code measurements} (the latest months of every initiative's KPIs, each snapshot ordered by
     * period, initiative and KPI), cut at {@code restatedKpiRows} rows.
     */
    private void writeRestatedKpiHistory(SplittableRandom r, int kpisPerInitiative, int measurements) throws IOException {
        long perMonth = (long) initiatives * kpisPerInitiative;
        long skipped = perMonth * KPI_MONTHS - measurements;
        int[] current = new int[measurements];
        long written = 0;
        try (Writer w = writer(RESTATED_FILE)) {
            w.write("initiative_id,period,kpi,actual\n");
            StringBuilder line = new StringBuilder(48);
            for (int snapshot = 0; snapshot < SNAPSHOTS && written < restatedKpiRows; snapshot++) {
                for (int m = 0; m < measurements && written < restatedKpiRows; m++, written++) {
                    long slot = skipped + m;
                    int tenths = 600 + r.nextInt(1500);
                    if (snapshot > 0) {
                        if (r.nextInt(SAME_VALUE_EVERY) == 0) {
                            tenths = current[m];
                            kpiSilentRepeats++;
                        } else {
                            if (tenths == current[m]) {
                                tenths = tenths == 2099 ? 600 : tenths + 1;
                            }
                            kpiRestatements++;
                        }
                    }
                    current[m] = tenths;
                    line.setLength(0);
                    line.append(id((int) (slot % perMonth / kpisPerInitiative))).append(',')
                            .append(FIRST.plusMonths(slot / perMonth)).append(",KPI ")
                            .append(slot % kpisPerInitiative + 1).append(',')
                            .append(tenths / 10).append('.').append(tenths % 10).append('\n');
                    w.append(line);
                }
            }
        }
        kpiMeasurements = measurements;
        for (int tenths : current) {
            kpiWinningTenths += tenths;
        }
    }

    private Writer writer(String name) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8), 1 << 16);
    }
}
