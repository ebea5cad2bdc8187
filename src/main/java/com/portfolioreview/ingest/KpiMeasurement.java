package com.portfolioreview.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One accepted KPI value with where it was read (to name it when a later value replaces it). */
record KpiMeasurement(String initiativeId, String kpiKey, String kpiName, YearMonth period, BigDecimal value,
                      String file, long line, String raw) {

    /** (initiative, kpi key, period): a later measurement of the same key replaces this one. */
    String key() {
        return initiativeId + '\n' + kpiKey + '\n' + period;
    }

    /** The warning recorded on this measurement when {@code later} replaces it. */
    String replacedBy(KpiMeasurement later) {
        return "kpi '" + kpiName + "' of initiative '" + initiativeId + "' for " + period + " measured again: "
                + value.toPlainString() + " replaced by " + later.value.toPlainString() + " from " + later.file
                + " line " + later.line;
    }
}
