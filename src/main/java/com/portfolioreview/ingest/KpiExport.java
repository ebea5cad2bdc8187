package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accepted KPI values of one KPI export, the last one read winning within the file (the
 * earlier one gets a warning as soon as it is replaced).
 */
public final class KpiExport {

    private final Map<String, KpiMeasurement> latest = new LinkedHashMap<>();

    /** Records a value; returns the one of this file it replaces, or null. */
    KpiMeasurement put(KpiMeasurement m) {
        return latest.put(m.key(), m);
    }

    /** Records a value only when the file has none for its key yet; false otherwise (nothing changed). */
    boolean putIfNew(KpiMeasurement m) {
        return latest.putIfAbsent(m.key(), m) == null;
    }

    /**
     * Applies this file's values over those of the files read before (file-name order): each
     * value replaced gets a warning naming where the later value came from.
     */
    void mergeInto(Map<String, KpiMeasurement> portfolio, List<InputIssue> issues) {
        for (KpiMeasurement m : latest.values()) {
            KpiMeasurement earlier = portfolio.put(m.key(), m);
            if (earlier != null) {
                issues.add(InputIssue.warning(earlier.file(), earlier.line(), earlier.initiativeId(),
                        earlier.replacedBy(m), earlier.raw()));
            }
        }
    }
}
