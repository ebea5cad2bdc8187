package com.portfolioreview.ingest.csv;

import java.time.Duration;

/**
 * The data rows of one export, counted as they are read (by the byte scan and row by row
 * alike), with a progress report every 1,000,000 rows.
 */
public final class RowCount {

    /** Told every 1,000,000 data rows. */
    @FunctionalInterface
    public interface Progress {
        /** @param sinceStart the time since the count was made: the file's own pace */
        void rowsRead(long rowsSoFar, Duration sinceStart);
    }

    private static final long PROGRESS_ROWS = 1_000_000;

    private final Progress progress;
    private final long startedNanos = System.nanoTime();
    private long rows;
    private long nextProgress = 1;

    public RowCount(Progress progress) {
        this.progress = progress;
    }

    /** Counts one data row. */
    public void dataRow() {
        if (++rows >= nextProgress) {
            progress();
        }
    }

    /**
     * A progress report every 1,000,000 rows. Also reached, silently, at the first row: a branch
     * first taken at row 1,000,000 would be one the JIT compiled as never taken, and taking it
     * would throw the compiled scan away mid-file (a recompile of the reading loop).
     */
    private void progress() {
        if (rows % PROGRESS_ROWS == 0) {
            progress.rowsRead(rows, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
        nextProgress = (rows / PROGRESS_ROWS + 1) * PROGRESS_ROWS;
    }

    /** The data rows counted so far. */
    public long rows() {
        return rows;
    }
}
