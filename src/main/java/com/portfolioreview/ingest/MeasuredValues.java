package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.Months;

import com.portfolioreview.portfolio.ExactDecimals;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.SlotIndex;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KPI values kept in primitive columns, one slot per (KPI target, month), slots in the order
 * their key was first read: the value, and where it was read (file, line, and either the byte
 * offset of its record, whose text is read back only if a later file restates it, or the text
 * itself for a row that took the general path). A later value of the same key replaces the
 * slot's contents in place (SPEC §1.1: the last one read wins); a different one is a
 * restatement, whose warning goes on the later row.
 *
 * <p>About 60 bytes a value instead of a measurement object, its strings and a map entry (about
 * 250), so that the 2 M values of a large KPI export fit in a small heap.
 */
final class MeasuredValues implements java.io.Serializable {

    private static final long serialVersionUID = 2L;

    /** Where values were read: a file's name (as in issues) and its path (to read a line back). */
    record Source(String file, String pathName) implements java.io.Serializable {
        Source(String file, Path path) {
            this(file, path.toString());
        }

        Path path() {
            return Path.of(pathName);
        }
    }

    /**
     * Every accepted KPI target, by index; not saved with a snapshot (65,000 target objects
     * written with each KPI export cost seconds): {@linkplain #useTargets attached} again, from
     * the same targets file, when a loaded table is merged.
     */
    private transient List<KpiTarget> targets;
    private final int targetCount;
    private final List<Source> sources = new ArrayList<>();
    /** Key → slot; not saved with a snapshot (rebuilt from {@link #keys} when first needed after loading). */
    private transient SlotIndex index = new SlotIndex(1024);
    private int size;
    private boolean provenanceDropped;
    private final ExactDecimals values = new ExactDecimals();
    private long[] keys = new long[1024];
    private long[] lines = new long[1024];
    private long[] offsets = new long[1024];
    private int[] sourceOf = new int[1024];
    private final Map<Integer, String> rawTexts = new HashMap<>();

    /** @param targets every accepted KPI target, by its index ({@link SuccessCriteria#indexOf}) */
    MeasuredValues(List<KpiTarget> targets) {
        this.targets = targets;
        this.targetCount = targets.size();
    }

    /**
     * Gives a table loaded from a snapshot its KPI targets again: those it was read against, as
     * read again from the same (fingerprinted) targets file.
     */
    void useTargets(List<KpiTarget> indexedTargets) {
        if (indexedTargets.size() != targetCount) {
            throw new IllegalStateException("KPI values read against " + targetCount + " KPI targets are merged with "
                    + indexedTargets.size() + ": kpi_targets.csv changed during the run");
        }
        targets = indexedTargets;
    }

    static long keyOf(int targetIndex, int monthIndex) {
        return ((long) targetIndex << 32) | (monthIndex & 0xFFFFFFFFL);
    }

    int addSource(Source source) {
        sources.add(source);
        return sources.size() - 1;
    }

    Path sourcePath(int source) {
        return sources.get(source).path();
    }

    int size() {
        return size;
    }

    /** The slot of a key, or -1. */
    int find(long key) {
        return index().get(key);
    }

    private SlotIndex index() {
        if (provenanceDropped) {
            throw new IllegalStateException("the KPI values were closed for changes");
        }
        if (index == null) {
            SlotIndex rebuilt = new SlotIndex(size);
            for (int slot = 0; slot < size; slot++) {
                rebuilt.put(keys[slot], slot);
            }
            index = rebuilt;
        }
        return index;
    }

    /** Saved with its columns cut to the values they hold, without the key index. */
    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
        keys = Arrays.copyOf(keys, size);
        lines = Arrays.copyOf(lines, size);
        offsets = Arrays.copyOf(offsets, size);
        sourceOf = Arrays.copyOf(sourceOf, size);
        out.defaultWriteObject();
    }

    /** A new slot for a key not yet present; the value is set by one of the {@code set} methods. */
    private int append(long key) {
        int slot = size;
        index().put(key, slot);
        size++;
        if (slot == keys.length) {
            int n = Math.max(1024, keys.length * 2);
            keys = Arrays.copyOf(keys, n);
            lines = Arrays.copyOf(lines, n);
            offsets = Arrays.copyOf(offsets, n);
            sourceOf = Arrays.copyOf(sourceOf, n);
        }
        keys[slot] = key;
        return slot;
    }

    /**
     * Records a plain value read at a byte offset of its source, in a new slot or over the key's
     * earlier value (SPEC §1.1: the later record wins). Returns the restatement's reason when it
     * replaces a different value, else null (a new key, or a same-value repeat: silent).
     */
    String putPlain(long key, long unscaled, int scale, int source, long line, long offset) {
        int found = index().get(key);
        String restated = null;
        if (found < 0) {
            found = append(key);
            values.add(unscaled, scale);
        } else {
            if (!values.sameValue(found, unscaled, scale)) {
                restated = restatedBy(found, BigDecimal.valueOf(unscaled, scale), sources.get(source).file());
            }
            values.set(found, unscaled, scale);
        }
        where(found, source, line, offset, null);
        return restated;
    }

    /** Records a value with its text in a new slot or over the key's earlier value. */
    void put(int slot, long key, BigDecimal value, int source, long line, String raw) {
        if (slot < 0) {
            slot = append(key);
            values.add(value);
        } else {
            values.set(slot, value);
        }
        where(slot, source, line, -1, raw);
    }

    /**
     * Applies every slot of {@code later} (a file read after this table's) over this table in its
     * slot order, with a warning on the later row for each value it restates.
     */
    void putAll(MeasuredValues later, int source, InputIssues.Builder issues) {
        try (RawLines laterLines = later.rawLines()) {
            for (int i = 0; i < later.size(); i++) {
                long key = later.keys[i];
                int slot = index().get(key);
                if (slot >= 0) {
                    if (!values.sameValue(slot, later.values, i)) {
                        issues.add(InputIssue.warning(later.file(i), later.lines[i], target(slot).initiativeId(),
                                restatedBy(slot, later.value(i), later.file(i)), laterLines.raw(i)), RESTATED);
                    }
                    values.set(slot, later.values, i);
                } else {
                    slot = append(key);
                    values.add(later.values, i);
                }
                where(slot, source, later.lines[i], later.offsets[i], later.rawTexts.get(i));
            }
        }
    }

    private void where(int slot, int source, long line, long offset, String raw) {
        sourceOf[slot] = source;
        lines[slot] = line;
        offsets[slot] = offset;
        if (raw != null) {
            rawTexts.put(slot, raw);
        } else if (!rawTexts.isEmpty()) {
            rawTexts.remove(slot);
        }
    }

    KpiTarget target(int slot) {
        return targets.get((int) (keys[slot] >>> 32));
    }

    int monthIndex(int slot) {
        return (int) keys[slot];
    }

    /**
     * Lets go of where each value was read and of the key index, once no value can be replaced
     * any more (every export merged): what is left is each slot's key and value, all the copy
     * into the portfolio's KPI measurements needs. Frees about half the table (at 2 M values,
     * about 100 MB) before that copy is made beside it.
     */
    void dropProvenance() {
        index = null;
        lines = null;
        offsets = null;
        sourceOf = null;
        rawTexts.clear();
        provenanceDropped = true;
    }

    /** Index of the slot's KPI target in the targets list. */
    int targetIndex(int slot) {
        return (int) (keys[slot] >>> 32);
    }

    /** Every KPI target, by index ({@link #targetIndex}). */
    KpiTarget targetAt(int targetIndex) {
        return targets.get(targetIndex);
    }

    int targetCount() {
        return targetCount;
    }

    /** The values column: slot i's value is at index i. */
    ExactDecimals values() {
        return values;
    }

    BigDecimal value(int slot) {
        return values.get(slot);
    }

    String file(int slot) {
        return sources.get(sourceOf[slot]).file();
    }

    long line(int slot) {
        return lines[slot];
    }

    /** The {@linkplain InputIssue#reasonKind() reason kind} of every restatement's warning. */
    static final String RESTATED = "kpi '…' of initiative '…' for … restated";

    /**
     * The warning on a row of {@code laterFile} that restates the value in {@code slot}, naming
     * the earlier value and where it was read (SPEC §1.1), e.g. {@code kpi 'MTTR' of initiative
     * 'AI-001' for 2026-01 restated: 50 (line 2) replaced by 51}; the file is named when it is
     * not the row's own.
     */
    String restatedBy(int slot, BigDecimal laterValue, String laterFile) {
        KpiTarget target = target(slot);
        String earlierFile = file(slot);
        return "kpi '" + target.kpi() + "' of initiative '" + target.initiativeId() + "' for " + Months.of(monthIndex(slot))
                + " restated: " + value(slot).toPlainString() + " ("
                + (earlierFile.equals(laterFile) ? "" : earlierFile + " ") + "line " + lines[slot] + ") replaced by "
                + laterValue.toPlainString();
    }

    private RawLines rawLines() {
        return new RawLines();
    }

    /**
     * Reads back the text of this table's records for the warnings of a merge: from the text kept
     * for a row of the general path, else from the file at the record's offset, through one
     * open file per source.
     */
    private final class RawLines implements AutoCloseable {

        private final Map<Integer, RandomAccessFile> open = new HashMap<>();
        private byte[] buffer = new byte[512];

        /** The record's text as in the file, without its line terminator. */
        String raw(int slot) {
            String text = rawTexts.get(slot);
            if (text != null) {
                return text;
            }
            Source source = sources.get(sourceOf[slot]);
            try {
                RandomAccessFile f = open.get(sourceOf[slot]);
                if (f == null) {
                    f = new RandomAccessFile(source.path().toFile(), "r");
                    open.put(sourceOf[slot], f);
                }
                long offset = offsets[slot];
                int n = 0;
                while (true) {
                    f.seek(offset + n);
                    int read = f.read(buffer, n, buffer.length - n);
                    if (read < 0) {
                        break;
                    }
                    for (int end = n; end < n + read; end++) {
                        if (buffer[end] == '\n' || buffer[end] == '\r') {
                            return new String(buffer, 0, end, StandardCharsets.UTF_8);
                        }
                    }
                    n += read;
                    if (n == buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                }
                return new String(buffer, 0, n, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back line " + lines[slot] + " of " + source.file(), e);
            }
        }

        @Override
        public void close() {
            for (RandomAccessFile f : open.values()) {
                try {
                    f.close();
                } catch (IOException e) {
                    // read only
                }
            }
        }
    }
}
