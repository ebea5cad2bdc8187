package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssues;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * What reading one spend or KPI export produced, before it is merged with the other exports in
 * file-name order: its aggregate ({@link SpendExport} or {@link KpiExport}), issues, file errors,
 * FX rates used and its figures. Serializable, so that a restarted job need not read the file
 * again.
 */
public final class ExportReading implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String sha256;
    private final String encodingName;
    private final Serializable content;
    private final InputIssues issues;
    private final List<String> fileErrors;
    private final String rejectLimitExceeded;
    private final List<FxRate> ratesUsed;
    private final InputFile inputFile;
    private final long dataRows;
    private final long nanos;

    private ExportReading(FileReading<? extends Serializable> reading, double maxRejectRatio, Duration elapsed) {
        FileTally tally = reading.tally();
        this.name = reading.file().name();
        this.sha256 = reading.file().sha256();
        this.encodingName = reading.file().encodingName();
        this.content = reading.content();
        this.issues = tally.issues();
        this.fileErrors = List.copyOf(tally.fileErrors());
        this.rejectLimitExceeded = tally.rejectLimitExceeded(maxRejectRatio).orElse(null);
        this.ratesUsed = List.copyOf(reading.ratesUsed());
        this.inputFile = tally.inputFile(reading.file());
        this.dataRows = tally.dataRows();
        this.nanos = elapsed.toNanos();
    }

    static ExportReading of(FileReading<? extends Serializable> reading, double maxRejectRatio, Duration elapsed) {
        return new ExportReading(reading, maxRejectRatio, elapsed);
    }

    /** The file's name relative to the input directory, e.g. {@code spend/2026-10.csv}. */
    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    String encodingName() {
        return encodingName;
    }

    <T> T content(Class<T> type) {
        return type.cast(content);
    }

    InputIssues issues() {
        return issues;
    }

    List<String> fileErrors() {
        return fileErrors;
    }

    /** The reject-ratio reason when the file's rejected rows exceed the limit, else null. */
    String rejectLimitExceeded() {
        return rejectLimitExceeded;
    }

    List<FxRate> ratesUsed() {
        return ratesUsed;
    }

    public InputFile inputFile() {
        return inputFile;
    }

    long dataRows() {
        return dataRows;
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanos);
    }
}
