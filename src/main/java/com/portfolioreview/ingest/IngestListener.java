package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputFile;
import java.time.Duration;

/** Progress of the ingestion, for the job log. */
public interface IngestListener {

    /** Does nothing. */
    IngestListener NONE = new IngestListener() {
        @Override
        public void fileRead(InputFile file, Duration elapsed) {
        }

        @Override
        public void rowsRead(String file, long rowsSoFar) {
        }
    };

    /** One input file was read (or skipped as a duplicate). */
    void fileRead(InputFile file, Duration elapsed);

    /** Called every 1,000,000 data rows of a file. */
    void rowsRead(String file, long rowsSoFar);

    /**
     * Called every 1,000,000 data rows of a file, with the time since the file's reading began
     * (files are read in parallel, so this is the file's own pace); by default {@link #rowsRead(String, long)}.
     */
    default void rowsRead(String file, long rowsSoFar, Duration sinceFileStart) {
        rowsRead(file, rowsSoFar);
    }
}
