package com.portfolioreview.portfolio;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Every rejected row and warning of a reading, in reading order (SPEC §1.3), kept where their
 * number cannot bound memory: in spool files written as they are found (or, for a reading
 * without a spool directory, in memory), with what the review and the workbooks need of them
 * summed up as they were added: the {@link IssueSummary} and the rejected rows per initiative
 * (SPEC §2.4). Reading the issues back ({@link #forEach}) streams them from their files.
 */
public final class InputIssues implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Issues in a spool file ({@code spool} set) or in memory ({@code inline} set), in reading order. */
    private record Part(String spool, List<InputIssue> inline) implements Serializable {
    }

    private final List<Part> parts;
    private final IssueSummary summary;
    private final Map<String, Integer> rejectedByInitiative;

    private InputIssues(List<Part> parts, IssueSummary summary, Map<String, Integer> rejectedByInitiative) {
        this.parts = List.copyOf(parts);
        this.summary = summary;
        this.rejectedByInitiative = rejectedByInitiative;
    }

    /** No issue. */
    public static InputIssues none() {
        return new Builder(null).build();
    }

    /** These issues, kept in memory (a test's, or a small reading's). */
    public static InputIssues of(List<InputIssue> issues) {
        Builder b = new Builder(null);
        issues.forEach(b::add);
        return b.build();
    }

    /** Counts and the first of each kind, in reading order. */
    public IssueSummary summary() {
        return summary;
    }

    public long rejected() {
        return summary.rejected();
    }

    public long warnings() {
        return summary.warnings();
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    /**
     * Initiative id → rejected rows naming it that count as bad rows (SPEC §2.4: not summary
     * rows).
     */
    public Map<String, Integer> rejectedRowsByInitiative() {
        return Collections.unmodifiableMap(rejectedByInitiative);
    }

    /** Hands every issue to {@code action} in reading order, reading the spool files one by one. */
    public void forEach(Consumer<InputIssue> action) {
        forEachWithReasonKind((issue, reasonKind) -> action.accept(issue));
    }

    /**
     * As {@link #forEach(Consumer)}, with each issue's {@linkplain InputIssue#reasonKind() reason
     * kind} as it was when found (spooled with it: not worked out again per issue).
     */
    public void forEachWithReasonKind(BiConsumer<InputIssue, String> action) {
        read(null, action);
    }

    /** The issues of one kind, in reading order; the spooled issues of the other kind are skipped unread. */
    public void forEach(InputIssue.Kind kind, Consumer<InputIssue> action) {
        read(java.util.Objects.requireNonNull(kind, "kind"), (issue, reasonKind) -> action.accept(issue));
    }

    /** @param kind the issues wanted; null for all */
    private void read(InputIssue.Kind kind, BiConsumer<InputIssue, String> action) {
        for (Part part : parts) {
            if (part.inline() != null) {
                for (InputIssue issue : part.inline()) {
                    if (kind == null || issue.kind() == kind) {
                        action.accept(issue, issue.reasonKind());
                    }
                }
            } else {
                Spool.read(Path.of(part.spool()), kind, action);
            }
        }
    }

    /** Every issue in one list: for small readings and tests only (the list can be millions long). */
    public List<InputIssue> list() {
        List<InputIssue> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** Collects issues in reading order, into spool files when given a directory. */
    public static final class Builder {

        private final Path spoolDirectory;
        private final List<Part> parts = new ArrayList<>();
        private final IssueSummary summary = new IssueSummary();
        private final Map<String, Integer> rejectedByInitiative = new HashMap<>();
        private List<InputIssue> inline;
        private Spool spool;

        /** @param spoolDirectory where spool files are written; null keeps the issues in memory */
        public Builder(Path spoolDirectory) {
            this.spoolDirectory = spoolDirectory;
        }

        public void add(InputIssue issue) {
            add(issue, issue.reasonKind());
        }

        /** @param reasonKind {@code issue.reasonKind()}, when the caller already has it */
        public void add(InputIssue issue, String reasonKind) {
            summary.add(issue, reasonKind);
            if (issue.isRejected() && issue.countsAgainstLimit() && !issue.initiativeId().isEmpty()) {
                rejectedByInitiative.merge(issue.initiativeId(), 1, Integer::sum);
            }
            if (spoolDirectory == null) {
                if (inline == null) {
                    inline = new ArrayList<>();
                    parts.add(new Part(null, inline));
                }
                inline.add(issue);
                return;
            }
            if (spool == null) {
                spool = Spool.create(spoolDirectory);
                parts.add(new Part(spool.file.toString(), null));
            }
            spool.write(issue, reasonKind);
        }

        /** Appends issues read after those added so far. */
        public void addAll(InputIssues later) {
            endPart();
            parts.addAll(later.parts);
            summary.addAll(later.summary);
            later.rejectedByInitiative.forEach((id, n) -> rejectedByInitiative.merge(id, n, Integer::sum));
        }

        private void endPart() {
            inline = null;
            if (spool != null) {
                spool.close();
                spool = null;
            }
        }

        public InputIssues build() {
            endPart();
            List<Part> built = new ArrayList<>();
            for (Part p : parts) {
                built.add(p.inline() == null ? p : new Part(null, List.copyOf(p.inline())));
            }
            IssueSummary summed = new IssueSummary();
            summed.addAll(summary);
            return new InputIssues(built, summed, new HashMap<>(rejectedByInitiative));
        }

        /** Removes the spool files written so far: the reading that recorded them is thrown away. */
        public void discard() {
            endPart();
            for (Part p : parts) {
                if (p.spool() != null) {
                    try {
                        Files.deleteIfExists(Path.of(p.spool()));
                    } catch (IOException e) {
                        // left in the work directory, removed with it
                    }
                }
            }
            parts.clear();
        }
    }

    /**
     * One spool file: per issue its kind and limit flag, the length of the rest, its line, and
     * its texts (file, initiative, reason, raw, reason kind) as UTF-8 with their lengths (a raw
     * record can be longer than {@code writeUTF} allows). The length lets a reader of one kind
     * skip the other kind's issues without decoding them.
     */
    private static final class Spool {

        private final Path file;
        private final DataOutputStream out;

        private Spool(Path file, DataOutputStream out) {
            this.file = file;
            this.out = out;
        }

        static Spool create(Path directory) {
            try {
                Files.createDirectories(directory);
                Path file = Files.createTempFile(directory, "issues-", ".bin");
                return new Spool(file, new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the list of rejected rows and warnings in " + directory, e);
            }
        }

        void write(InputIssue issue, String reasonKind) {
            byte[][] texts = {utf8(issue.file()), utf8(issue.initiativeId()), utf8(issue.reason()), utf8(issue.raw()),
                utf8(reasonKind)};
            int length = Long.BYTES;
            for (byte[] t : texts) {
                length += Integer.BYTES + t.length;
            }
            try {
                out.writeByte((issue.isRejected() ? 1 : 0) | (issue.countsAgainstLimit() ? 2 : 0));
                out.writeInt(length);
                out.writeLong(issue.line());
                for (byte[] t : texts) {
                    out.writeInt(t.length);
                    out.write(t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the list of rejected rows and warnings " + file, e);
            }
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the list of rejected rows and warnings " + file, e);
            }
        }

        /** @param kind the issues wanted; null for all */
        static void read(Path file, InputIssue.Kind kind, BiConsumer<InputIssue, String> action) {
            byte[] record = new byte[256];
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                while (true) {
                    int flags;
                    try {
                        flags = in.readUnsignedByte();
                    } catch (EOFException end) {
                        return;
                    }
                    InputIssue.Kind found = (flags & 1) != 0 ? InputIssue.Kind.REJECTED : InputIssue.Kind.WARNING;
                    int length = in.readInt();
                    if (kind != null && found != kind) {
                        in.skipNBytes(length);
                        continue;
                    }
                    if (record.length < length) {
                        record = new byte[Math.max(length, record.length * 2)];
                    }
                    in.readFully(record, 0, length);
                    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(record, 0, length);
                    long line = b.getLong();
                    String name = text(b);
                    String id = text(b);
                    String reason = text(b);
                    String raw = text(b);
                    String reasonKind = text(b);
                    action.accept(new InputIssue(found, name, line, id, reason, raw, (flags & 2) != 0), reasonKind);
                }
            } catch (IOException | java.nio.BufferUnderflowException e) {
                throw new UncheckedIOException("cannot read the list of rejected rows and warnings " + file
                        + " (delete the data directory's work/ folder and run with --rerun)",
                        e instanceof IOException io ? io : new IOException(e));
            }
        }

        private static String text(java.nio.ByteBuffer b) {
            int n = b.getInt();
            String s = new String(b.array(), b.position(), n, StandardCharsets.UTF_8);
            b.position(b.position() + n);
            return s;
        }
    }
}
