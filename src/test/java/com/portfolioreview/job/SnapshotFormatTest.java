package com.portfolioreview.job;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot saved by a build is read by the next build when a failed run is resumed after an
 * upgrade. Whatever is saved must therefore keep its form within one {@link SnapshotFormat#VERSION}:
 * this test records the shape of every class a snapshot holds (its fields, their types, whether it
 * writes itself) for the current version, and fails when the shape changes without a new version.
 */
class SnapshotFormatTest {

    /**
     * The SHA-256 of {@link #shape()} for each format version that had it. Pinned on purpose: a
     * change here is a change of what resumed runs of the previous build can read.
     */
    private static final Map<Integer, String> RECORDED = Map.of(
            2, "8146286de366ec0c963a38f9a7c54c98a3d1809a92f9e73471fc8724ae6b769b",
            3, "356f665c37577e7ed3aa0cc0748511d00d095137b5dc592e3c73416b0bd655e8",
            4, "dd061f775db8b65fe74f728000b19a221fd82ed9ab08af0c55158592e86eb975");

    @Test
    void theShapeOfEverySavedClassIsTheOneRecordedForThisFormatVersion() {
        String shape = shape();
        assertThat(DigestUtils.sha256Hex(shape))
                .as("the classes saved in step snapshots changed shape:%n%s%nraise SnapshotFormat.VERSION to %d and"
                        + " record this shape's SHA-256 for it in RECORDED", shape, SnapshotFormat.VERSION + 1)
                .isEqualTo(RECORDED.get(SnapshotFormat.VERSION));
    }

    @Test
    void theShapeSeesAChangedField() {
        assertThat(shapeOf(Before.class)).isNotEqualTo(shapeOf(After.class).replace("After", "Before"));
    }

    /** Every class of ours reachable from what the snapshots hold, one line each, sorted by name. */
    static String shape() {
        StringBuilder all = new StringBuilder();
        for (Snapshot<?> snapshot : new Snapshot<?>[] {Snapshot.INPUTS, Snapshot.REVIEW, Snapshot.export("x.csv")}) {
            all.append(snapshot.name().replace("x.csv", "<file>")).append(' ').append(snapshot.form()).append('\n');
            all.append(shapeOf(snapshot.type()));
        }
        // what an export reading holds as its content, declared only as Serializable
        for (String content : EXPORT_CONTENTS) {
            all.append("export content\n").append(shapeOf(classNamed(content)));
        }
        return all.toString();
    }

    /** The aggregates an export's reading holds: a spend, KPI or cloud export's. */
    private static final String[] EXPORT_CONTENTS = {
            "com.portfolioreview.ingest.SpendExport", "com.portfolioreview.ingest.KpiExport",
            "com.portfolioreview.ingest.CloudExport"};

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " moved or was renamed: name what an export reading holds now", e);
        }
    }

    private static String shapeOf(Class<?> root) {
        Map<String, String> lines = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!type.getName().startsWith("com.portfolioreview.") || lines.containsKey(type.getName())) {
                continue;
            }
            StringBuilder line = new StringBuilder(type.isEnum() ? "enum" : type.isRecord() ? "record" : "class");
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    line.append(' ').append(((Enum<?>) constant).name());
                }
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && !field.getName().equals("serialVersionUID")) {
                    continue;
                }
                line.append(" | ").append(Modifier.isTransient(modifiers) ? "transient " : "")
                        .append(field.getGenericType().getTypeName()).append(' ').append(field.getName());
                collect(field.getGenericType(), todo);
            }
            for (String custom : new String[] {"writeObject", "readObject", "writeReplace", "readResolve"}) {
                for (var method : type.getDeclaredMethods()) {
                    if (method.getName().equals(custom)) {
                        line.append(" | ").append(custom);
                    }
                }
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            }
            lines.put(type.getName(), line.toString());
        }
        StringBuilder text = new StringBuilder();
        lines.forEach((name, line) -> text.append("  ").append(name).append(": ").append(line).append('\n'));
        return text.toString();
    }

    private static void collect(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            todo.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), todo);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, todo);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), todo);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, todo);
            }
        }
    }

    @SuppressWarnings("unused")
    private record Before(long amountInCents) {
    }

    @SuppressWarnings("unused")
    private record After(int amountInCents) {
    }
}
