package com.portfolioreview.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.Properties;
import java.util.SplittableRandom;

/**
 * A month's cloud bill for the scale benchmark (SPEC §1.4): one FOCUS export {@code cloud/focus-<P>.csv}
 * of R charge rows as AWS or Azure write them (ISO date-times, costs with 12 fractional digits,
 * {@code NULL} for empty values, the Tags JSON object), 30 % of them tagged {@code initiative_id}
 * with a register id (the rest carry other tags or none), 1 in 1,000 billed in EUR. The exact
 * allocated and unallocated totals (reporting currency) are added to
 * {@code expected-totals.properties} as {@code cloud.rows}, {@code cloud.allocated} and
 * {@code cloud.unallocated}.
 */
public final class FocusBillGenerator {

    static final String FILE = "cloud/focus-" + ScaleInputGenerator.PERIOD + ".csv";
    private static final String[] SERVICES = {"Compute", "AI and Machine Learning", "Storage", "Databases", "Networking"};
    private static final String[] OTHER_TAGS = {"{\"env\":\"prod\",\"team\":\"web\"}", "{}", "NULL",
        "{\"aws:createdBy\":\"ci\",\"env\":\"dev\"}"};
    /** Tagged rows in a hundred. */
    private static final int TAGGED_PERCENT = 30;
    private static final int SCALE = 12;

    private final Path dir;
    private final long rows;
    private final int initiatives;
    private final long seed;

    public FocusBillGenerator(Path dir, long rows, int initiatives, long seed) {
        this.dir = dir;
        this.rows = rows;
        this.initiatives = initiatives;
        this.seed = seed;
    }

    public void write() throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        YearMonth p = ScaleInputGenerator.PERIOD;
        String start = p.atDay(1) + "T00:00:00Z";
        String end = p.plusMonths(1).atDay(1) + "T00:00:00Z";
        BigDecimal eur = ScaleInputGenerator.eurRate(p);
        // exact sums in units of 10^-12 (USD) and of 10^-12 EUR, converted once at the end
        java.math.BigInteger allocatedUsd = java.math.BigInteger.ZERO;
        java.math.BigInteger allocatedEur = java.math.BigInteger.ZERO;
        java.math.BigInteger unallocatedUsd = java.math.BigInteger.ZERO;
        java.math.BigInteger unallocatedEur = java.math.BigInteger.ZERO;
        long allocatedPartUsd = 0;
        long allocatedPartEur = 0;
        long unallocatedPartUsd = 0;
        long unallocatedPartEur = 0;
        Files.createDirectories(dir.resolve("cloud"));
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            out.write("BillingAccountId,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,"
                    + "ChargeCategory,ChargeClass,ProviderName,ServiceCategory,SubAccountName,BilledCost,EffectiveCost,"
                    + "BillingCurrency,Tags\n");
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                boolean tagged = r.nextInt(100) < TAGGED_PERCENT;
                boolean inEur = r.nextInt(1000) == 0;
                // 0.000000000001 .. about 2,000.00, most of them small, as per-hour charges are
                long units = (long) (Math.pow(r.nextDouble(), 4) * 2_000_000_000_000_000.0 / 1_000) + 1;
                int day = 1 + r.nextInt(p.lengthOfMonth());
                line.setLength(0);
                line.append(inEur ? "EU-778899" : "123456789012").append(',').append(start).append(',').append(end)
                        .append(',').append(p.atDay(day)).append("T00:00:00Z,").append(p.atDay(day)).append("T01:00:00Z,")
                        .append("Usage,NULL,").append(inEur ? "Microsoft" : "AWS").append(',')
                        .append(SERVICES[r.nextInt(SERVICES.length)]).append(",aiops-").append(r.nextInt(40)).append(',');
                appendCost(line, units);
                line.append(',');
                appendCost(line, units);
                line.append(',').append(inEur ? "EUR" : "USD").append(',');
                if (tagged) {
                    line.append("\"{\"\"initiative_id\"\":\"\"").append(ScaleInputGenerator.id(r.nextInt(initiatives)))
                            .append("\"\",\"\"env\"\":\"\"prod\"\"}\"");
                    if (inEur) {
                        allocatedPartEur = add(allocatedPartEur, units);
                    } else {
                        allocatedPartUsd = add(allocatedPartUsd, units);
                    }
                } else {
                    String tags = OTHER_TAGS[r.nextInt(OTHER_TAGS.length)];
                    line.append(tags.startsWith("{") ? "\"" + tags.replace("\"", "\"\"") + "\"" : tags);
                    if (inEur) {
                        unallocatedPartEur = add(unallocatedPartEur, units);
                    } else {
                        unallocatedPartUsd = add(unallocatedPartUsd, units);
                    }
                }
                line.append('\n');
                out.append(line);
                if ((i & 0xFFF) == 0) { // 4,096 rows of at most 2e15 units fit a long
                    // fold the long accumulators into exact totals long before they could overflow
                    allocatedUsd = allocatedUsd.add(java.math.BigInteger.valueOf(allocatedPartUsd));
                    allocatedEur = allocatedEur.add(java.math.BigInteger.valueOf(allocatedPartEur));
                    unallocatedUsd = unallocatedUsd.add(java.math.BigInteger.valueOf(unallocatedPartUsd));
                    unallocatedEur = unallocatedEur.add(java.math.BigInteger.valueOf(unallocatedPartEur));
                    allocatedPartUsd = allocatedPartEur = unallocatedPartUsd = unallocatedPartEur = 0;
                }
            }
        }
        allocatedUsd = allocatedUsd.add(java.math.BigInteger.valueOf(allocatedPartUsd));
        allocatedEur = allocatedEur.add(java.math.BigInteger.valueOf(allocatedPartEur));
        unallocatedUsd = unallocatedUsd.add(java.math.BigInteger.valueOf(unallocatedPartUsd));
        unallocatedEur = unallocatedEur.add(java.math.BigInteger.valueOf(unallocatedPartEur));
        BigDecimal allocated = new BigDecimal(allocatedUsd, SCALE).add(new BigDecimal(allocatedEur, SCALE).multiply(eur));
        BigDecimal unallocated = new BigDecimal(unallocatedUsd, SCALE)
                .add(new BigDecimal(unallocatedEur, SCALE).multiply(eur));
        Path totals = dir.resolve("expected-totals.properties");
        Properties expected = new Properties();
        if (Files.exists(totals)) {
            try (InputStream in = Files.newInputStream(totals)) {
                expected.load(in);
            }
        }
        expected.setProperty("cloud.rows", Long.toString(rows));
        expected.setProperty("cloud.allocated", allocated.toPlainString());
        expected.setProperty("cloud.unallocated", unallocated.toPlainString());
        try (OutputStream out = Files.newOutputStream(totals, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            expected.store(out, "exact totals of the generated inputs");
        }
    }

    private static long add(long sum, long units) {
        return Math.addExact(sum, units);
    }

    /** {@code units} × 10^-12 as a plain decimal with all 12 fractional digits. */
    private static void appendCost(StringBuilder out, long units) {
        String digits = Long.toString(units);
        if (digits.length() <= SCALE) {
            out.append("0.");
            for (int k = digits.length(); k < SCALE; k++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits, 0, digits.length() - SCALE).append('.').append(digits, digits.length() - SCALE,
                    digits.length());
        }
    }

    /** {@code java ... FocusBillGenerator DIR ROWS INITIATIVES [SEED]}: adds the bill to an input folder. */
    public static void main(String[] args) throws IOException {
        new FocusBillGenerator(Path.of(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? Long.parseLong(args[3]) : 20261031L).write();
    }
}
