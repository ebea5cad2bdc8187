package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The accepted spend of the whole portfolio, ledger lines summed per
 * (initiative, period, cost category), in the reporting currency. Holds future periods too
 * (their budget is next quarter's plan).
 */
public final class SpendLedger implements Serializable {

    private final Map<String, NavigableMap<YearMonth, SortedMap<String, SpendAmount>>> byInitiative = new TreeMap<>();

    /** Adds one accepted ledger line (or a pre-summed group of them). */
    public void add(String initiativeId, YearMonth period, String costCategory, SpendAmount amount) {
        byInitiative.computeIfAbsent(initiativeId, k -> new TreeMap<>())
                .computeIfAbsent(period, k -> new TreeMap<>())
                .merge(costCategory, amount, SpendAmount::plus);
    }

    /** Periods → cost category → amount for one initiative; empty when it has no spend rows. */
    public NavigableMap<YearMonth, SortedMap<String, SpendAmount>> of(String initiativeId) {
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> m = byInitiative.get(initiativeId);
        return m == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(m);
    }

    public Set<String> initiativeIds() {
        return Collections.unmodifiableSet(byInitiative.keySet());
    }
}
