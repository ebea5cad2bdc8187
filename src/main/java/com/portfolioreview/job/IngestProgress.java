package com.portfolioreview.job;

import com.portfolioreview.ingest.IngestListener;
import com.portfolioreview.portfolio.InputFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The ingest's progress lines: one per input file read, one every 1,000,000 rows of a large file. */
final class IngestProgress implements IngestListener {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private final long started;

    /** @param started {@link System#nanoTime()} when the step began, for the times in the lines */
    IngestProgress(long started) {
        this.started = started;
    }

    @Override
    public void fileRead(InputFile file, Duration elapsed) {
        log.info("  read {}: {} rows, {} rejected{} ({}, {} rows/s)", file.name(),
                String.format("%,d", file.dataRows()), file.rejected(),
                file.skippedAsDuplicate() ? ", skipped: identical to a file read before" : "",
                Durations.text(elapsed),
                String.format("%,.0f", file.dataRows() / Math.max(1e-9, elapsed.toNanos() / 1e9)));
    }

    @Override
    public void rowsRead(String file, long rowsSoFar) {
        log.info("  {}: {} rows read ({})", file, String.format("%,d", rowsSoFar), Durations.since(started));
    }

    @Override
    public void rowsRead(String file, long rowsSoFar, Duration sinceFileStart) {
        log.info("  {}: {} rows read, {} rows/s ({})", file, String.format("%,d", rowsSoFar),
                String.format("%,.0f", rowsSoFar / Math.max(1e-9, sinceFileStart.toNanos() / 1e9)),
                Durations.since(started));
    }
}
