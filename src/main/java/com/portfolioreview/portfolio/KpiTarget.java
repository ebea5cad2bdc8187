package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A success criterion from {@code kpi_targets.csv}.
 *
 * @param kpi          the KPI name as written in the targets file
 * @param valuePerUnit value of one unit of improvement per month, in the reporting currency
 *                     (converted at the report period's rate)
 * @param weight       weight in the attainment average (default 1)
 */
public record KpiTarget(
        String initiativeId,
        String kpi,
        String unit,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal valuePerUnit,
        BigDecimal weight) implements Serializable {

    /** The case-insensitive identity of a KPI within its initiative. */
    public String key() {
        return keyOf(kpi);
    }

    public static String keyOf(String kpiName) {
        return kpiName.trim().toLowerCase(Locale.ROOT);
    }
}
