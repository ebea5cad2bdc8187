package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.PortfolioInputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

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
 *
 * <p>The parts: {@link ReferenceFiles} (the fx rates, register and KPI targets),
 * {@link ExportReader} (one export), {@link InputsMerge} (the readings into
 * {@link PortfolioInputs}), each recording into an {@link IngestRecord}.
 */
public final class PortfolioIngest {

    private final IngestSettings settings;
    private final IngestListener listener;

    /** Today's month by the system clock. */
    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, IngestListener listener) {
        this(reportingCurrency, maxRejectRatio, YearMonth.now(), listener);
    }

    /** @param currentMonth today's month: actuals and KPI values dated after it are bad rows */
    public PortfolioIngest(String reportingCurrency, double maxRejectRatio, YearMonth currentMonth,
            IngestListener listener) {
        Objects.requireNonNull(currentMonth, "currentMonth");
        String currency = CurrencyCode.parse(reportingCurrency).orElseThrow(
                () -> new IllegalArgumentException("reporting currency is not an ISO 4217 code: " + reportingCurrency));
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("max reject ratio must be between 0 and 1: " + maxRejectRatio);
        }
        this.settings = new IngestSettings(currency, maxRejectRatio, currentMonth, null, CloudSettings.DEFAULTS);
        this.listener = listener == null ? IngestListener.NONE : listener;
    }

    private PortfolioIngest(IngestSettings settings, IngestListener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    /**
     * The same reading, with the rejected rows and warnings of the exports and of the merge
     * written to spool files in {@code directory} as they are found (SPEC §1.3: their number must
     * never bound memory) instead of kept in memory. The files stay until the directory is removed.
     */
    public PortfolioIngest spoolingIssuesIn(Path directory) {
        return new PortfolioIngest(settings.spoolingIn(Objects.requireNonNull(directory, "directory")), listener);
    }

    /** The same reading, with cloud exports read with these settings ({@code review.cloud.*}). */
    public PortfolioIngest withCloud(CloudSettings cloud) {
        return new PortfolioIngest(settings.withCloud(Objects.requireNonNull(cloud, "cloud")), listener);
    }

    /** Where the merge finds the reading of each spend, KPI or cloud export. */
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
        Object key = "read";
        readReferenceFiles(inputDir, period, shared, key);
        return merge(inputDir, period, export -> readExport(inputDir, period, export, shared, key), shared, key);
    }

    /**
     * Reads fx_rates.csv, the register and the KPI targets, reporting each file to the listener,
     * and keeps them in {@code shared} under {@code key} for the exports then read with the same
     * {@code shared} and key.
     */
    public void readReferenceFiles(Path inputDir, YearMonth period, SharedReference shared, Object key) {
        try {
            shared.put(referenceKey(inputDir, period, key), ReferenceFiles.read(inputDir, period, settings, listener));
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    /**
     * Reads one spend or KPI export into its own aggregate, against the fx rates, register and
     * KPI targets kept for {@code key} in {@code shared} (the partitions of one job execution);
     * when they are not there, they are read first, silently.
     */
    public ExportReading readExport(Path inputDir, YearMonth period, Path export, SharedReference shared,
            Object key) {
        try {
            ReferenceFiles reference = shared.get(referenceKey(inputDir, period, key),
                    () -> ReferenceFiles.read(inputDir, period, settings, IngestListener.NONE));
            ExportReading reading = ExportReader.read(inputDir, export, reference, settings, listener);
            listener.fileRead(reading.inputFile(), reading.elapsed());
            return reading;
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    /**
     * Merges the exports' readings in file-name order with the fx rates, register and KPI
     * targets (and what reading them recorded) kept for {@code key} in {@code shared}, read
     * again silently when they are not there; only a skipped duplicate export is reported to
     * the listener (the readings were reported when they were made).
     */
    public PortfolioInputs merge(Path inputDir, YearMonth period, ExportReadings readings, SharedReference shared,
            Object key) throws InputUnusableException {
        try {
            ReferenceFiles reference = shared.get(referenceKey(inputDir, period, key),
                    () -> ReferenceFiles.read(inputDir, period, settings, IngestListener.NONE));
            return new InputsMerge(inputDir, period, settings, listener).merge(reference, readings);
        } catch (IOException e) {
            throw unreadable(inputDir, e);
        }
    }

    private List<String> referenceKey(Path inputDir, YearMonth period, Object key) {
        return List.of(String.valueOf(key), inputDir.toAbsolutePath().toString(), period.toString(),
                String.valueOf(settings.reportingCurrency()));
    }

    private static UncheckedIOException unreadable(Path inputDir, IOException e) {
        return new UncheckedIOException("cannot read the inputs in " + inputDir + ": " + e.getMessage(), e);
    }
}
