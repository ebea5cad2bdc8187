package com.portfolioreview.portfolio;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * An open-addressing map from a {@code long} key to an {@code int} slot, without boxing: the
 * cells of one initiative in {@link SpendLedger}, the KPI values of a reading
 * ({@code ingest.MeasuredValues}). A key must not be {@code Long.MIN_VALUE} (the empty mark).
 */
public final class SlotIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] slots;
    private int size;

    /** @param expected how many keys it is sized for at first (it grows as needed) */
    public SlotIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slots = new int[capacity];
    }

    public int size() {
        return size;
    }

    /** The slot of a key, or -1. */
    public int get(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /**
     * The slot of the key, giving it the next slot (the number of keys so far) when new: one
     * probe either way, for a reading's hot path.
     */
    public int slotOf(long key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** Records a new key (not present) with its slot. */
    public void put(long key, int slot) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(key, slot);
        size++;
    }

    private void insert(long key, int slot) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        slots = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldSlots[i]);
            }
        }
    }

    public void forEachKey(LongConsumer action) {
        for (long key : keys) {
            if (key != EMPTY) {
                action.accept(key);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
