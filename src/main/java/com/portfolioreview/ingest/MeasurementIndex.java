package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.KpiTarget;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The merged KPI values of every KPI export, indexed as the portfolio's measurements. */
final class MeasurementIndex {

    private MeasurementIndex() {
    }

    /**
     * The merged KPI values as the portfolio's measurements: their column of values is taken
     * over as it is (slot i is value i, each (KPI, month) once), and the slots are indexed
     * target by target (a counting sort: each initiative's index is filled in one go, not
     * touched at random 2 million times), in one series per KPI target sized for its
     * initiative: no copy, BigDecimal, lookup by name or month object per value.
     */
    static KpiMeasurements of(MeasuredValues latest) {
        latest.dropProvenance();
        int targets = latest.targetCount();
        int[] start = new int[targets + 1];
        for (int slot = 0; slot < latest.size(); slot++) {
            start[latest.targetIndex(slot) + 1]++;
        }
        Map<String, Integer> valuesOfInitiative = new HashMap<>();
        for (int t = 0; t < targets; t++) {
            if (start[t + 1] > 0) {
                valuesOfInitiative.merge(latest.targetAt(t).initiativeId(), start[t + 1], Integer::sum);
            }
            start[t + 1] += start[t];
        }
        int[] byTarget = new int[latest.size()];
        int[] next = Arrays.copyOf(start, targets);
        for (int slot = 0; slot < latest.size(); slot++) {
            byTarget[next[latest.targetIndex(slot)]++] = slot;
        }
        KpiMeasurements kpis = KpiMeasurements.over(latest.values());
        for (int t = 0; t < targets; t++) {
            if (start[t] == start[t + 1]) {
                continue;
            }
            KpiTarget target = latest.targetAt(t);
            KpiMeasurements.Series series = kpis.series(target.initiativeId(), target.key(),
                    valuesOfInitiative.get(target.initiativeId()));
            for (int i = start[t]; i < start[t + 1]; i++) {
                series.index(latest.monthIndex(byTarget[i]), byTarget[i]);
            }
        }
        return kpis;
    }
}
