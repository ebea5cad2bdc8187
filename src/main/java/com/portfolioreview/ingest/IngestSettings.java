package com.portfolioreview.ingest;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What every part of one ingest is told: the reporting currency, the share of rejected rows a
 * file may have, today's month, where issues are spooled (null: kept in memory), and how cloud
 * exports are read.
 */
record IngestSettings(String reportingCurrency, double maxRejectRatio, YearMonth currentMonth, Path issueSpool,
        CloudSettings cloud) {

    IngestSettings spoolingIn(Path directory) {
        return new IngestSettings(reportingCurrency, maxRejectRatio, currentMonth, directory, cloud);
    }

    IngestSettings withCloud(CloudSettings settings) {
        return new IngestSettings(reportingCurrency, maxRejectRatio, currentMonth, issueSpool, settings);
    }
}
