package com.portfolioreview.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark (run it with {@code bench/run.sh}; never part of {@code ./mvnw test}).
 * For each spend row count N: generates the input once (N spend rows in 4 files, 5,000
 * initiatives, N/5 plain KPI rows or a restated-history KPI export) under
 * {@code target/bench-data/}, then runs, each as its own process: the DuckDB peer of the ingest
 * (spend and KPI files aggregated), the whole-job peer
 * ({@code bench/peer_xlsx.py}: DuckDB and XlsxWriter writing the Monthly Spend and KPI sheets of
 * the portfolio and of each business unit) and the whole job, the Java runs with run.sh's JVM
 * options and the last two at {@code -Xmx512m}. Prints one table row per run and per job step
 * (the job's own step times, from its log), every check against the generator's exact figures,
 * and each issue-13 target with whether this run met it.
 *
 * <p>Arguments: {@code [N,N,...] [--initiatives K] [--kpi-rows M | --restated-kpi-rows R] [--heap 512m]
 * [--cloud-rows C] [--skip-job] [--skip-peer]} ({@code --kpi-rows} and {@code --restated-kpi-rows}:
 * the same KPI input at every N, to see memory follow spend rows alone; {@code --cloud-rows}: a
 * FOCUS export of C rows beside them, {@link FocusBillGenerator}). The whole-job peer runs with the
 * Python that {@code bench/run.sh} passes in {@code BENCH_PYTHON}.
 */
public final class ScaleBenchmark {

    /** The JVM options run.sh starts the program with (its {@code JVM_DEFAULTS=} line): measured as shipped. */
    private static final List<String> RUN_SH_JVM_DEFAULTS = runShJvmDefaults(Path.of("run.sh"));
    private static final String ROW_FORMAT = "%-11s %-15s %9s %12s %8s %10s %10s %10s %8s %8s%n";
    private static final double MIB = 1024 * 1024;
    /** Issue 13's targets. */
    private static final double RSS_LIMIT_MIB = 1024;
    private static final double INGEST_PER_DUCKDB = 1.5;
    private static final double JOB_PER_PEER = 0.25;
    /** The benchmark's reading of "heap flat": the largest N's job heap at most this much above the smallest N's. */
    private static final double FLAT_HEAP_GROWTH = 0.10;

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

    /** One measured process: {@code ok} false when it failed (its log says why). */
    private record Result(String run, boolean ok, double seconds, long heap, long live, long rss,
                          Map<String, String> values, List<String> log, Path logFile) {

        String value(String key) {
            return values.getOrDefault(key, "-");
        }

        /** Why a failed run failed, as its log says it first: an out-of-memory error, else its first ERROR line. */
        String failure() {
            return "exit " + value("exit") + ": " + log.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst()
                    .or(() -> log.stream().filter(l -> l.contains(" ERROR ") || l.startsWith("Exception")).findFirst())
                    .orElse(log.isEmpty() ? "no output" : log.get(log.size() - 1)).trim() + "; log " + logFile;
        }
    }

    /** What one size's job and peer runs are judged on. */
    private record Measured(long n, Result duck, Result job, Result peer, Double ingestStep, boolean exact) {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>(List.of(1_000_000L, 10_000_000L));
        int initiatives = 5_000;
        String heap = "512m";
        boolean job = true;
        boolean peer = true;
        long fixedKpiRows = -1;
        long restatedKpiRows = 0;
        long cloudRows = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--initiatives" -> initiatives = Integer.parseInt(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--skip-job" -> job = false;
                case "--skip-peer" -> peer = false;
                case "--kpi-rows" -> fixedKpiRows = rowCount(args[++i]);
                case "--restated-kpi-rows" -> restatedKpiRows = rowCount(args[++i]);
                case "--cloud-rows" -> cloudRows = rowCount(args[++i]);
                default -> {
                    sizes.clear();
                    for (String s : args[i].split(",")) {
                        sizes.add(rowCount(s));
                    }
                }
            }
        }
        if (restatedKpiRows > 0 && fixedKpiRows >= 0) {
            throw new IllegalArgumentException("give --kpi-rows or --restated-kpi-rows, not both");
        }
        String python = System.getenv("BENCH_PYTHON");
        if (peer && (python == null || python.isBlank())) {
            throw new IllegalStateException("no BENCH_PYTHON for the whole-job peer: run the benchmark with bench/run.sh"
                    + " (or give --skip-peer)");
        }
        Path home = Path.of("").toAbsolutePath();
        Path root = home.resolve("target/bench-data");
        System.out.printf(ROW_FORMAT, "rows", "run", "wall s", "rows/s", "MB/s", "peak heap", "peak live", "peak RSS",
                "/DuckDB", "/peer");
        List<String> notes = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (long n : sizes) {
            long kpiRows = restatedKpiRows > 0 ? 0 : fixedKpiRows >= 0 ? fixedKpiRows : n / 5;
            Path dir = root.resolve((restatedKpiRows > 0 ? "spend-" + n + "-restated-kpi-" + restatedKpiRows
                    : "spend-" + n + "-kpi-" + kpiRows) + "-k-" + initiatives + (cloudRows > 0 ? "-cloud-" + cloudRows : ""));
            if (!Files.exists(dir.resolve("expected-totals.properties"))) {
                long t0 = System.nanoTime();
                new ScaleInputGenerator(dir, n, kpiRows, initiatives, 20261031L, restatedKpiRows).write();
                if (cloudRows > 0) {
                    new FocusBillGenerator(dir, cloudRows, initiatives, 20261031L).write();
                }
                notes.add(String.format("generated %s in %.1f s", dir, (System.nanoTime() - t0) / 1e9));
            }
            Properties expected = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("expected-totals.properties"))) {
                expected.load(in);
            }
            long rows = Long.parseLong(expected.getProperty("spend.rows")) + Long.parseLong(expected.getProperty("kpi.rows"))
                    + Long.parseLong(expected.getProperty("cloud.rows", "0"));
            double mb = (size(dir.resolve("spend")) + size(dir.resolve("kpi"))
                    + (Files.isDirectory(dir.resolve("cloud")) ? size(dir.resolve("cloud")) : 0)) / 1e6;
            String size = String.format("%,d", n);
            // DuckDB's memory is native: a pre-touched Java heap would only add to its RSS
            Result duck = required(javaChild("duckdb", List.of("-XX:-AlwaysPreTouch"), dir.toString()));
            print(size, "duckdb", rows, mb, duck, duck.seconds, null);
            Path work = Files.createTempDirectory(root, "job-");
            Result whole = null;
            Result xlsx = null;
            if (peer) {
                xlsx = required(peerChild(python, dir, work.resolve("peer")));
                print(size, "peer xlsx", rows, mb, xlsx, null, xlsx.seconds);
            }
            Double ingestStep = null;
            Path out = work.resolve("out").resolve(ScaleInputGenerator.PERIOD.toString());
            if (job) {
                whole = javaChild("job", List.of("-Xmx" + heap), dir.toString(), work.toString(), home.toString());
                print(size, "job", rows, mb, whole, duck.seconds, xlsx == null ? null : xlsx.seconds);
                Map<String, Double> steps = JobStepTimes.of(whole.log);
                ingestStep = steps.get("ingest");
                cloudPartition(String.join("\n", whole.log), size).ifPresent(System.out::println);
                for (Map.Entry<String, Double> step : steps.entrySet()) {
                    boolean ingest = step.getKey().equals("ingest");
                    System.out.printf(ROW_FORMAT, size, "  step " + step.getKey(), String.format("%.2f", step.getValue()),
                            ingest ? String.format("%,.0f", rows / step.getValue()) : "-",
                            ingest ? String.format("%.1f", mb / step.getValue()) : "-", "-", "-", "-",
                            ingest ? ratio(step.getValue(), duck.seconds) : "-", "-");
                }
                if (whole.ok) {
                    notes.add(String.format("%s rows, job: %.2f s outside its steps (start, run lock, history); outputs"
                            + " %.1f MB", size, whole.seconds - steps.values().stream().mapToDouble(d -> d).sum(),
                            size(out) / 1e6));
                }
            }
            boolean exact = checks(size, expected, duck, whole, out, xlsx, work.resolve("peer"), notes);
            measured.add(new Measured(n, duck, whole, xlsx, ingestStep, exact));
            delete(work);
        }
        System.out.println();
        notes.forEach(System.out::println);
        System.out.println();
        targets(measured, heap, restatedKpiRows).forEach(System.out::println);
    }

    private static long rowCount(String text) {
        return Long.parseLong(text.replace("_", "").replace(",", ""));
    }

    /**
     * Every figure of the runs against the generator's exact ones; one note per figure. Returns
     * whether all the exact sums (spend to the cent, winning KPI values) were identical.
     */
    private static boolean checks(String size, Properties expected, Result duck, Result job, Path out,
                                  Result peer, Path peerOut, List<String> notes) throws IOException {
        boolean jobDone = job != null && job.ok;
        boolean exact = true;
        for (String total : List.of("budget", "actual")) {
            BigDecimal want = new BigDecimal(expected.getProperty("spend." + total));
            StringBuilder note = new StringBuilder(size + " rows: spend " + total + " total: reference "
                    + want.toPlainString());
            exact &= same(note, "DuckDB", want, duck.value(total));
            if (peer != null) {
                exact &= same(note, "peer", want, peer.value(total));
            }
            notes.add(note.toString());
        }
        if (job != null) {
            JsonNode totals = runSummary(out).path("totals");
            for (String total : List.of("budget", "actual")) {
                // the cloud bill's allocated cost is actual of the report period (SPEC §1.4)
                BigDecimal want = new BigDecimal(expected.getProperty("spend." + total + ".itd"))
                        .add(total.equals("actual") ? new BigDecimal(expected.getProperty("cloud.allocated", "0"))
                                : BigDecimal.ZERO);
                StringBuilder note = new StringBuilder(size + " rows: spend " + total + " ITD (periods <= "
                        + ScaleInputGenerator.PERIOD + "): reference " + want.toPlainString());
                if (peer != null) {
                    exact &= same(note, "peer", want, peer.value(total + "Itd"));
                }
                JsonNode jobTotal = totals.path(total + "_itd");
                exact &= same(note, "job run-summary.json (cents)", want.setScale(2, RoundingMode.HALF_UP),
                        jobTotal.isMissingNode() ? "-" : jobTotal.decimalValue().toPlainString());
                notes.add(note.toString());
            }
        }
        StringBuilder kpi = new StringBuilder(size + " rows: winning KPI values: reference "
                + expected.getProperty("kpi.measurements") + " summing to " + expected.getProperty("kpi.winning-sum"));
        BigDecimal wantSum = new BigDecimal(expected.getProperty("kpi.winning-sum"));
        exact &= sameKpis(kpi, "DuckDB", expected, duck, wantSum);
        if (peer != null) {
            exact &= sameKpis(kpi, "peer", expected, peer, wantSum);
        }
        if (job != null) {
            // the job's winning values as its portfolio workbook shows them: the KPIs sheet's Actual column
            Path portfolio = out.resolve("portfolio-review-" + ScaleInputGenerator.PERIOD + ".xlsx");
            boolean written = jobDone && Files.exists(portfolio);
            long rows = written ? WorkbookRows.count(portfolio, "KPIs") : -1;
            BigDecimal sum = written ? WorkbookRows.sum(portfolio, "KPIs", "H") : null;
            boolean same = written && Long.toString(rows).equals(expected.getProperty("kpi.measurements"))
                    && sum.compareTo(wantSum) == 0;
            kpi.append(", job KPIs sheet ").append(written ? rows + " rows summing to " + sum.toPlainString() : "-")
                    .append(same ? " (identical)" : " (DIFFERENT)");
            exact &= same;
        }
        notes.add(kpi.toString());
        StringBuilder restated = new StringBuilder(size + " rows: KPI restatements: reference "
                + expected.getProperty("kpi.restatements") + " (+ " + expected.getProperty("kpi.silent-repeats")
                + " silent same-value repeats); DuckDB " + duck.value("restatements"));
        if (peer != null) {
            restated.append(", peer ").append(peer.value("restatements"));
        }
        if (job != null) {
            Path warnings = out.resolve("warnings.csv");
            restated.append("; the job's \"").append(BenchmarkChild.REMEASURED).append("\" warnings ").append(Files.exists(warnings) ? Long.toString(remeasured(warnings))
                    : "- (no warnings.csv; run-summary counts " + runSummary(out).path("counts").path("warnings").asText("-")
                      + " warnings in all)");
        }
        notes.add(restated.toString());
        if (expected.getProperty("cloud.rows") != null) {
            JsonNode cloud = runSummary(out).path("cloud");
            for (String total : List.of("allocated", "unallocated")) {
                BigDecimal want = new BigDecimal(expected.getProperty("cloud." + total));
                StringBuilder note = new StringBuilder(size + " rows + " + expected.getProperty("cloud.rows")
                        + " cloud rows: " + total + " cloud cost: reference " + want.toPlainString());
                exact &= same(note, "DuckDB", want, duck.value("cloud" + total));
                if (job != null) {
                    JsonNode got = cloud.path(total);
                    exact &= same(note, "job run-summary.json (cents)", want.setScale(2, RoundingMode.HALF_UP),
                            got.isMissingNode() ? "-" : got.decimalValue().toPlainString());
                }
                notes.add(note.toString());
            }
        }
        notes.add(size + " rows: spend cells: DuckDB " + duck.value("cells")
                + (peer != null ? ", peer " + peer.value("cells") : "") + "; rejected rows: job run-summary.json "
                + (jobDone ? runSummary(out).path("counts").path("rejected_rows").asText("-") : "-")
                + " (generator: " + expected.getProperty("spend.rejected") + " + "
                + expected.getProperty("spend.summary") + " summary)");
        if (peer != null) {
            notes.add(size + " rows: workbooks: " + sheetRows(peerOut, "peer", peer) + (job == null || !job.ok ? ""
                    : "; " + sheetRows(out, "job", null)));
        }
        return exact;
    }

    /** The job's line for its cloud partition ({@code read cloud/…: N rows, … (X s, Y rows/s)}) as a table row. */
    private static java.util.Optional<String> cloudPartition(String log, String size) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "read (cloud/\\S+): ([\\d,]+) rows, \\d+ rejected \\(([\\d.]+) s, ([\\d,]+) rows/s\\)").matcher(log);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(ROW_FORMAT, size, "  partition " + m.group(1), m.group(3),
                m.group(4), "-", "-", "-", "-", "-", "-"));
    }

    private static boolean same(StringBuilder note, String who, BigDecimal want, String got) {
        boolean same = !got.equals("-") && new BigDecimal(got).compareTo(want) == 0;
        note.append(", ").append(who).append(' ').append(got).append(same ? " (identical)" : " (DIFFERENT)");
        return same;
    }

    private static boolean sameKpis(StringBuilder note, String who, Properties expected, Result r, BigDecimal sum) {
        boolean same = r.value("kpiValues").equals(expected.getProperty("kpi.measurements"))
                && !r.value("kpiSum").equals("-") && new BigDecimal(r.value("kpiSum")).compareTo(sum) == 0;
        note.append(", ").append(who).append(' ').append(r.value("kpiValues")).append(" summing to ")
                .append(r.value("kpiSum")).append(same ? " (identical)" : " (DIFFERENT)");
        return same;
    }

    private static JsonNode runSummary(Path out) throws IOException {
        Path summary = out.resolve("run-summary.json");
        if (!Files.exists(summary)) {
            return JsonMapper.builder().build().missingNode();
        }
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(summary.toFile());
    }

    private static long remeasured(Path warnings) throws IOException {
        try (Stream<String> lines = Files.lines(warnings)) {
            return lines.filter(l -> l.contains(BenchmarkChild.REMEASURED)).count();
        }
    }

    /** The workbooks under {@code out} and the Monthly Spend and KPIs rows of the portfolio one, read back. */
    private static String sheetRows(Path out, String who, Result peer) throws IOException {
        List<Path> workbooks;
        try (Stream<Path> files = Files.walk(out)) {
            workbooks = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
        Path portfolio = out.resolve("portfolio-review-" + ScaleInputGenerator.PERIOD + ".xlsx");
        if (!Files.exists(portfolio)) {
            return who + " " + workbooks.size() + " workbooks, no " + portfolio.getFileName();
        }
        long spend = WorkbookRows.count(portfolio, "Monthly Spend");
        long kpis = WorkbookRows.count(portfolio, "KPIs");
        String said = peer == null ? "" : " (it reports " + peer.value("spendSheetRows") + " / " + peer.value("kpiSheetRows")
                + ")";
        return String.format("%s %d workbooks, portfolio Monthly Spend %,d rows, KPIs %,d rows read back%s", who,
                workbooks.size(), spend, kpis, said);
    }

    /** The issue-13 targets, each with this run's figures and whether it met them. */
    private static List<String> targets(List<Measured> measured, String heap, long restatedKpiRows) {
        List<String> lines = new ArrayList<>();
        lines.add("targets (issue 13: 2 cores, 10 M spend rows + a 2 M-row restated KPI export, 5,000 initiatives,"
                + " -Xmx512m); this run: -Xmx" + heap + (restatedKpiRows > 0
                ? ", restated KPI export of " + String.format("%,d", restatedKpiRows) + " rows" : ", no restated KPI export"));
        for (Measured m : measured) {
            String at = String.format("  %,d rows: ", m.n);
            if (m.job == null) {
                lines.add(at + "job not run (--skip-job)");
            } else {
                lines.add(at + "job completes: " + (m.job.ok ? "met (exit 0)" : "NOT MET (" + m.job.failure() + ")"));
                double rss = m.job.rss / MIB;
                lines.add(at + String.format("peak RSS %.0f MB <= %.0f MB: %s", rss, RSS_LIMIT_MIB,
                        m.job.ok && rss <= RSS_LIMIT_MIB ? "met" : "NOT MET"));
                if (m.ingestStep != null) {
                    lines.add(at + String.format("ingest step %.2f s <= %.1f x DuckDB %.2f s = %.2f s: %s (%.2fx)",
                            m.ingestStep, INGEST_PER_DUCKDB, m.duck.seconds, INGEST_PER_DUCKDB * m.duck.seconds,
                            m.ingestStep <= INGEST_PER_DUCKDB * m.duck.seconds ? "met" : "NOT MET",
                            m.ingestStep / m.duck.seconds));
                }
                if (m.peer != null) {
                    lines.add(at + String.format("whole job %.2f s <= %.2f x peer %.2f s = %.2f s: %s (%.2fx)",
                            m.job.seconds, JOB_PER_PEER, m.peer.seconds, JOB_PER_PEER * m.peer.seconds,
                            m.job.ok && m.job.seconds <= JOB_PER_PEER * m.peer.seconds ? "met" : "NOT MET",
                            m.job.seconds / m.peer.seconds));
                }
            }
            lines.add(at + "exact sums equal the BigDecimal reference: " + (m.exact ? "met" : "NOT MET (see DIFFERENT above)"));
        }
        List<Measured> jobs = measured.stream().filter(m -> m.job != null && m.job.ok).toList();
        if (jobs.size() >= 2) {
            Measured small = jobs.get(0);
            Measured large = jobs.get(jobs.size() - 1);
            boolean live = small.job.live > 0 && large.job.live > 0;
            long from = live ? small.job.live : small.job.heap;
            long to = live ? large.job.live : large.job.heap;
            lines.add(String.format("  heap flat from %,d to %,d spend rows: job peak %s %.0f MB -> %.0f MB (%+.0f %%,"
                    + " read as flat up to +%.0f %%): %s", small.n, large.n, live ? "live" : "heap", from / MIB, to / MIB,
                    100.0 * (to - from) / from, 100 * FLAT_HEAP_GROWTH, to <= from * (1 + FLAT_HEAP_GROWTH) ? "met" : "NOT MET"));
        } else {
            lines.add("  heap flat: needs the job completed at two sizes (e.g. bench/run.sh 1000000,10000000)");
        }
        return lines;
    }

    private static String ratio(double seconds, Double base) {
        return base == null ? "-" : String.format("%.2fx", seconds / base);
    }

    private static void print(String size, String run, long rows, double mb, Result r, Double duck, Double peer) {
        if (!r.ok) {
            System.out.printf("%-11s %-15s FAILED (%s)%n", size, run, r.failure());
            return;
        }
        System.out.printf(ROW_FORMAT, size, run, String.format("%.2f", r.seconds), String.format("%,.0f", rows / r.seconds),
                String.format("%.1f", mb / r.seconds), r.heap < 0 ? "-" : String.format("%.0f MB", r.heap / MIB),
                r.live < 0 ? "-" : String.format("%.0f MB", r.live / MIB), String.format("%.0f MB", r.rss / MIB),
                ratio(r.seconds, duck), ratio(r.seconds, peer));
    }

    private static Result required(Result r) {
        if (!r.ok) {
            throw new IllegalStateException(r.run + " failed (" + r.failure() + ")");
        }
        return r;
    }

    /** A {@link BenchmarkChild} run in its own JVM with run.sh's JVM options. */
    private static Result javaChild(String run, List<String> jvmOptions, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(RUN_SH_JVM_DEFAULTS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkChild.class.getName(), run));
        command.addAll(List.of(args));
        return child(run, command, "BENCH ");
    }

    /** The whole-job peer, {@code bench/peer_xlsx.py}, writing its workbooks under {@code out}. */
    private static Result peerChild(String python, Path dir, Path out) throws IOException, InterruptedException {
        return child("peer", List.of(python, Path.of("bench/peer_xlsx.py").toAbsolutePath().toString(), dir.toString(),
                out.toString(), ScaleInputGenerator.PERIOD.toString()), "PEER ");
    }

    /**
     * Runs one measured process, its output to {@code target/bench-logs/}; its figures are the
     * {@code key=value} words of its last line starting with {@code marker} (ok false when it
     * exited non-zero or printed none).
     */
    private static Result child(String run, List<String> command, String marker) throws IOException, InterruptedException {
        Path log = Path.of("target/bench-logs").resolve(run + "-" + System.currentTimeMillis() + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        List<String> lines = Files.readAllLines(log);
        String last = lines.stream().filter(l -> l.startsWith(marker)).reduce((a, b) -> b).orElse(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (last != null) {
            for (String kv : last.substring(marker.length()).split(" ")) {
                int eq = kv.indexOf('=');
                values.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        boolean ok = exit == 0 && last != null && values.getOrDefault("exit", "0").equals("0");
        values.putIfAbsent("exit", Integer.toString(exit));
        return new Result(run, ok, Double.parseDouble(values.getOrDefault("seconds", "NaN")),
                Long.parseLong(values.getOrDefault("heap", "-1")), Long.parseLong(values.getOrDefault("live", "-1")),
                Long.parseLong(values.getOrDefault("rss", "0")), new HashMap<>(values), lines, log);
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
