package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.portfolio.ExactDecimals;
import com.portfolioreview.portfolio.SlotIndex;

import java.util.Arrays;

/**
 * The sums of the charge rows {@link CloudPlainRows} took, per (initiative, month) allocated and
 * per (month, provider, service category) unallocated, in long arithmetic with
 * {@link ExactDecimals} (a sum with the value and scale {@code BigDecimal.add} would give), added
 * to the file's {@link CloudExport} once the file is read. Providers and categories are numbered
 * by the caller; their names are given with their numbers.
 */
final class CloudPlainSums {

    private final InitiativeIds ids;
    private final SlotIndex allocatedSlots = new SlotIndex(1024);
    private final ExactDecimals allocated = new ExactDecimals();
    private long[] allocatedKeys = new long[1024];
    private final SlotIndex unallocatedSlots = new SlotIndex(256);
    private final ExactDecimals unallocated = new ExactDecimals();
    private long[] unallocatedKeys = new long[256];
    private String[] names = new String[16];

    CloudPlainSums(InitiativeIds ids) {
        this.ids = ids;
    }

    /** The whole cost of a row to one initiative ({@link InitiativeIds} index). */
    void allocate(int initiative, int month, long unscaled, int scale) {
        long key = (long) initiative << 32 | month;
        int slot = allocatedSlots.slotOf(key);
        if (slot == allocated.size()) {
            allocatedKeys = keep(allocatedKeys, slot, key);
            allocated.add(unscaled, scale);
        } else {
            allocated.plus(slot, unscaled, scale);
        }
    }

    /** The whole cost of a row as unallocated; provider and category numbered below 2^15, with their names. */
    void leaveUnallocated(int month, int provider, String providerName, int category, String categoryName,
                          long unscaled, int scale) {
        long key = (long) month << 32 | (long) provider << 16 | category;
        int slot = unallocatedSlots.slotOf(key);
        if (slot == unallocated.size()) {
            unallocatedKeys = keep(unallocatedKeys, slot, key);
            unallocated.add(unscaled, scale);
            name(provider, providerName);
            name(category, categoryName);
        } else {
            unallocated.plus(slot, unscaled, scale);
        }
    }

    /** Adds the sums to the file's export (exact: its own sums then have the same values and scales). */
    void addTo(CloudExport export) {
        for (int slot = 0; slot < allocated.size(); slot++) {
            long key = allocatedKeys[slot];
            export.allocate(ids.get((int) (key >>> 32)).id(), Months.of((int) key), allocated.get(slot), false);
        }
        for (int slot = 0; slot < unallocated.size(); slot++) {
            long key = unallocatedKeys[slot];
            export.leaveUnallocated(Months.of((int) (key >>> 32)), names[(int) (key >>> 16) & 0xFFFF],
                    names[(int) key & 0xFFFF], unallocated.get(slot));
        }
    }

    private void name(int number, String name) {
        if (number >= names.length) {
            names = Arrays.copyOf(names, Math.max(number + 1, names.length * 2));
        }
        names[number] = name;
    }

    private static long[] keep(long[] keys, int slot, long key) {
        long[] k = slot < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
        k[slot] = key;
        return k;
    }
}
