package com.portfolioreview.ingest;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What every part of one ingest is told: the reporting currency, the share of rejected rows a
 * file may have, today's month, and where issues are spooled (null: kept in memory).
 */
record IngestSettings(String reportingCurrency, double maxRejectRatio, YearMonth currentMonth, Path issueSpool) {

    IngestSettings spoolingIn(Path directory) {
        return new IngestSettings(reportingCurrency, maxRejectRatio, currentMonth, directory);
    }
}
