package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.Initiative;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The accepted register rows by initiative_id, and the ids whose every register row was rejected. */
final class PortfolioRegister {

    private final Map<String, Initiative> accepted = new LinkedHashMap<>();
    private final Set<String> rejectedIds = new HashSet<>();

    void accept(Initiative initiative) {
        accepted.put(initiative.id(), initiative);
    }

    void rejected(String id) {
        if (!id.isEmpty()) {
            rejectedIds.add(id);
        }
    }

    /** The initiative a row of another file names, or the row's rejection. */
    Initiative require(String initiativeId) throws RowRejection {
        Initiative i = accepted.get(initiativeId);
        if (i == null) {
            throw new RowRejection("unknown initiative '" + initiativeId + "'"
                    + (rejectedIds.contains(initiativeId) ? " (its register row was rejected)" : ""));
        }
        return i;
    }

    /** Whether an accepted register row has this initiative_id. */
    boolean has(String initiativeId) {
        return accepted.containsKey(initiativeId);
    }

    /** Accepted initiatives in register order. */
    public List<Initiative> initiatives() {
        return new ArrayList<>(accepted.values());
    }

    public boolean isEmpty() {
        return accepted.isEmpty();
    }
}
