package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendLedger;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import com.portfolioreview.portfolio.Initiative;
import java.util.stream.Collectors;
import java.util.SortedSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads and validates every input of a report period (SPEC §1): fx_rates.csv first (the other
 * files need it), then the register, the KPI targets, the spend exports and the KPI exports in
 * file-name order. The job calls it in three parts, one per place in its steps:
 * {@link #readReferenceFiles} (before the partitions), {@link #readExport} (each partition of the
 * {@code ingest} step) and {@link #merge} ({@code merge-inputs}); {@link #read} makes the same
 * three calls one after the other on one thread: there is no other reading path. Bad rows are
 * rejected and the reading goes on; every reason that makes the input unusable is collected and
 * thrown at the end in one {@link InputUnusableException}.
 * Input files are only opened for reading. "Today" (SPEC §1.2) is a month given by the caller,
 * the system clock's by default: spend actuals and KPI values dated after it are bad rows.
 * <p>
 * The KPI targets are read while the spend exports are (only the KPI exports need them); what
 * reading them records (issues, files, rates) still comes after the register's and before the
 * exports', as if read one after the other.
 */
public final class PortfolioIngest {

    private final String reportingCurrency;
    private final double maxRejectRatio;
    private final IngestListener listener;
    private final YearMonth currentMonth;
    private final Path issueSpool;

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /** Today's month by the system clock. */
    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, IngestListener listener) {
        this(reportingCurrency, maxRejectRatio, YearMonth.now(), listener);
    }

    /** @param currentMonth today's month: actuals and KPI values dated after it are bad rows */
    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, YearMonth currentMonth,
            IngestListener listener) {
        this(reportingCurrency, maxRejectRatio, currentMonth, listener, null);
    }

    private PortfolioIngest(String reportingCurrency, double maxRejectRatio, YearMonth currentMonth,
            IngestListener listener, Path issueSpool) {
        this.issueSpool = issueSpool;
        this.currentMonth = java.util.Objects.requireNonNull(currentMonth, "currentMonth");
        this.reportingCurrency = CurrencyCode.parse(reportingCurrency).orElseThrow(
                () -> new IllegalArgumentException("reporting currency is not an ISO 4217 code: " + reportingCurrency));
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("max reject ratio must be between 0 and 1: " + maxRejectRatio);
        }
        this.maxRejectRatio = maxRejectRatio;
        this.listener = listener == null ? IngestListener.NONE : listener;
    }

    /**
     * The same reading, with the rejected rows and warnings of the exports and of the merge
     * written to spool files in {@code directory} as they are found (SPEC §1.3: their number must
     * never bound memory) instead of kept in memory. The files stay until the directory is removed.
     */
    public PortfolioIngest spoolingIssuesIn(Path directory) {
        return new PortfolioIngest(reportingCurrency, maxRejectRatio, currentMonth, listener,
                java.util.Objects.requireNonNull(directory, "directory"));
    }

    static <T> T await(Future<T> f) throws IOException {
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

    /** Where the merge finds the reading of each spend or KPI export. */
    @FunctionalInterface
    public interface ExportReadings {
        ExportReading of(Path export) throws IOException;
    }

    /**
     * Reads and validates every input for report period P with the job's three calls, one after
     * the other on this thread: the reference files, each export in file-name order, the merge.
     */
    public PortfolioInputs read(Path inputDir, YearMonth period) throws InputUnusableException {
        SharedReference shared = new SharedReference();
        Object key = "read-" + THREAD_NUMBER.incrementAndGet();
        readReferenceFiles(inputDir, period, shared, key);
        return merge(inputDir, period, export -> readExport(inputDir, period, export, shared, key), shared, key);
    }

    /**
     * Reads fx_rates.csv, the register and the KPI targets, reporting each file to the listener,
     * and keeps nothing: what a run prints before its exports are read one by one.
     */
    public void readReferenceFiles(Path inputDir, YearMonth period) {
        readReferenceFiles(inputDir, period, new SharedReference(), null);
    }

    /**
     * As {@link #readReferenceFiles(Path, YearMonth)}, and keeps what was read in {@code shared}
     * under {@code key}, for the exports then read with the same {@code shared} and key
     * ({@link #readExport(Path, YearMonth, Path, SharedReference, Object)}).
     */
    public void readReferenceFiles(Path inputDir, YearMonth period, SharedReference shared, Object key) {
        try {
            Run run = new Run(inputDir, period, listener);
            shared.put(referenceKey(inputDir, period, key), run.readReference(OWN_THREAD));
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    private List<String> referenceKey(Path inputDir, YearMonth period, Object key) {
        return List.of(String.valueOf(key), inputDir.toAbsolutePath().toString(), period.toString(),
                String.valueOf(reportingCurrency));
    }

    /**
     * {@code exports} in the order they are best read on a few threads: largest file first (a
     * large file started last leaves the other threads idle at the end), ties in the given
     * order. A file whose size cannot be read counts as empty (reading it says why).
     */
    public static List<Path> largestFirst(List<Path> exports) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path p : exports) {
            try {
                sizes.put(p, Files.size(p));
            } catch (IOException e) {
                sizes.put(p, 0L);
            }
        }
        List<Path> order = new ArrayList<>(exports);
        order.sort((a, b) -> Long.compare(sizes.get(b), sizes.get(a)));
        return order;
    }

    /** The spend exports then the KPI exports of an input directory, each in file-name order. */
    public static List<Path> exportFiles(Path inputDir) throws IOException {
        List<Path> all = new ArrayList<>();
        InputLayout.exports(inputDir, InputLayout.SPEND_DIR).ifPresent(all::addAll);
        InputLayout.exports(inputDir, InputLayout.KPI_DIR).ifPresent(all::addAll);
        return all;
    }

    /**
     * Reads one spend or KPI export into its own aggregate, as {@link #read} does for each of
     * them; the fx rates, the register and the KPI targets it needs are read again, silently.
     */
    public ExportReading readExport(Path inputDir, YearMonth period, Path export) {
        return readExport(inputDir, period, export, new SharedReference(), null);
    }

    /**
     * As {@link #readExport(Path, YearMonth, Path)}, but the fx rates, register and KPI targets
     * are read once per {@code key} and shared by every export read with the same
     * {@code shared} and key (the partitions of one job execution), instead of once per export.
     */
    public ExportReading readExport(Path inputDir, YearMonth period, Path export, SharedReference shared,
            Object key) {
        try {
            Run run = new Run(inputDir, period, IngestListener.NONE);
            Reference reference = shared.get(referenceKey(inputDir, period, key), () -> run.readReference(OWN_THREAD));
            ExportReading reading = run.readExport(reference, export);
            await(reference.targets()); // the targets' progress line comes before any export's
            listener.fileRead(reading.inputFile(), reading.elapsed());
            return reading;
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    /**
     * Reads the fx rates, the register and the KPI targets (silently) and merges the exports'
     * readings in file-name order, exactly as {@link #read}; only a skipped duplicate export is
     * reported to the listener (the readings were reported when they were made).
     */
    public PortfolioInputs merge(Path inputDir, YearMonth period, ExportReadings readings)
            throws InputUnusableException {
        return merge(inputDir, period, readings, new SharedReference(), null);
    }

    /**
     * As {@link #merge(Path, YearMonth, ExportReadings)}, with the fx rates, register and KPI
     * targets (and what reading them recorded) already read for {@code key} in {@code shared}
     * when there are: a job's merge step after its partitions, in the same process, does not
     * read them a third time.
     */
    public PortfolioInputs merge(Path inputDir, YearMonth period, ExportReadings readings, SharedReference shared,
            Object key) throws InputUnusableException {
        try {
            Run run = new Run(inputDir, period, IngestListener.NONE);
            Reference reference = shared.get(referenceKey(inputDir, period, key),
                    () -> new Run(inputDir, period, IngestListener.NONE).readReference(Runnable::run));
            run.adopt(reference);
            return run.merge(reference, run.requiredExports(InputLayout.SPEND_DIR),
                    run.requiredExports(InputLayout.KPI_DIR), readings);
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    private static UncheckedIOException unreadable(Path inputDir, IOException e) {
        return new UncheckedIOException("cannot read the inputs in " + inputDir + ": " + e.getMessage(), e);
    }

    /**
     * The reference data last read (fx rates, register, KPI targets), for exports read one by
     * one against the same inputs: one slot, replaced when asked for other inputs. Safe to share
     * between threads (the job's partitions read their exports concurrently against one reference).
     */
    public static final class SharedReference {

        private Object key;
        private Reference reference;

        synchronized void put(Object wanted, Reference read) {
            reference = read;
            key = wanted;
        }

        synchronized Reference get(Object wanted, ReferenceRead read) throws IOException {
            if (reference == null || !wanted.equals(key)) {
                reference = null;
                reference = read.get();
                key = wanted;
            }
            return reference;
        }
    }

    @FunctionalInterface
    private interface ReferenceRead {
        Reference get() throws IOException;
    }

    /** Runs a task on a new daemon thread: the KPI targets of a job's partitions. */
    private static final Executor OWN_THREAD = task -> {
        Thread t = new Thread(task, "kpi-targets-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        t.start();
    };

    /**
     * What the spend and KPI exports are read against, and what reading it recorded: the fx
     * rates and the register at once, the KPI targets when their reading is done.
     */
    private record Reference(ExchangeRates rates, PortfolioRegister register, InitiativeIds ids,
            ReferenceRecord record, Future<TargetsReading> targets) {

        SuccessCriteria criteria() throws IOException {
            return await(targets).criteria();
        }
    }

    /** The KPI targets read, and what reading them recorded. */
    private record TargetsReading(SuccessCriteria criteria, ReferenceRecord record) {
    }

    /** The issues, unusable reasons, files and rates used that reading the reference files recorded. */
    private record ReferenceRecord(InputIssues issues, List<String> unusable, List<InputFile> files,
            List<FxRate> ratesUsed, boolean registerUsable) {
    }

    /** The state of one read of the input directory. */
    private final class Run {

        private final Path inputDir;
        private final YearMonth period;
        private final IngestListener referenceListener;
        private final List<String> unusable = new ArrayList<>();
        private final InputIssues.Builder issues = new InputIssues.Builder(issueSpool);
        private final List<InputFile> files = new ArrayList<>();
        private final Set<FxRate> ratesUsed = new TreeSet<>(CurrencyConversion.BY_PERIOD_AND_CURRENCY);
        private final Map<String, String> readBySha256 = new HashMap<>();
        private boolean registerUsable = true;
        private MeasuredValues latest;

        /**
         * @param referenceListener told about fx_rates.csv, the register and the KPI targets
         */
        Run(Path inputDir, YearMonth period, IngestListener referenceListener) {
            this.inputDir = inputDir;
            this.period = period;
            this.referenceListener = referenceListener;
        }

        /**
         * Reads fx_rates.csv and the register, and has {@code targetsReader} read the KPI
         * targets against them (recorded apart: see {@link #adoptTargets}).
         */
        Reference readReference(Executor targetsReader) throws IOException {
            ExchangeRates rates = new ExchangeRates(reportingCurrency);
            Optional<Path> fx = presentFile(InputLayout.FX_RATES);
            if (fx.isPresent()) {
                long t0 = System.nanoTime();
                FileReading<ExchangeRates> r = FxRateReader.read(inspect(fx.get()), reportingCurrency,
                        referenceListener);
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
                        referenceListener);
                register = r.content();
                record(r, t0, true);
                requireDataRows(r.tally());
                if (r.tally().fileErrors().isEmpty() && r.tally().dataRows() > 0 && register.isEmpty()) {
                    unusable.add(InputLayout.REGISTER + ": no valid row (all " + r.tally().dataRows()
                            + " data rows rejected)");
                }
            }
            registerUsable = !register.isEmpty();

            // its own run, so that what it records is kept apart until adopted in its place
            Run targetsRun = new Run(inputDir, period, referenceListener);
            targetsRun.registerUsable = registerUsable;
            ExchangeRates ratesRead = rates;
            PortfolioRegister registerRead = register;
            FutureTask<TargetsReading> targets = new FutureTask<>(() -> targetsRun.readTargets(registerRead, ratesRead));
            targetsReader.execute(targets);
            // read first in a run, so the run's record is the reference files' own
            return new Reference(rates, register, new InitiativeIds(register.initiatives()), currentRecord(), targets);
        }

        private TargetsReading readTargets(PortfolioRegister register, ExchangeRates rates) throws IOException {
            SuccessCriteria criteria = new SuccessCriteria();
            Optional<Path> targetsFile = requiredFile(InputLayout.TARGETS);
            if (targetsFile.isPresent()) {
                long t0 = System.nanoTime();
                FileReading<SuccessCriteria> r = KpiTargetReader.read(inspect(targetsFile.get()), register, period,
                        rates, referenceListener);
                criteria = r.content();
                record(r, t0, registerUsable);
                requireDataRows(r.tally());
            }
            return new TargetsReading(criteria, currentRecord());
        }

        private ReferenceRecord currentRecord() {
            return new ReferenceRecord(issues.build(), List.copyOf(unusable), List.copyOf(files),
                    List.copyOf(ratesUsed), registerUsable);
        }

        /** Takes the record of reference files another (fresh) run read, as if this run had read them. */
        void adopt(Reference reference) throws IOException {
            adopt(reference.record());
            adoptTargets(reference);
        }

        /** Takes the record of reading the KPI targets, waiting for it when still being read. */
        void adoptTargets(Reference reference) throws IOException {
            adopt(await(reference.targets()).record());
        }

        private void adopt(ReferenceRecord r) {
            issues.addAll(r.issues());
            unusable.addAll(r.unusable());
            files.addAll(r.files());
            ratesUsed.addAll(r.ratesUsed());
            registerUsable = r.registerUsable();
        }

        /** Reads one spend export (a file of spend/) or KPI export into its own aggregate. */
        ExportReading readExport(Reference reference, Path export) throws IOException {
            long t0 = System.nanoTime();
            FileReading<? extends Serializable> r;
            if (export.getParent() != null && export.getParent().getFileName() != null
                    && export.getParent().getFileName().toString().equals(InputLayout.SPEND_DIR)) {
                r = SpendExportReader.read(inputDir, export, reference.register(), reference.ids(), reference.rates(),
                        currentMonth, listener, issueSpool);
            } else {
                r = KpiExportReader.read(inputDir, export, reference.register(), reference.ids(),
                        reference.criteria(), currentMonth, listener, issueSpool);
            }
            return ExportReading.of(r, maxRejectRatio, Duration.ofNanos(System.nanoTime() - t0));
        }

        PortfolioInputs merge(Reference reference, List<Path> spendFiles, List<Path> kpiFiles,
                ExportReadings readings) throws IOException, InputUnusableException {
            SpendLedger spend = new SpendLedger();
            int said = unusable.size();
            long spendRows = 0;
            for (Path p : spendFiles) {
                ExportReading t = readings.of(p);
                if (skippedAsDuplicate(t)) {
                    continue;
                }
                t.content(SpendExport.class).mergeInto(spend, reference.ids());
                spendRows += t.dataRows();
                record(t, registerUsable);
                warnIfEmpty(t);
            }
            requireRowsInDirectory(InputLayout.SPEND_DIR, spendFiles, spendRows, said);
            warnAboutSpendBeforeStart(spend, reference.register());

            said = unusable.size();
            long kpiRows = 0;
            for (Path p : kpiFiles) {
                ExportReading t = readings.of(p);
                if (skippedAsDuplicate(t)) {
                    continue;
                }
                kpiRows += t.dataRows();
                record(t, registerUsable);
                latest = t.content(KpiExport.class).mergeInto(latest, issues, reference.criteria());
                warnIfEmpty(t);
            }
            requireRowsInDirectory(InputLayout.KPI_DIR, kpiFiles, kpiRows, said);

            if (!unusable.isEmpty()) {
                throw new InputUnusableException(unusable);
            }
            KpiMeasurements kpis = latest == null ? new KpiMeasurements() : measurements(latest);
            latest = null;
            PortfolioRegister register = reference.register();
            return new PortfolioInputs(period, reportingCurrency, List.copyOf(register.initiatives()),
                    reference.criteria().byInitiative(register.initiatives()), spend, kpis, List.copyOf(ratesUsed),
                    issues.build(), List.copyOf(files));
        }

        /**
         * SPEC §1.2: spend dated before an initiative's start month counts (ITD is every period up
         * to P), and one warning per initiative names its months, so it never changes a decision
         * unseen.
         */
        private void warnAboutSpendBeforeStart(SpendLedger spend, PortfolioRegister register) {
            for (Initiative initiative : register.initiatives()) {
                YearMonth start = YearMonth.from(initiative.startDate());
                SortedSet<YearMonth> months = spend.monthsWithSpendBefore(initiative.id(), start);
                if (!months.isEmpty()) {
                    issues.add(InputIssue.warning(InputLayout.SPEND_DIR + "/", 0, initiative.id(),
                            "spend dated before the start month " + start + ": " + months.stream()
                                    .map(YearMonth::toString).collect(Collectors.joining(", "))
                                    + " (counted in the figures to date)", ""));
                }
            }
        }

        /**
         * The merged KPI values as the portfolio's measurements: their column of values is taken
         * over as it is (slot i is value i, each (KPI, month) once), and the slots are indexed
         * target by target (a counting sort: each initiative's index is filled in one go, not
         * touched at random 2 million times), in one series per KPI target sized for its
         * initiative: no copy, BigDecimal, lookup by name or month object per value.
         */
        private static KpiMeasurements measurements(MeasuredValues latest) {
            latest.dropProvenance();
            int targets = latest.targetCount();
            int[] start = new int[targets + 1];
            for (int slot = 0; slot < latest.size(); slot++) {
                start[latest.targetIndex(slot) + 1]++;
            }
            Map<String, Integer> valuesOfInitiative = new HashMap<>();
            for (int t = 0; t < targets; t++) {
                if (start[t + 1] > 0) {
                    valuesOfInitiative.merge(latest.targetAt(t).initiativeId(), start[t + 1], Integer::sum);
                }
                start[t + 1] += start[t];
            }
            int[] byTarget = new int[latest.size()];
            int[] next = Arrays.copyOf(start, targets);
            for (int slot = 0; slot < latest.size(); slot++) {
                byTarget[next[latest.targetIndex(slot)]++] = slot;
            }
            KpiMeasurements kpis = KpiMeasurements.over(latest.values());
            for (int t = 0; t < targets; t++) {
                if (start[t] == start[t + 1]) {
                    continue;
                }
                KpiTarget target = latest.targetAt(t);
                KpiMeasurements.Series series = kpis.series(target.initiativeId(), target.key(),
                        valuesOfInitiative.get(target.initiativeId()));
                for (int i = start[t]; i < start[t + 1]; i++) {
                    series.index(latest.monthIndex(byTarget[i]), byTarget[i]);
                }
            }
            return kpis;
        }

        private ExportFile inspect(Path p) throws IOException {
            return ExportFile.inspect(inputDir, p);
        }

        private Optional<Path> requiredFile(String name) {
            Optional<Path> p = presentFile(name);
            if (p.isEmpty() && !Files.exists(inputDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                unusable.add(name + ": required file is missing");
            }
            return p;
        }

        /** A top-level file when it is a readable file; when something else stands in its place, says what. */
        private Optional<Path> presentFile(String name) {
            InputEntryCheck.fileProblem(inputDir, inputDir.resolve(name), false).ifPresent(unusable::add);
            return InputLayout.topFile(inputDir, name);
        }

        /**
         * The readable exports of spend/ or kpi/; every other entry named like an export (a
         * dangling link, a directory, a FIFO, ...) makes the input unusable: a month must not
         * go missing silently.
         */
        List<Path> requiredExports(String dirName) throws IOException {
            Optional<List<Path>> exports = InputLayout.exports(inputDir, dirName);
            if (exports.isEmpty()) {
                unusable.add(dirName + "/: required directory is missing");
                return List.of();
            }
            List<Path> entries = InputLayout.exportEntries(inputDir, dirName);
            for (Path entry : entries) {
                InputEntryCheck.fileProblem(inputDir, entry, false).ifPresent(unusable::add);
            }
            if (entries.isEmpty()) {
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
            FileTally tally = r.tally();
            issues.addAll(tally.issues());
            unusable.addAll(tally.fileErrors());
            if (checkRejectRatio) {
                tally.rejectLimitExceeded(maxRejectRatio).ifPresent(unusable::add);
            }
            ratesUsed.addAll(r.ratesUsed());
            InputFile inputFile = tally.inputFile(r.file());
            files.add(inputFile);
            referenceListener.fileRead(inputFile, Duration.ofNanos(System.nanoTime() - startNanos));
        }

        private void record(ExportReading r, boolean checkRejectRatio) {
            issues.addAll(r.issues());
            unusable.addAll(r.fileErrors());
            if (checkRejectRatio && r.rejectLimitExceeded() != null) {
                unusable.add(r.rejectLimitExceeded());
            }
            ratesUsed.addAll(r.ratesUsed());
            files.add(r.inputFile());
        }

        /** A spend or KPI export byte-identical to one read before is skipped with a warning. */
        private boolean skippedAsDuplicate(ExportReading file) {
            String earlier = readBySha256.putIfAbsent(file.sha256(), file.name());
            if (earlier == null) {
                return false;
            }
            issues.add(InputIssue.warning(file.name(), 0, "",
                    "byte-identical to " + earlier + " read before: skipped", ""));
            InputFile inputFile = new InputFile(file.name(), 0, 0, file.sha256(), file.encodingName(), true);
            files.add(inputFile);
            listener.fileRead(inputFile, file.elapsed());
            return true;
        }

        private void requireDataRows(FileTally tally) {
            if (tally.fileErrors().isEmpty() && tally.dataRows() == 0) {
                unusable.add(tally.file() + ": no data row");
            }
        }

        private void warnIfEmpty(ExportReading r) {
            if (r.fileErrors().isEmpty() && r.dataRows() == 0) {
                issues.add(InputIssue.warning(r.name(), 0, "", "no data row", ""));
            }
        }

        /** Said only when no file of the directory was unusable already (that file's reason says why). */
        private void requireRowsInDirectory(String dirName, List<Path> exports, long dataRows, int reasonsBefore) {
            if (!exports.isEmpty() && dataRows == 0 && unusable.size() == reasonsBefore) {
                unusable.add(dirName + "/: no data row in any .csv file");
            }
        }
    }
}
