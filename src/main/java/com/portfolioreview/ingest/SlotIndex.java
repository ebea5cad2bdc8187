package com.portfolioreview.ingest;

import java.util.Arrays;

/** An open-addressing map from a {@code long} key to the slot it was given (0, 1, 2, ... in insertion order). */
final class SlotIndex implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private int[] slots = new int[1024];
    private int size;

    SlotIndex() {
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The slot of the key, or -1 when it has none. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        return -1;
    }

    /** The slot of the key, giving it the next slot when new. */
    int slotOf(long key) {
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

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = hash(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
