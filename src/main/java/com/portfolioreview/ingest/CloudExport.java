package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one cloud export adds (SPEC §1.4): the allocated cost of each initiative per period as
 * actuals of the cloud cost category, the cost no rule allocated per (period, provider, service
 * category), and the past months that correction rows changed, per initiative. Exact sums in the
 * reporting currency.
 */
final class CloudExport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String category;
    /** initiative → month → allocated cost: a hash lookup per row, sorted only when asked. */
    private final HashMap<String, HashMap<YearMonth, BigDecimal>> allocated = new HashMap<>();
    /** initiative → months a correction row changed. */
    private final TreeMap<String, TreeSet<YearMonth>> corrected = new TreeMap<>();
    private final HashMap<UnallocatedKey, BigDecimal> unallocatedBy = new HashMap<>();

    private record UnallocatedKey(YearMonth period, String provider, String serviceCategory) implements Serializable {
    }
    private BigDecimal allocatedTotal = BigDecimal.ZERO;
    private BigDecimal unallocatedTotal = BigDecimal.ZERO;

    CloudExport(String category) {
        this.category = category;
    }

    /**
     * Books one charge row's cost: each share to its initiative, what the shares leave (all of
     * it when there are none) as unallocated under the row's provider and service category.
     */
    void book(List<CloudAllocation.Share> shares, YearMonth period, BigDecimal cost, boolean correction,
              String provider, String serviceCategory) {
        BigDecimal left = cost;
        for (CloudAllocation.Share share : shares) {
            BigDecimal part = share.share().compareTo(BigDecimal.ONE) == 0 ? cost : cost.multiply(share.share());
            allocate(share.initiativeId(), period, part, correction);
            left = left.subtract(part);
        }
        if (shares.isEmpty() || left.signum() != 0) {
            leaveUnallocated(period, provider, serviceCategory, left);
        }
    }

    void allocate(String initiativeId, YearMonth period, BigDecimal amount, boolean correction) {
        allocated.computeIfAbsent(initiativeId, k -> new HashMap<>()).merge(period, amount, BigDecimal::add);
        if (correction && amount.signum() != 0) {
            corrected.computeIfAbsent(initiativeId, k -> new TreeSet<>()).add(period);
        }
        allocatedTotal = allocatedTotal.add(amount);
    }

    void leaveUnallocated(YearMonth period, String provider, String serviceCategory, BigDecimal amount) {
        unallocatedBy.merge(new UnallocatedKey(period, provider, serviceCategory), amount, BigDecimal::add);
        unallocatedTotal = unallocatedTotal.add(amount);
    }

    /** The allocated actuals into the portfolio's ledger. */
    void mergeInto(SpendLedger ledger) {
        allocated.forEach((id, months) -> months.forEach((month, amount) ->
                ledger.add(id, month, category, new SpendAmount(BigDecimal.ZERO, amount))));
    }

    String category() {
        return category;
    }

    /** initiative → the months it has an allocated cost in, for the double-counting check. */
    SortedMap<String, SortedSet<YearMonth>> allocatedMonths() {
        SortedMap<String, SortedSet<YearMonth>> months = new TreeMap<>();
        allocated.forEach((id, byMonth) -> months.put(id, new TreeSet<>(byMonth.keySet())));
        return months;
    }

    SortedMap<String, ? extends SortedSet<YearMonth>> corrected() {
        return corrected;
    }

    /** For the reports: this file with its rows and totals, and its unallocated cost. */
    CloudCosts costs(String fileName, long rows) {
        List<CloudCosts.Unallocated> unallocated = new ArrayList<>();
        unallocatedBy.forEach((key, amount) -> unallocated.add(
                new CloudCosts.Unallocated(key.period(), key.provider(), key.serviceCategory(), amount)));
        return CloudCosts.of(List.of(new CloudCosts(
                List.of(new CloudCosts.File(fileName, rows, allocatedTotal, unallocatedTotal)), unallocated)));
    }
}
