package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.Initiative;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The accepted initiative ids by their bytes, so that the hot path finds a row's initiative
 * without making a String. Read-only once built (shared by the threads reading exports).
 */
final class InitiativeIds {

    private final byte[][] ids;
    private final Initiative[] initiatives;
    private final int[] table;

    InitiativeIds(List<Initiative> accepted) {
        ids = new byte[accepted.size()][];
        initiatives = accepted.toArray(Initiative[]::new);
        table = new int[Integer.highestOneBit(Math.max(4, accepted.size()) * 2 - 1) << 1];
        Arrays.fill(table, -1);
        for (int i = 0; i < ids.length; i++) {
            ids[i] = initiatives[i].id().getBytes(StandardCharsets.UTF_8);
            int slot = hash(ids[i], 0, ids[i].length) & (table.length - 1);
            while (table[slot] >= 0) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = i;
        }
    }

    /** The index of the initiative whose id is exactly these bytes, or -1. */
    int find(byte[] b, int s, int e) {
        int mask = table.length - 1;
        for (int slot = hash(b, s, e) & mask; table[slot] >= 0; slot = (slot + 1) & mask) {
            byte[] id = ids[table[slot]];
            if (Arrays.equals(id, 0, id.length, b, s, e)) {
                return table[slot];
            }
        }
        return -1;
    }

    int size() {
        return initiatives.length;
    }

    Initiative get(int index) {
        return initiatives[index];
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
