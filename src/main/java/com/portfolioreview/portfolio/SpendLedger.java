package com.portfolioreview.portfolio;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The accepted spend of the whole portfolio, ledger lines summed per
 * (initiative, period, cost category), in the reporting currency. Holds future periods too
 * (their budget is next quarter's plan).
 *
 * <p>Kept compactly (a cell is a key and two exact decimals in primitive columns, about 30
 * bytes) so that a portfolio of 5,000 initiatives × 34 months × 6 categories fits in a small
 * heap and its step snapshot stays small; {@link #of} builds the maps of one initiative when
 * asked.
 */
public final class SpendLedger implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    private transient Map<String, SlotIndex> cellsByInitiative;
    private transient List<String> categories;
    private transient Map<String, Integer> categoryIndex;
    private transient ExactDecimals budgets;
    private transient ExactDecimals actuals;

    public SpendLedger() {
        init();
    }

    private void init() {
        cellsByInitiative = new TreeMap<>();
        categories = new ArrayList<>();
        categoryIndex = new HashMap<>();
        budgets = new ExactDecimals();
        actuals = new ExactDecimals();
    }

    private static long monthIndex(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    /** Adds one accepted ledger line (or a pre-summed group of them). */
    public void add(String initiativeId, YearMonth period, String costCategory, SpendAmount amount) {
        SlotIndex cells = cellsOf(initiativeId);
        long key = keyOf(monthIndex(period), costCategory);
        int cell = cells.get(key);
        if (cell < 0) {
            cells.put(key, budgets.add(amount.budget()));
            actuals.add(amount.actual());
        } else {
            budgets.plus(cell, amount.budget());
            actuals.plus(cell, amount.actual());
        }
    }

    private SlotIndex cellsOf(String initiativeId) {
        return cellsByInitiative.computeIfAbsent(initiativeId, k -> new SlotIndex(64));
    }

    /** A cell's key within its initiative: the month index and the category's number. */
    private long keyOf(long monthIndex, String costCategory) {
        int category = categoryIndex.computeIfAbsent(costCategory, c -> {
            categories.add(c);
            return categories.size() - 1;
        });
        return (monthIndex << 16) | category;
    }

    /**
     * As {@link #add(String, YearMonth, String, SpendAmount)}, for a budget and an actual given
     * as unscaled values with their scales (0 to 127) and the period as year × 12 + month − 1:
     * the same sums, scales included, without a BigDecimal or a month object per call. For
     * merging a million pre-summed cells.
     */
    public void add(String initiativeId, int monthIndex, String costCategory, long budgetUnscaled, int budgetScale,
            long actualUnscaled, int actualScale) {
        SlotIndex cells = cellsOf(initiativeId);
        long key = keyOf(monthIndex, costCategory);
        int cell = cells.get(key);
        if (cell < 0) {
            cells.put(key, budgets.add(budgetUnscaled, budgetScale));
            actuals.add(actualUnscaled, actualScale);
        } else {
            budgets.plus(cell, budgetUnscaled, budgetScale);
            actuals.plus(cell, actualUnscaled, actualScale);
        }
    }

    /** Periods → cost category → amount for one initiative; empty when it has no spend rows. */
    public NavigableMap<YearMonth, SortedMap<String, SpendAmount>> of(String initiativeId) {
        SlotIndex cells = cellsByInitiative.get(initiativeId);
        if (cells == null) {
            return Collections.emptyNavigableMap();
        }
        TreeMap<YearMonth, SortedMap<String, SpendAmount>> out = new TreeMap<>();
        cells.forEachKey(key -> {
            long month = key >>> 16;
            YearMonth period = YearMonth.of((int) (month / 12), (int) (month % 12) + 1);
            String category = categories.get((int) (key & 0xFFFF));
            int cell = cells.get(key);
            out.computeIfAbsent(period, k -> new TreeMap<>())
                    .put(category, new SpendAmount(budgets.get(cell), actuals.get(cell)));
        });
        out.replaceAll((k, v) -> Collections.unmodifiableSortedMap(v));
        return Collections.unmodifiableNavigableMap(out);
    }

    /**
     * The months before {@code month} in which the initiative has a non-zero budget or actual, in
     * order (SPEC §1.2: spend dated before the start month counts, and is pointed out).
     */
    public SortedSet<YearMonth> monthsWithSpendBefore(String initiativeId, YearMonth month) {
        SlotIndex cells = cellsByInitiative.get(initiativeId);
        SortedSet<YearMonth> months = new TreeSet<>();
        if (cells == null) {
            return months;
        }
        long before = month.getYear() * 12L + month.getMonthValue() - 1;
        cells.forEachKey(key -> {
            long m = key >>> 16;
            int cell = cells.get(key);
            if (m < before && (budgets.get(cell).signum() != 0 || actuals.get(cell).signum() != 0)) {
                months.add(YearMonth.of((int) (m / 12), (int) (m % 12) + 1));
            }
        });
        return months;
    }

    public Set<String> initiativeIds() {
        return Collections.unmodifiableSet(cellsByInitiative.keySet());
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(categories.size());
        for (String c : categories) {
            out.writeUTF(c);
        }
        out.writeInt(cellsByInitiative.size());
        for (Map.Entry<String, SlotIndex> i : cellsByInitiative.entrySet()) {
            out.writeUTF(i.getKey());
            SlotIndex cells = i.getValue();
            out.writeInt(cells.size());
            for (long key : keysOf(cells)) {
                out.writeLong(key);
                out.writeInt(cells.get(key));
            }
        }
        budgets.write(out);
        actuals.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        init();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String c = in.readUTF();
            categoryIndex.put(c, categories.size());
            categories.add(c);
        }
        int initiatives = in.readInt();
        for (int i = 0; i < initiatives; i++) {
            String id = in.readUTF();
            int cells = in.readInt();
            SlotIndex index = new SlotIndex(cells);
            for (int c = 0; c < cells; c++) {
                index.put(in.readLong(), in.readInt());
            }
            cellsByInitiative.put(id, index);
        }
        budgets = ExactDecimals.read(in);
        actuals = ExactDecimals.read(in);
    }

    private static long[] keysOf(SlotIndex cells) {
        long[] keys = new long[cells.size()];
        int[] n = new int[1];
        cells.forEachKey(k -> keys[n[0]++] = k);
        return keys;
    }

    /** The total of every cell, budget and actual (for checks and logs). */
    public SpendAmount total() {
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (int i = 0; i < budgets.size(); i++) {
            b = b.add(budgets.get(i));
            a = a.add(actuals.get(i));
        }
        return new SpendAmount(b, a);
    }
}
