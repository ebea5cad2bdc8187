package com.portfolioreview.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The scale benchmark (run it with {@code bench/run.sh}; never part of {@code ./mvnw test}).
 * For each spend row count N: generates the input once (N spend rows in 4 files, N/5 KPI rows
 * in 2 files, 5,000 initiatives) under {@code target/bench-data/}, then runs, each in its own
 * JVM started with run.sh's JVM options: the DuckDB peer, the product's ingest, and the whole
 * job (every workbook written), the last two with {@code -Xmx512m}. Prints one table row per
 * run and checks that the ingest's spend totals equal the generator's exact BigDecimal totals
 * (and DuckDB's).
 *
 * <p>Arguments: {@code [N,N,...] [--initiatives K] [--kpi-rows M] [--heap 512m] [--skip-job]}
 * ({@code --kpi-rows}: the same KPI rows at every N, default N/5; to see memory follow spend rows alone).
 */
public final class ScaleBenchmark {

    /** The JVM options run.sh starts the program with (its {@code JVM_DEFAULTS=} line): measured as shipped. */
    private static final List<String> RUN_SH_JVM_DEFAULTS = runShJvmDefaults(Path.of("run.sh"));

    public static List<String> runShJvmDefaults(Path runSh) {
        try {
            return Files.readAllLines(runSh).stream()
                    .filter(l -> l.startsWith("JVM_DEFAULTS=\""))
                    .map(l -> List.of(l.substring("JVM_DEFAULTS=\"".length(), l.lastIndexOf('"')).trim().split("\\s+")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no JVM_DEFAULTS=\"...\" line in " + runSh));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Result(String run, double seconds, long heap, long live, long rss, Map<String, String> values,
                          List<String> steps) {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>(List.of(1_000_000L, 10_000_000L));
        int initiatives = 5_000;
        String heap = "512m";
        boolean job = true;
        long fixedKpiRows = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--initiatives" -> initiatives = Integer.parseInt(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--skip-job" -> job = false;
                case "--kpi-rows" -> fixedKpiRows = Long.parseLong(args[++i].replace("_", ""));
                default -> {
                    sizes.clear();
                    for (String s : args[i].split(",")) {
                        sizes.add(Long.parseLong(s.replace("_", "")));
                    }
                }
            }
        }
        Path home = Path.of("").toAbsolutePath();
        Path root = home.resolve("target/bench-data");
        System.out.printf("%-11s %-7s %9s %12s %8s %10s %10s %10s %9s%n", "rows", "run", "wall s", "rows/s", "MB/s",
                "peak heap", "peak live", "peak RSS", "/DuckDB");
        List<String> notes = new ArrayList<>();
        for (long n : sizes) {
            long kpiRows = fixedKpiRows >= 0 ? fixedKpiRows : n / 5;
            Path dir = root.resolve("spend-" + n + "-kpi-" + kpiRows + "-k-" + initiatives);
            if (!Files.exists(dir.resolve("expected-totals.properties"))) {
                long t0 = System.nanoTime();
                new ScaleInputGenerator(dir, n, kpiRows, initiatives, 20261031L).write();
                notes.add(String.format("generated %s in %.1f s", dir, (System.nanoTime() - t0) / 1e9));
            }
            Properties expected = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("expected-totals.properties"))) {
                expected.load(in);
            }
            long rows = Long.parseLong(expected.getProperty("spend.rows")) + kpiRows;
            double mb = (size(dir.resolve("spend")) + size(dir.resolve("kpi"))) / 1e6;
            // DuckDB's memory is native: a pre-touched Java heap would only add to its RSS
            Result duck = child("duckdb", List.of("-XX:-AlwaysPreTouch"), dir.toString());
            print(n, rows, mb, duck, duck);
            Result ingest = child("ingest", List.of("-Xmx" + heap), dir.toString());
            print(n, rows, mb, ingest, duck);
            if (job) {
                Path work = Files.createTempDirectory(root, "job-");
                Result whole = child("job", List.of("-Xmx" + heap), dir.toString(), work.toString(), home.toString());
                print(n, rows, mb, whole, duck);
                whole.steps.forEach(s -> notes.add(n + " rows, job: " + s));
                notes.add(n + " rows, job: outputs " + String.format("%.1f MB", size(work.resolve("out")) / 1e6)
                        + ", exit " + whole.values.get("exit"));
                delete(work);
            }
            for (String total : List.of("budget", "actual")) {
                BigDecimal want = new BigDecimal(expected.getProperty("spend." + total));
                BigDecimal got = new BigDecimal(ingest.values.getOrDefault(total, "0"));
                BigDecimal peer = new BigDecimal(duck.values.getOrDefault(total, "0"));
                notes.add(String.format("%d rows: spend %s total: reference %s, ingest %s (%s), DuckDB %s (%s)", n, total,
                        want.toPlainString(), got.toPlainString(), got.compareTo(want) == 0 ? "identical" : "DIFFERENT",
                        peer.toPlainString(), peer.compareTo(want) == 0 ? "identical" : "DIFFERENT"));
            }
            notes.add(n + " rows: cells ingest " + ingest.values.get("cells") + ", DuckDB " + duck.values.get("cells")
                    + "; rejected ingest " + ingest.values.get("rejected") + " (generator: "
                    + expected.getProperty("spend.rejected") + " + " + expected.getProperty("spend.summary") + " summary)");
        }
        System.out.println();
        notes.forEach(System.out::println);
    }

    private static void print(long n, long rows, double mb, Result r, Result duck) {
        String live = r.live < 0 ? "-" : String.format("%.0f MB", r.live / 1e6 / 1.048576);
        System.out.printf("%-11s %-7s %9.2f %,12.0f %8.1f %7.0f MB %10s %7.0f MB %8.2fx%n", String.format("%,d", n), r.run,
                r.seconds, rows / r.seconds, mb / r.seconds, r.heap / 1e6 / 1.048576, live, r.rss / 1e6 / 1.048576,
                r.seconds / duck.seconds);
    }

    private static Result child(String run, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(RUN_SH_JVM_DEFAULTS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkChild.class.getName(), run));
        command.addAll(List.of(args));
        Path log = Path.of("target/bench-logs").resolve(run + "-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        List<String> lines = Files.readAllLines(log);
        String last = lines.stream().filter(l -> l.startsWith("BENCH ")).reduce((a, b) -> b).orElse(null);
        if (exit != 0 || last == null) {
            throw new IllegalStateException(run + " failed (exit " + exit + "), see " + log);
        }
        Map<String, String> values = new HashMap<>();
        for (String kv : last.substring(6).split(" ")) {
            int eq = kv.indexOf('=');
            values.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        List<String> steps = lines.stream().filter(l -> l.contains(" step ") || l.contains("rows read")).toList();
        return new Result(run, Double.parseDouble(values.get("seconds")), Long.parseLong(values.get("heap")),
                Long.parseLong(values.getOrDefault("live", "-1")),
                Long.parseLong(values.get("rss")), values, steps);
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
