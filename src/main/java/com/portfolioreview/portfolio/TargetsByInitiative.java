package com.portfolioreview.portfolio;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Initiative id → its accepted KPI targets (in file order), in register order; unmodifiable.
 *
 * <p>Saved in a step snapshot as plain fields (texts as UTF-8, decimals as their unscaled digits
 * and scale, so exactly) instead of as 65,000 target records with their strings and decimals:
 * written object by object, those cost the single-threaded merge step about a second at 10 M
 * rows.
 */
public final class TargetsByInitiative extends AbstractMap<String, List<KpiTarget>> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<KpiTarget>> targets;

    public TargetsByInitiative(Map<String, List<KpiTarget>> targets) {
        Map<String, List<KpiTarget>> copy = new LinkedHashMap<>();
        targets.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        this.targets = Collections.unmodifiableMap(copy);
    }

    @Override
    public Set<Entry<String, List<KpiTarget>>> entrySet() {
        return targets.entrySet();
    }

    @Override
    public List<KpiTarget> get(Object initiativeId) {
        return targets.get(initiativeId);
    }

    @Override
    public List<KpiTarget> getOrDefault(Object initiativeId, List<KpiTarget> otherwise) {
        return targets.getOrDefault(initiativeId, otherwise);
    }

    @Override
    public boolean containsKey(Object initiativeId) {
        return targets.containsKey(initiativeId);
    }

    @Override
    public int size() {
        return targets.size();
    }

    @Serial
    private Object writeReplace() {
        return new Saved(targets);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("KPI targets are read through their saved form");
    }

    /** The saved form: every field of every target, in order. */
    private static final class Saved implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private transient Map<String, List<KpiTarget>> targets;

        Saved(Map<String, List<KpiTarget>> targets) {
            this.targets = targets;
        }

        @Serial
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(targets.size());
            for (Entry<String, List<KpiTarget>> e : targets.entrySet()) {
                writeText(out, e.getKey());
                out.writeInt(e.getValue().size());
                for (KpiTarget t : e.getValue()) {
                    writeText(out, t.initiativeId());
                    writeText(out, t.kpi());
                    writeText(out, t.unit());
                    writeText(out, t.direction() == null ? null : t.direction().name());
                    writeDecimal(out, t.baseline());
                    writeDecimal(out, t.target());
                    writeDecimal(out, t.valuePerUnit());
                    writeDecimal(out, t.weight());
                }
            }
        }

        @Serial
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            int initiatives = in.readInt();
            targets = new LinkedHashMap<>();
            for (int i = 0; i < initiatives; i++) {
                String id = readText(in);
                int n = in.readInt();
                List<KpiTarget> list = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    String initiativeId = readText(in);
                    String kpi = readText(in);
                    String unit = readText(in);
                    String direction = readText(in);
                    list.add(new KpiTarget(initiativeId, kpi, unit, direction == null ? null : Direction.valueOf(direction),
                            readDecimal(in), readDecimal(in), readDecimal(in), readDecimal(in)));
                }
                targets.put(id, list);
            }
        }

        @Serial
        private Object readResolve() {
            return new TargetsByInitiative(targets);
        }

        private static void writeText(ObjectOutputStream out, String text) throws IOException {
            writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        private static String readText(ObjectInputStream in) throws IOException {
            byte[] utf8 = readBytes(in);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }

        private static void writeDecimal(ObjectOutputStream out, BigDecimal value) throws IOException {
            writeBytes(out, value == null ? null : value.unscaledValue().toByteArray());
            if (value != null) {
                out.writeInt(value.scale());
            }
        }

        private static BigDecimal readDecimal(ObjectInputStream in) throws IOException {
            byte[] unscaled = readBytes(in);
            return unscaled == null ? null : new BigDecimal(new BigInteger(unscaled), in.readInt());
        }

        /** A run of bytes after its length; length -1 for none. */
        private static void writeBytes(ObjectOutputStream out, byte[] bytes) throws IOException {
            if (bytes == null) {
                out.writeInt(-1);
                return;
            }
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static byte[] readBytes(ObjectInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            byte[] bytes = in.readNBytes(n);
            if (bytes.length != n) {
                throw new InvalidObjectException("KPI targets cut short");
            }
            return bytes;
        }
    }
}
