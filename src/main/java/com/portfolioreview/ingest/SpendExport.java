package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.PlainValues;

import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SlotIndex;
import com.portfolioreview.portfolio.SpendLedger;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The accepted spend of one spend export, already summed per (initiative, period, cost
 * category) in the reporting currency. Separate per file so that files can be read
 * independently (in parallel) and merged in file-name order.
 *
 * <p>Rows of the hot path (reporting currency, plain amounts) are summed exactly in primitive
 * columns: amounts as longs at scale 6 (a sum that would overflow moves to a BigDecimal), with
 * the largest scale seen kept so that a cell's sum has exactly the scale a BigDecimal sum of
 * the same amounts would have. Other rows are summed as BigDecimals; both meet in
 * {@link #mergeInto}.
 */
final class SpendExport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final SpendLedger ledger = new SpendLedger();

    private final SlotIndex index = new SlotIndex(512);
    private long[] cellKeys = new long[1024];
    private long[] budget = new long[1024];
    private long[] actual = new long[1024];
    private byte[] budgetScale = new byte[1024];
    private byte[] actualScale = new byte[1024];
    private final Map<Integer, BigDecimal> budgetOverflow = new HashMap<>();
    private final Map<Integer, BigDecimal> actualOverflow = new HashMap<>();
    private final List<byte[]> categoryBytes = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();

    void add(String initiativeId, YearMonth period, String costCategory, SpendAmount amount) {
        ledger.add(initiativeId, period, costCategory, amount);
    }

    /** The index of a plain cost category (printable ASCII, no edge spaces), upper-cased; -1 otherwise. */
    int category(byte[] b, int s, int e) {
        if (s == e || b[s] == ' ' || b[e - 1] == ' ' || e - s > 64) {
            return -1;
        }
        byte[] upper = new byte[0];
        for (int c = 0; c < categoryBytes.size(); c++) {
            byte[] known = categoryBytes.get(c);
            if (known.length == e - s && equalsUpper(known, b, s)) {
                return c;
            }
        }
        String text = PlainValues.text(b, s, e);
        if (text == null || categories.size() >= 255 || TotalCategory.is(text)) {
            return -1; // a total is a summary row: the general rules reject it as such
        }
        String category = text.toUpperCase(Locale.ROOT);
        upper = category.getBytes(StandardCharsets.US_ASCII);
        categoryBytes.add(upper);
        categories.add(category);
        return categories.size() - 1;
    }

    private static boolean equalsUpper(byte[] upper, byte[] b, int s) {
        for (int i = 0; i < upper.length; i++) {
            byte c = b[s + i];
            if (c >= 'a' && c <= 'z') {
                c -= 32;
            }
            if (c != upper[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a hot-path row: amounts as unscaled values with their scales (≤ 6). */
    void addPlain(int initiative, int month, int category, long budgetUnscaled, int budgetScaleOf,
                  long actualUnscaled, int actualScaleOf) {
        long key = ((long) initiative << 32) | ((long) month << 8) | category;
        int slot = index.slotOf(key);
        if (slot == cellKeys.length) {
            int n = slot * 2;
            cellKeys = Arrays.copyOf(cellKeys, n);
            budget = Arrays.copyOf(budget, n);
            actual = Arrays.copyOf(actual, n);
            budgetScale = Arrays.copyOf(budgetScale, n);
            actualScale = Arrays.copyOf(actualScale, n);
        }
        cellKeys[slot] = key;
        budget[slot] = sum(budget[slot], budgetUnscaled, budgetScaleOf, slot, budgetOverflow);
        actual[slot] = sum(actual[slot], actualUnscaled, actualScaleOf, slot, actualOverflow);
        budgetScale[slot] = (byte) Math.max(budgetScale[slot], budgetScaleOf);
        actualScale[slot] = (byte) Math.max(actualScale[slot], actualScaleOf);
    }

    private static final long[] TO_SCALE_6 = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private static long sum(long total, long unscaled, int scale, int slot, Map<Integer, BigDecimal> overflow) {
        try {
            return Math.addExact(total, Math.multiplyExact(unscaled, TO_SCALE_6[scale]));
        } catch (ArithmeticException e) {
            overflow.merge(slot, BigDecimal.valueOf(total, 6).add(BigDecimal.valueOf(unscaled, scale)), BigDecimal::add);
            return 0;
        }
    }

    private static BigDecimal value(long sum6, byte scale, int slot, Map<Integer, BigDecimal> overflow) {
        BigDecimal v = BigDecimal.valueOf(sum6, 6).setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal more = overflow.get(slot);
        return more == null ? v : v.add(more).setScale(scale, RoundingMode.UNNECESSARY);
    }

    /**
     * Adds one summed cell to the portfolio ledger: its own method, called once per cell, so
     * that the JIT compiles it once instead of compiling the loop on-stack for each file.
     */
    private void mergeCell(int slot, SpendLedger portfolio, InitiativeIds ids) {
        long key = cellKeys[slot];
        int month = (int) ((key >>> 8) & 0xFFFFFF);
        String id = ids.get((int) (key >>> 32)).id();
        String category = categories.get((int) (key & 0xFF));
        // (isEmpty first: no Integer boxed per cell when, as nearly always, nothing overflowed)
        if ((budgetOverflow.isEmpty() || !budgetOverflow.containsKey(slot))
                && (actualOverflow.isEmpty() || !actualOverflow.containsKey(slot))) {
            // the sums at scale 6 brought back to their own scale: exact, every summand had at most that scale
            portfolio.add(id, month, category, budget[slot] / TO_SCALE_6[budgetScale[slot]], budgetScale[slot],
                    actual[slot] / TO_SCALE_6[actualScale[slot]], actualScale[slot]);
            return;
        }
        portfolio.add(id, YearMonth.of(month / 12, month % 12 + 1), category,
                new SpendAmount(value(budget[slot], budgetScale[slot], slot, budgetOverflow),
                        value(actual[slot], actualScale[slot], slot, actualOverflow)));
    }

    /** Adds this file's sums to the portfolio ledger. */
    void mergeInto(SpendLedger portfolio, InitiativeIds ids) {
        for (int slot = 0; slot < index.size(); slot++) {
            mergeCell(slot, portfolio, ids);
        }
        for (String id : ledger.initiativeIds()) {
            for (Map.Entry<YearMonth, SortedMap<String, SpendAmount>> period : ledger.of(id).entrySet()) {
                for (Map.Entry<String, SpendAmount> category : period.getValue().entrySet()) {
                    portfolio.add(id, period.getKey(), category.getKey(), category.getValue());
                }
            }
        }
    }
}
