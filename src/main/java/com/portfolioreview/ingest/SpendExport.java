package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * The accepted spend of one spend export, already summed per (initiative, period, cost
 * category) in the reporting currency. Separate per file so that files can be read
 * independently and merged in file-name order.
 */
public final class SpendExport {

    private final SpendLedger ledger = new SpendLedger();

    void add(String initiativeId, YearMonth period, String costCategory, SpendAmount amount) {
        ledger.add(initiativeId, period, costCategory, amount);
    }

    public SpendLedger ledger() {
        return ledger;
    }

    /** Adds this file's sums to the portfolio ledger. */
    public void mergeInto(SpendLedger portfolio) {
        for (String id : ledger.initiativeIds()) {
            for (Map.Entry<YearMonth, SortedMap<String, SpendAmount>> period : ledger.of(id).entrySet()) {
                for (Map.Entry<String, SpendAmount> category : period.getValue().entrySet()) {
                    portfolio.add(id, period.getKey(), category.getKey(), category.getValue());
                }
            }
        }
    }
}
