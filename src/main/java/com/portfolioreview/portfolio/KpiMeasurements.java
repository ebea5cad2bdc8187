package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Measured KPI values: initiative → KPI key ({@link KpiTarget#keyOf}) → period → value.
 * A later measurement of the same (initiative, period, kpi) replaces the earlier one.
 */
public final class KpiMeasurements implements Serializable {

    private final Map<String, Map<String, NavigableMap<YearMonth, BigDecimal>>> byInitiative = new TreeMap<>();

    /** Records a value; returns the value it replaced, or null. */
    public BigDecimal put(String initiativeId, String kpiKey, YearMonth period, BigDecimal value) {
        return byInitiative.computeIfAbsent(initiativeId, k -> new TreeMap<>())
                .computeIfAbsent(kpiKey, k -> new TreeMap<>())
                .put(period, value);
    }

    /** KPI key → period → value for one initiative; empty when nothing was measured. */
    public Map<String, NavigableMap<YearMonth, BigDecimal>> of(String initiativeId) {
        Map<String, NavigableMap<YearMonth, BigDecimal>> m = byInitiative.get(initiativeId);
        return m == null ? Collections.emptyMap() : Collections.unmodifiableMap(m);
    }
}
