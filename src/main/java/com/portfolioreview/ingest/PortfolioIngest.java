package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and validates every input of a report period (SPEC §1): fx_rates.csv first (the other
 * files need it), then the register, the KPI targets, the spend exports and the KPI exports in
 * file-name order. Bad rows are rejected and the reading goes on; every reason that makes the
 * input unusable is collected and thrown at the end in one {@link InputUnusableException}.
 * Input files are only opened for reading.
 */
public final class PortfolioIngest {

    private final String reportingCurrency;
    private final double maxRejectRatio;
    private final IngestListener listener;
    private final int threads;

    /** Two readers where there are two cores: reading is CPU-bound (measured, README "Performance"). */
    static final int DEFAULT_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, IngestListener listener) {
        this(reportingCurrency, maxRejectRatio, listener, DEFAULT_THREADS);
    }

    /** @param threads how many spend and KPI exports are read at the same time (one file per thread) */
    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, IngestListener listener, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
        this.reportingCurrency = CurrencyCode.parse(reportingCurrency).orElseThrow(
                () -> new IllegalArgumentException("reporting currency is not an ISO 4217 code: " + reportingCurrency));
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("max reject ratio must be between 0 and 1: " + maxRejectRatio);
        }
        this.maxRejectRatio = maxRejectRatio;
        this.listener = listener == null ? IngestListener.NONE : listener;
    }

    /** A file reading and how long it took. */
    private record Timed<T>(FileReading<T> reading, Duration nanos) {
        interface Reading<T> {
            FileReading<T> read() throws IOException;
        }

        static <T> Timed<T> of(Reading<T> reading) throws IOException {
            long t0 = System.nanoTime();
            FileReading<T> r = reading.read();
            return new Timed<>(r, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the inputs", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Reads and validates every input for report period P. */
    public PortfolioInputs read(Path inputDir, YearMonth period) throws InputUnusableException {
        try {
            return new Run(inputDir, period).read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs in " + inputDir + ": " + e.getMessage(), e);
        }
    }

    /** The state of one read of the input directory. */
    private final class Run {

        private final Path inputDir;
        private final YearMonth period;
        private final List<String> unusable = new ArrayList<>();
        private final List<InputIssue> issues = new ArrayList<>();
        private final List<InputFile> files = new ArrayList<>();
        private final Set<FxRate> ratesUsed = new TreeSet<>(CurrencyConversion.BY_PERIOD_AND_CURRENCY);
        private final Map<String, String> readBySha256 = new HashMap<>();
        private boolean registerUsable = true;
        private SpendLedger spendLedger;
        private MeasuredValues latest;

        Run(Path inputDir, YearMonth period) {
            this.inputDir = inputDir;
            this.period = period;
        }

        PortfolioInputs read() throws IOException, InputUnusableException {
            ExchangeRates rates = new ExchangeRates(reportingCurrency);
            Optional<Path> fx = InputLayout.topFile(inputDir, InputLayout.FX_RATES);
            if (fx.isPresent()) {
                long t0 = System.nanoTime();
                FileReading<ExchangeRates> r = FxRateReader.read(inspect(fx.get()), reportingCurrency, listener);
                if (r.tally().fileErrors().isEmpty()) {
                    rates = r.content();
                }
                record(r, t0, true);
            }

            PortfolioRegister register = new PortfolioRegister();
            Optional<Path> registerFile = requiredFile(InputLayout.REGISTER);
            if (registerFile.isPresent()) {
                long t0 = System.nanoTime();
                FileReading<PortfolioRegister> r = RegisterReader.read(inspect(registerFile.get()), period, rates,
                        listener);
                register = r.content();
                record(r, t0, true);
                requireDataRows(r.tally());
                if (r.tally().fileErrors().isEmpty() && r.tally().dataRows() > 0 && register.isEmpty()) {
                    unusable.add(InputLayout.REGISTER + ": no valid row (all " + r.tally().dataRows()
                            + " data rows rejected)");
                }
            }
            registerUsable = !register.isEmpty();

            SuccessCriteria criteria = new SuccessCriteria();
            Optional<Path> targetsFile = requiredFile(InputLayout.TARGETS);
            if (targetsFile.isPresent()) {
                long t0 = System.nanoTime();
                FileReading<SuccessCriteria> r = KpiTargetReader.read(inspect(targetsFile.get()), register, period,
                        rates, listener);
                criteria = r.content();
                record(r, t0, registerUsable);
                requireDataRows(r.tally());
            }

            // Spend and KPI exports are read in parallel, one file per task, each into its own
            // aggregate; the aggregates are merged here in file-name order, so the result is the
            // same as reading them one after the other.
            InitiativeIds ids = new InitiativeIds(register.initiatives());
            PortfolioRegister registerRead = register;
            ExchangeRates ratesRead = rates;
            SuccessCriteria criteriaRead = criteria;
            List<Path> spendFiles = requiredExports(InputLayout.SPEND_DIR);
            List<Path> kpiFiles = requiredExports(InputLayout.KPI_DIR);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ingest-" + THREAD_NUMBER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Timed<SpendExport>>> spendReads = new ArrayList<>();
                for (Path p : spendFiles) {
                    spendReads.add(pool.submit(() -> Timed.of(() -> SpendExportReader.read(inputDir, p, registerRead,
                            ids, ratesRead, listener))));
                }
                List<Future<Timed<KpiExport>>> kpiReads = new ArrayList<>();
                for (Path p : kpiFiles) {
                    kpiReads.add(pool.submit(() -> Timed.of(() -> KpiExportReader.read(inputDir, p, registerRead, ids,
                            criteriaRead, listener))));
                }
                SpendLedger spend = new SpendLedger();
                long spendRows = 0;
                for (int i = 0; i < spendReads.size(); i++) {
                    Timed<SpendExport> t = await(spendReads.get(i));
                    spendReads.set(i, null);
                    if (skippedAsDuplicate(t.reading().file(), t.nanos())) {
                        continue;
                    }
                    t.reading().content().mergeInto(spend, ids);
                    spendRows += t.reading().tally().dataRows();
                    record(t.reading(), t.nanos(), registerUsable);
                    warnIfEmpty(t.reading().tally());
                }
                requireRowsInDirectory(InputLayout.SPEND_DIR, spendFiles, spendRows);
                spendLedger = spend;

                long kpiRows = 0;
                for (int i = 0; i < kpiReads.size(); i++) {
                    Timed<KpiExport> t = await(kpiReads.get(i));
                    kpiReads.set(i, null); // each file's table can go once merged
                    if (skippedAsDuplicate(t.reading().file(), t.nanos())) {
                        continue;
                    }
                    kpiRows += t.reading().tally().dataRows();
                    record(t.reading(), t.nanos(), registerUsable);
                    latest = t.reading().content().mergeInto(latest, issues);
                    warnIfEmpty(t.reading().tally());
                }
                requireRowsInDirectory(InputLayout.KPI_DIR, kpiFiles, kpiRows);
            } finally {
                pool.shutdownNow();
            }
            SpendLedger spend = spendLedger;

            if (!unusable.isEmpty()) {
                throw new InputUnusableException(unusable);
            }
            KpiMeasurements kpis = new KpiMeasurements();
            for (int slot = 0; latest != null && slot < latest.size(); slot++) {
                KpiTarget target = latest.target(slot);
                kpis.put(target.initiativeId(), target.key(), Months.of(latest.monthIndex(slot)), latest.value(slot));
            }
            latest = null;
            return new PortfolioInputs(period, reportingCurrency, List.copyOf(register.initiatives()),
                    criteria.byInitiative(register.initiatives()), spend, kpis, List.copyOf(ratesUsed),
                    List.copyOf(issues), List.copyOf(files));
        }

        private ExportFile inspect(Path p) throws IOException {
            return ExportFile.inspect(inputDir, p);
        }

        private Optional<Path> requiredFile(String name) {
            Optional<Path> p = InputLayout.topFile(inputDir, name);
            if (p.isEmpty()) {
                unusable.add(name + ": required file is missing");
            }
            return p;
        }

        private List<Path> requiredExports(String dirName) throws IOException {
            Optional<List<Path>> exports = InputLayout.exports(inputDir, dirName);
            if (exports.isEmpty()) {
                unusable.add(dirName + "/: required directory is missing");
                return List.of();
            }
            if (exports.get().isEmpty()) {
                unusable.add(dirName + "/: no .csv file");
            }
            return exports.get();
        }

        /**
         * Records a file's issues, file errors, rates used and its InputFile, and checks its
         * reject ratio (not when the register is unusable: every row would be an unknown
         * initiative, which says nothing about the file).
         */
        private void record(FileReading<?> r, long startNanos, boolean checkRejectRatio) {
            recordRead(r, Duration.ofNanos(System.nanoTime() - startNanos), checkRejectRatio);
        }

        private void record(FileReading<?> r, Duration elapsed, boolean checkRejectRatio) {
            recordRead(r, elapsed, checkRejectRatio);
        }

        private void recordRead(FileReading<?> r, Duration elapsed, boolean checkRejectRatio) {
            FileTally tally = r.tally();
            issues.addAll(tally.issues());
            unusable.addAll(tally.fileErrors());
            if (checkRejectRatio) {
                tally.rejectLimitExceeded(maxRejectRatio).ifPresent(unusable::add);
            }
            ratesUsed.addAll(r.ratesUsed());
            InputFile inputFile = tally.inputFile(r.file());
            files.add(inputFile);
            listener.fileRead(inputFile, elapsed);
        }

        /** A spend or KPI export byte-identical to one read before is skipped with a warning. */
        private boolean skippedAsDuplicate(ExportFile file, Duration elapsed) {
            String earlier = readBySha256.putIfAbsent(file.sha256(), file.name());
            if (earlier == null) {
                return false;
            }
            issues.add(InputIssue.warning(file.name(), 0, "",
                    "byte-identical to " + earlier + " read before: skipped", ""));
            InputFile inputFile = new InputFile(file.name(), 0, 0, file.sha256(), file.encodingName(), true);
            files.add(inputFile);
            listener.fileRead(inputFile, elapsed);
            return true;
        }

        private void requireDataRows(FileTally tally) {
            if (tally.fileErrors().isEmpty() && tally.dataRows() == 0) {
                unusable.add(tally.file() + ": no data row");
            }
        }

        private void warnIfEmpty(FileTally tally) {
            if (tally.fileErrors().isEmpty() && tally.dataRows() == 0) {
                issues.add(InputIssue.warning(tally.file(), 0, "", "no data row", ""));
            }
        }

        private void requireRowsInDirectory(String dirName, List<Path> exports, long dataRows) {
            if (!exports.isEmpty() && dataRows == 0) {
                unusable.add(dirName + "/: no data row in any .csv file");
            }
        }
    }
}
