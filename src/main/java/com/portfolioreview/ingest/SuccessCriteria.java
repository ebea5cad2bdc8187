package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The accepted KPI targets per initiative, by case-insensitive KPI key ({@link KpiTarget#keyOf}). */
public final class SuccessCriteria {

    private final Map<String, Map<String, KpiTarget>> byInitiative = new LinkedHashMap<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<KpiTarget> indexed = new ArrayList<>();
    private final Map<KpiTarget, Integer> indexOf = new IdentityHashMap<>();

    void accept(KpiTarget target) {
        byInitiative.computeIfAbsent(target.initiativeId(), k -> new LinkedHashMap<>()).put(target.key(), target);
        indexOf.put(target, indexed.size());
        indexed.add(target);
    }

    /** The number of an accepted target, 0, 1, 2, ... in the order accepted (a key of {@link MeasuredValues}). */
    int indexOf(KpiTarget target) {
        return indexOf.get(target);
    }

    /** Every accepted target, by its {@link #indexOf number}. */
    List<KpiTarget> indexed() {
        return Collections.unmodifiableList(indexed);
    }

    void rejected(String initiativeId, String kpiName) {
        rejected.add(initiativeId + '\n' + KpiTarget.keyOf(kpiName));
    }

    /** The target a KPI measurement names, or the row's rejection. */
    KpiTarget require(String initiativeId, String kpiName) throws RowRejection {
        KpiTarget t = byInitiative.getOrDefault(initiativeId, Map.of()).get(KpiTarget.keyOf(kpiName));
        if (t == null) {
            throw new RowRejection("kpi '" + kpiName + "' is not defined for initiative '" + initiativeId
                    + "' in kpi_targets.csv"
                    + (rejected.contains(initiativeId + '\n' + KpiTarget.keyOf(kpiName))
                    ? " (its kpi_targets.csv row was rejected)" : ""));
        }
        return t;
    }

    /** The target a KPI measurement names, or null (the general path then says why). */
    KpiTarget find(String initiativeId, String kpiName) {
        Map<String, KpiTarget> targets = byInitiative.get(initiativeId);
        return targets == null ? null : targets.get(KpiTarget.keyOf(kpiName));
    }

    /**
     * Every accepted initiative (register order) → its accepted targets in file order; an
     * initiative without targets maps to an empty list.
     */
    public Map<String, List<KpiTarget>> byInitiative(List<Initiative> initiatives) {
        Map<String, List<KpiTarget>> out = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            out.put(i.id(), List.copyOf(byInitiative.getOrDefault(i.id(), Map.of()).values()));
        }
        return Collections.unmodifiableMap(out);
    }
}
