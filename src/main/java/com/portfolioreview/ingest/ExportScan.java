package com.portfolioreview.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one export row by row: checks the header for the required columns (a missing or
 * repeated column is a file error and no row is read; so is a UTF-16 file, whose every column
 * would seem missing), turns summary rows into {@code summary row} rejections, and records the
 * {@link RowRejection} of each bad row.
 */
final class ExportScan {

    @FunctionalInterface
    interface RowHandler {
        /** Accepts one data row, or throws the reason it is rejected. */
        void accept(ExportRow row, FileTally tally) throws RowRejection;
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
                          IngestListener listener, java.nio.file.Path issueSpool, RowHandler handler) throws IOException {
        FileTally tally = new FileTally(file.name(), listener, issueSpool);
        if (file.isUtf16()) {
            tally.fileError(ExportFile.UTF16);
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
        if (tally.fileErrors().isEmpty() && ExportFile.isUnterminated(file.path())) {
            tally.warnFile(ExportFile.UNTERMINATED);
        }
        return tally;
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
