package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.CsvDialect;
import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.ExportRows;
import com.portfolioreview.ingest.csv.FastExportScan;
import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.MalformedExportException;
import com.portfolioreview.ingest.csv.PlainRowHandler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one export row by row: checks the header for the required columns (a missing or
 * repeated column is a file error and no row is read; so is a UTF-16 file, whose every column
 * would seem missing), turns summary rows into {@code summary row} rejections, and records the
 * {@link RowRejection} of each bad row. {@link #scan} reads the records with Commons CSV
 * ({@link ExportRows}); {@link #onePass} with the byte scan ({@link FastExportScan}), whose
 * plain rows go to a {@link PlainRowHandler} instead, with the same outcome.
 */
final class ExportScan {

    @FunctionalInterface
    interface RowHandler {
        /** Accepts one data row, or throws the reason it is rejected. */
        void accept(ExportRow row, FileTally tally) throws RowRejection;
    }

    /** Makes a file's hot-path handler once its dialect and header are known; its warnings go to the file's tally. */
    @FunctionalInterface
    interface PlainRows {
        PlainRowHandler of(CsvDialect dialect, HeaderNames header, FileTally tally);
    }

    /** What one reading by the byte scan produced. */
    record Scanned(ExportFile file, FileTally tally) {
    }

    private ExportScan() {
    }

    /**
     * @param required columns the file must have
     * @param optional columns the file may have (checked only for repetition)
     */
    static FileTally scan(ExportFile file, List<String> required, List<String> optional,
                          IngestListener listener, RowHandler handler) throws IOException {
        return scan(file, required, optional, listener, null, handler);
    }

    /** @param issueSpool where the file's issues are written as they are found; null keeps them in memory */
    static FileTally scan(ExportFile file, List<String> required, List<String> optional,
                          IngestListener listener, Path issueSpool, RowHandler handler) throws IOException {
        FileTally tally = new FileTally(file.name(), listener, issueSpool);
        if (file.isUtf16()) {
            tally.fileError(ExportFile.UTF16);
            return tally;
        }
        if (file.damage() != null) {
            tally.fileError(file.damage());
            return tally;
        }
        if (!file.isUtf8()) {
            tally.warnFile("not valid UTF-8: read as windows-1252");
        }
        try (ExportRows rows = file.rows()) {
            HeaderNames header = rows.header();
            if (header == null) {
                return tally;
            }
            checkHeader(header, required, optional, tally);
            if (!tally.fileErrors().isEmpty()) {
                return tally;
            }
            ExportRow row;
            while ((row = rows.next()) != null) {
                tally.settle(row, handler);
            }
        } catch (MalformedExportException e) {
            tally.fileError(e.detail());
        }
        if (tally.fileErrors().isEmpty() && file.isUnterminated()) {
            tally.warnFile(ExportFile.UNTERMINATED);
        }
        return tally;
    }

    /**
     * Reads the file in one pass ({@link FastExportScan}), or returns null when it needs
     * {@link #scan} (the handlers may then have seen some rows: the caller starts again with
     * fresh aggregates).
     *
     * @param issueSpool where the file's issues are written as they are found; null keeps them in memory
     * @param plain makes the hot-path handler for the file's header and dialect
     */
    static Scanned onePass(Path inputDir, Path path, List<String> required, List<String> optional,
                           IngestListener listener, Path issueSpool, PlainRows plain, RowHandler handler)
            throws IOException {
        FileTally tally = new FileTally(ExportFile.relativeName(inputDir, path), listener, issueSpool);
        ExportFile file = FastExportScan.scan(inputDir, path, tally.rowCount(), new FastExportScan.Records() {
            @Override
            public PlainRowHandler header(CsvDialect dialect, HeaderNames header) {
                checkHeader(header, required, optional, tally);
                return tally.fileErrors().isEmpty() ? plain.of(dialect, header, tally) : null;
            }

            @Override
            public void row(ExportRow row) {
                tally.settle(row, handler);
            }
        });
        if (file == null) {
            tally.discard();
            return null;
        }
        if (file.isUtf16()) {
            tally.fileError(ExportFile.UTF16);
        }
        if (tally.fileErrors().isEmpty() && file.isUnterminated()) {
            tally.warnFile(ExportFile.UNTERMINATED);
        }
        return new Scanned(file, tally);
    }

    /** A missing required column or a repeated known column is a file error. */
    static void checkHeader(HeaderNames header, List<String> required, List<String> optional, FileTally tally) {
        for (String column : header.missing(required)) {
            tally.fileError("missing required column '" + column + "'");
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        for (String column : header.repeated(known)) {
            tally.fileError("column '" + column + "' appears more than once in the header");
        }
    }
}
