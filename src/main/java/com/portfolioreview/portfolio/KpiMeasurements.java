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
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Measured KPI values: initiative → KPI key ({@link KpiTarget#keyOf}) → period → value.
 * A later measurement of the same (initiative, period, kpi) replaces the earlier one.
 *
 * <p>Kept compactly (a value is a key and an exact decimal in primitive columns) so that
 * millions of measurements fit in a small heap; {@link #of} builds the maps of one initiative
 * when asked.
 */
public final class KpiMeasurements implements Serializable {

    @Serial
    private static final long serialVersionUID = 2L;

    /** The KPI keys and value index of one initiative; value key = kpi index << 24 | month index. */
    private static final class Measured {
        final List<String> kpis = new ArrayList<>();
        final SlotIndex values;

        Measured(int expected) {
            values = new SlotIndex(expected);
        }

        int kpiIndex(String kpiKey) {
            int i = kpis.indexOf(kpiKey);
            if (i < 0) {
                kpis.add(kpiKey);
                i = kpis.size() - 1;
            }
            return i;
        }
    }

    private transient Map<String, Measured> byInitiative;
    private transient ExactDecimals values;

    public KpiMeasurements() {
        this(new ExactDecimals());
    }

    private KpiMeasurements(ExactDecimals values) {
        byInitiative = new TreeMap<>();
        this.values = values;
    }

    /**
     * Measurements whose values are {@code values} itself (taken over, not copied): value
     * {@code i} of the column is recorded for a (KPI, month) with {@link Series#index}. For
     * millions of values already merged, each once, into one column.
     */
    public static KpiMeasurements over(ExactDecimals values) {
        return new KpiMeasurements(values);
    }

    private static long monthIndex(YearMonth m) {
        return m.getYear() * 12L + m.getMonthValue() - 1;
    }

    /** Records a value; returns the value it replaced, or null. */
    public BigDecimal put(String initiativeId, String kpiKey, YearMonth period, BigDecimal value) {
        Measured m = byInitiative.computeIfAbsent(initiativeId, k -> new Measured(16));
        long key = ((long) m.kpiIndex(kpiKey) << 24) | monthIndex(period);
        int slot = m.values.get(key);
        if (slot < 0) {
            m.values.put(key, values.add(value));
            return null;
        }
        BigDecimal earlier = values.get(slot);
        values.set(slot, value);
        return earlier;
    }

    /** The values of one initiative's KPI, for recording many of them without a lookup each. */
    public final class Series {
        private final Measured measured;
        private final long kpiBits;

        private Series(Measured measured, long kpiBits) {
            this.measured = measured;
            this.kpiBits = kpiBits;
        }

        /**
         * Records value {@code from} of {@code column} for month {@code monthIndex}
         * (year × 12 + month − 1), replacing an earlier value of that month.
         */
        public void put(int monthIndex, ExactDecimals column, int from) {
            long key = kpiBits | monthIndex;
            int slot = measured.values.get(key);
            if (slot < 0) {
                measured.values.put(key, values.add(column, from));
            } else {
                values.set(slot, column, from);
            }
        }

        /**
         * Records that value {@code valueIndex} of this measurements' own column (see
         * {@link #over}) is this KPI's value for month {@code monthIndex}, which has none yet.
         */
        public void index(int monthIndex, int valueIndex) {
            long key = kpiBits | monthIndex;
            if (measured.values.get(key) >= 0) {
                throw new IllegalStateException("month " + monthIndex + " of this KPI is recorded already");
            }
            measured.values.put(key, valueIndex);
        }
    }

    /** The series of {@code kpiKey} of {@code initiativeId}, made empty when new. */
    public Series series(String initiativeId, String kpiKey) {
        return series(initiativeId, kpiKey, 16);
    }

    /**
     * As {@link #series(String, String)}, with room made at once for {@code expectedValues}
     * values of the initiative (all its KPIs) when it is new.
     */
    public Series series(String initiativeId, String kpiKey, int expectedValues) {
        Measured m = byInitiative.computeIfAbsent(initiativeId, k -> new Measured(expectedValues));
        return new Series(m, (long) m.kpiIndex(kpiKey) << 24);
    }

    /** KPI key → period → value for one initiative; empty when nothing was measured. */
    public Map<String, NavigableMap<YearMonth, BigDecimal>> of(String initiativeId) {
        Measured m = byInitiative.get(initiativeId);
        if (m == null) {
            return Collections.emptyMap();
        }
        Map<String, NavigableMap<YearMonth, BigDecimal>> out = new TreeMap<>();
        m.values.forEachKey(key -> {
            long month = key & 0xFFFFFF;
            out.computeIfAbsent(m.kpis.get((int) (key >>> 24)), k -> new TreeMap<>())
                    .put(YearMonth.of((int) (month / 12), (int) (month % 12) + 1), values.get(m.values.get(key)));
        });
        out.replaceAll((k, v) -> Collections.unmodifiableNavigableMap(v));
        return Collections.unmodifiableMap(out);
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(byInitiative.size());
        for (Map.Entry<String, Measured> e : byInitiative.entrySet()) {
            out.writeUTF(e.getKey());
            Measured m = e.getValue();
            out.writeInt(m.kpis.size());
            for (String k : m.kpis) {
                out.writeUTF(k);
            }
            out.writeInt(m.values.size());
            List<Long> keys = new ArrayList<>(m.values.size());
            m.values.forEachKey(keys::add);
            for (long key : keys) {
                out.writeLong(key);
                out.writeInt(m.values.get(key));
            }
        }
        values.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        byInitiative = new TreeMap<>();
        int initiatives = in.readInt();
        for (int i = 0; i < initiatives; i++) {
            String id = in.readUTF();
            int kpis = in.readInt();
            List<String> names = new ArrayList<>(kpis);
            for (int k = 0; k < kpis; k++) {
                names.add(in.readUTF());
            }
            int n = in.readInt();
            Measured m = new Measured(n);
            m.kpis.addAll(names);
            for (int v = 0; v < n; v++) {
                m.values.put(in.readLong(), in.readInt());
            }
            byInitiative.put(id, m);
        }
        values = ExactDecimals.read(in);
    }
}
