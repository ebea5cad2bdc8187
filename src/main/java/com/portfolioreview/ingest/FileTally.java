package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.RowCount;

import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What happened while reading one file: data rows, rejections (summary rows apart, as they do not
 * count against the reject limit), issues in reading order, and file errors (which make the input
 * unusable).
 */
final class FileTally {

    private final String file;
    private final RowCount dataRows;
    private long summaryRows;
    private long rejected;
    private long rejectedCountingAgainstLimit;
    private final InputIssues.Builder issues;
    private InputIssues built;
    private final List<String> fileErrors = new ArrayList<>();

    /** Keeps the file's issues in memory. */
    FileTally(String file, IngestListener listener) {
        this(file, listener, null);
    }

    /** @param issueSpool where the file's issues are written as they are found; null keeps them in memory */
    FileTally(String file, IngestListener listener, Path issueSpool) {
        this.file = file;
        this.dataRows = new RowCount((rows, sinceStart) -> listener.rowsRead(file, rows, sinceStart));
        this.issues = new InputIssues.Builder(issueSpool);
    }

    String file() {
        return file;
    }

    /** Counts one data row; the listener hears of every 1,000,000th. */
    void dataRow() {
        dataRows.dataRow();
    }

    /** The file's count of data rows, for the byte scan to count the rows it takes itself. */
    RowCount rowCount() {
        return dataRows;
    }

    /**
     * Counts one data row and settles it: a summary row is rejected as such, any other goes to
     * {@code handler}, and the reason it throws, if any, rejects the row.
     */
    void settle(ExportRow row, ExportScan.RowHandler handler) {
        dataRow();
        if (RowValues.isSummaryRow(row)) {
            summaryRow(row);
            return;
        }
        try {
            handler.accept(row, this);
        } catch (RowRejection r) {
            reject(row, r.reason());
        }
    }

    void summaryRow(ExportRow row) {
        summaryRows++;
        rejected++;
        issues.add(new InputIssue(InputIssue.Kind.REJECTED, file, row.line(), RowValues.initiativeId(row), "summary row",
                row.raw(), false), "summary row");
    }

    void reject(ExportRow row, String reason) {
        rejected++;
        rejectedCountingAgainstLimit++;
        issues.add(InputIssue.rejected(file, row.line(), RowValues.initiativeId(row), reason, row.raw()));
    }

    void warn(ExportRow row, String reason) {
        issues.add(InputIssue.warning(file, row.line(), RowValues.initiativeId(row), reason, row.raw()));
    }

    void warn(long line, String initiativeId, String reason, String raw) {
        issues.add(InputIssue.warning(file, line, initiativeId, reason, raw));
    }

    /** A warning whose {@linkplain InputIssue#reasonKind() reason kind} the caller knows (a hot one). */
    void warn(long line, String initiativeId, String reason, String reasonKind, String raw) {
        issues.add(InputIssue.warning(file, line, initiativeId, reason, raw), reasonKind);
    }

    /** A whole-file warning (line 0). */
    void warnFile(String reason) {
        issues.add(InputIssue.warning(file, 0, "", reason, ""));
    }

    /** A problem that makes the input unusable; the reason is prefixed with the file name. */
    void fileError(String reason) {
        fileErrors.add(file + ": " + reason);
    }

    long dataRows() {
        return dataRows.rows();
    }

    long rejected() {
        return rejected;
    }

    /** Data rows that are not summary rows: the denominator of the reject ratio. */
    long countableRows() {
        return dataRows.rows() - summaryRows;
    }

    long rejectedCountingAgainstLimit() {
        return rejectedCountingAgainstLimit;
    }

    /** The file's issues, in reading order: none can be added after. */
    InputIssues issues() {
        if (built == null) {
            built = issues.build();
        }
        return built;
    }

    /** Forgets the issues recorded (their spool file too): the file is read again from its start. */
    void discard() {
        issues.discard();
    }

    List<String> fileErrors() {
        return Collections.unmodifiableList(fileErrors);
    }

    /**
     * The unusable-input reason when more than {@code maxRejectRatio} of the countable rows were
     * rejected (exactly at the limit is fine), e.g.
     * {@code spend/spend-2026-10.csv: 7 of 120 data rows rejected (5.8% > 2.0%)}.
     */
    Optional<String> rejectLimitExceeded(double maxRejectRatio) {
        long countable = countableRows();
        if (countable == 0) {
            return Optional.empty();
        }
        BigDecimal max = BigDecimal.valueOf(maxRejectRatio);
        BigDecimal rejectedRows = BigDecimal.valueOf(rejectedCountingAgainstLimit);
        if (rejectedRows.compareTo(max.multiply(BigDecimal.valueOf(countable))) <= 0) {
            return Optional.empty();
        }
        BigDecimal pct = rejectedRows.movePointRight(2).divide(BigDecimal.valueOf(countable), 1, RoundingMode.HALF_UP);
        return Optional.of(file + ": " + rejectedCountingAgainstLimit + " of " + countable + " data rows rejected ("
                + pct.toPlainString() + "% > " + percent(max) + "%)");
    }

    private static String percent(BigDecimal ratio) {
        BigDecimal p = ratio.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 1 ? p.setScale(1, RoundingMode.UNNECESSARY) : p).toPlainString();
    }

    InputFile inputFile(ExportFile export) {
        return new InputFile(file, dataRows.rows(), rejected, export.sha256(), export.encodingName(), false);
    }
}
