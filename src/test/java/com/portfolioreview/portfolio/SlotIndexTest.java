package com.portfolioreview.portfolio;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The index behind the ledger's cells and the KPI values: the same answers as a {@code HashMap<Long, Integer>}. */
class SlotIndexTest {

    @Test
    void findsEveryKeyItWasGivenThroughManyGrowthsAndNoOther() {
        Random random = new Random(20261129);
        SlotIndex index = new SlotIndex(4);
        Map<Long, Integer> reference = new HashMap<>();
        // keys as the readers make them (target index << 32 | month index), plus arbitrary ones
        for (int i = 0; i < 200_000; i++) {
            long key = i % 2 == 0 ? ((long) random.nextInt(70_000) << 32) | random.nextInt(30_000)
                    : random.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE);
            if (!reference.containsKey(key)) {
                if (i % 3 == 0) {
                    index.put(key, reference.size());
                } else {
                    assertThat(index.slotOf(key)).isEqualTo(reference.size());
                }
                reference.put(key, reference.size());
            } else {
                assertThat(index.slotOf(key)).isEqualTo(reference.get(key));
            }
        }
        assertThat(index.size()).isEqualTo(reference.size());
        reference.forEach((key, slot) -> assertThat(index.get(key)).isEqualTo(slot));
        for (int i = 0; i < 10_000; i++) {
            long absent = random.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE);
            assertThat(index.get(absent)).isEqualTo(reference.getOrDefault(absent, -1));
        }
        Set<Long> keys = new HashSet<>();
        index.forEachKey(keys::add);
        assertThat(keys).isEqualTo(reference.keySet());
    }
}
