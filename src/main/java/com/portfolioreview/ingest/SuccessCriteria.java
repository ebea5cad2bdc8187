package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.TargetsByInitiative;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The accepted KPI targets per initiative, by case-insensitive KPI key ({@link KpiTarget#keyOf}). */
final class SuccessCriteria {

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

    /**
     * The KPI keys of every initiative of {@code ids} (by its index there) as bytes with their
     * target numbers, for {@link PlainKpiKeys#find}: a plain field is matched without making a String.
     */
    PlainKpiKeys plainKeys(InitiativeIds ids) {
        byte[][][] keys = new byte[ids.size()][][];
        int[][] numbers = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            Map<String, KpiTarget> targets = byInitiative.getOrDefault(ids.get(i).id(), Map.of());
            keys[i] = new byte[targets.size()][];
            numbers[i] = new int[targets.size()];
            int k = 0;
            for (Map.Entry<String, KpiTarget> t : targets.entrySet()) {
                // a key with other than ASCII can never equal a lower-cased ASCII field: left empty, never matched
                String key = t.getKey();
                keys[i][k] = key.chars().allMatch(c -> c < 0x80) ? key.getBytes(StandardCharsets.US_ASCII) : new byte[0];
                numbers[i][k++] = indexOf.get(t.getValue());
            }
        }
        return new PlainKpiKeys(keys, numbers);
    }

    /** KPI keys as ASCII bytes per initiative index, with their target numbers. */
    record PlainKpiKeys(byte[][][] keys, int[][] numbers) {

        /**
         * The target number of the KPI a plain field names (printable ASCII, no leading or trailing
         * space: {@link KpiTarget#keyOf} is then ASCII lower-casing), or -1 (the general path decides).
         */
        int find(int initiative, byte[] b, int s, int e) {
            if (s == e || b[s] == ' ' || b[e - 1] == ' ') {
                return -1;
            }
            byte[][] candidates = keys[initiative];
            for (int k = 0; k < candidates.length; k++) {
                byte[] key = candidates[k];
                if (key.length == e - s && key.length > 0 && sameLowerCase(key, b, s)) {
                    return numbers[initiative][k];
                }
            }
            return -1;
        }

        private static boolean sameLowerCase(byte[] key, byte[] b, int s) {
            for (int i = 0; i < key.length; i++) {
                int c = b[s + i];
                if (c < 0x20 || c > 0x7E) {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != key[i]) {
                    return false;
                }
            }
            return true;
        }
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
    public TargetsByInitiative byInitiative(List<Initiative> initiatives) {
        Map<String, List<KpiTarget>> out = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            out.put(i.id(), List.copyOf(byInitiative.getOrDefault(i.id(), Map.of()).values()));
        }
        return new TargetsByInitiative(out);
    }
}
