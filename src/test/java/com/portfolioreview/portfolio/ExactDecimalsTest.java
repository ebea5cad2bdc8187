package com.portfolioreview.portfolio;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ExactDecimalsTest {

    @Test
    void addingUnscaledValuesGivesBigDecimalsSumScaleIncluded() {
        Random random = new Random(11);
        long[] edges = {0, 1, -1, 9, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 10, 999_999_999_999_999_999L};
        for (int i = 0; i < 20_000; i++) {
            ExactDecimals column = new ExactDecimals();
            BigDecimal expected = i % 7 == 0
                    ? new BigDecimal(random.nextLong() + "" + Math.abs(random.nextLong())).movePointLeft(random.nextInt(5))
                    : BigDecimal.valueOf(pick(random, edges), random.nextInt(9));
            column.add(expected);
            for (int k = 0; k < 3; k++) {
                long unscaled = pick(random, edges);
                int scale = random.nextInt(4) == 0 ? random.nextInt(25) : random.nextInt(7);
                column.plus(0, unscaled, scale);
                expected = expected.add(BigDecimal.valueOf(unscaled, scale));
                BigDecimal got = column.get(0);
                assertThat(got).isEqualTo(expected); // equals: value and scale
            }
        }
    }

    private static long pick(Random random, long[] edges) {
        return switch (random.nextInt(4)) {
            case 0 -> edges[random.nextInt(edges.length)];
            case 1 -> random.nextLong();
            default -> random.nextLong() % 100_000_000_000L;
        };
    }

    @Test
    void aLedgerFedUnscaledSumsEqualsOneFedBigDecimals() {
        SpendLedger exact = new SpendLedger();
        SpendLedger plain = new SpendLedger();
        Random random = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            String id = "AI-" + random.nextInt(20);
            int month = 2026 * 12 + random.nextInt(12);
            String category = random.nextBoolean() ? "CLOUD" : "LABOUR";
            long budget = random.nextInt(10) == 0 ? random.nextLong() : random.nextLong() % 10_000_000_000L;
            long actual = random.nextLong() % 10_000_000L;
            int budgetScale = random.nextInt(7);
            int actualScale = random.nextInt(3);
            exact.add(id, java.time.YearMonth.of(month / 12, month % 12 + 1), category, new SpendAmount(
                    BigDecimal.valueOf(budget, budgetScale), BigDecimal.valueOf(actual, actualScale)));
            plain.add(id, month, category, budget, budgetScale, actual, actualScale);
        }
        assertThat(plain.initiativeIds()).isEqualTo(exact.initiativeIds());
        for (String id : exact.initiativeIds()) {
            assertThat(plain.of(id)).as(id).isEqualTo(exact.of(id));
        }
    }
}
