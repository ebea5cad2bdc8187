package com.portfolioreview.job;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What one step hands to the next ({@link Snapshot}), kept on disk per job instance under
 * {@code <data>/work/} in the versioned {@link SnapshotFormat}, so that a restarted job resumes
 * after the last completed step without reading the inputs again. Removed when the job completes.
 *
 * <p>The file is the record; within one process the step that saved a value also hands it to
 * the next step in memory, which spares deserialising a large ledger in the same run. The
 * value is held strongly until it is {@linkplain #take taken} or the job's snapshots are
 * discarded, unless it was {@linkplain #saveOnDisk saved on disk only}. (Softly held values, as
 * before, looked like free memory to the collector and kept a 512 MB heap full, which at 10 M
 * rows cost seconds of back-to-back full collections.)
 */
public final class StepSnapshots {

    private final Path workRoot;
    private final Map<Path, Object> saved = new ConcurrentHashMap<>();

    public StepSnapshots(Path dataDir) {
        this.workRoot = dataDir.resolve("work");
    }

    private Path dirOf(long jobInstanceId) {
        return workRoot.resolve("instance-" + jobInstanceId);
    }

    /**
     * Where a job instance's readings write their rejected rows and warnings as they find them
     * (the snapshots refer to these files; they go with the instance's other work files).
     */
    public Path issueSpool(long jobInstanceId) {
        return dirOf(jobInstanceId).resolve("issues");
    }

    /** Saves {@code value} and hands it to this run's later steps in memory. */
    public <T> void save(long jobInstanceId, Snapshot<T> snapshot, T value) {
        write(jobInstanceId, snapshot, value);
        saved.put(fileOf(jobInstanceId, snapshot), value);
    }

    private Path fileOf(long jobInstanceId, Snapshot<?> snapshot) {
        return dirOf(jobInstanceId).resolve(snapshot.name() + ".bin");
    }

    /**
     * Saves {@code value} on disk only: its reader loads it back from the file. For the many
     * per-file aggregates of a partitioned step, which would not fit the heap all at once.
     */
    public <T> void saveOnDisk(long jobInstanceId, Snapshot<T> snapshot, T value) {
        write(jobInstanceId, snapshot, value);
    }

    private <T> void write(long jobInstanceId, Snapshot<T> snapshot, T value) {
        Path dir = dirOf(jobInstanceId);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(snapshot.name() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                SnapshotFormat.writeHeader(out);
                snapshot.write(value, out);
            }
            Files.move(tmp, fileOf(jobInstanceId, snapshot), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save step snapshot " + snapshot.name() + " in " + dir, e);
        }
    }

    /** The value saved under {@code name}, kept in memory for later steps of this run. */
    public <T> T load(long jobInstanceId, Snapshot<T> snapshot) {
        return read(jobInstanceId, snapshot, false);
    }

    /** The value saved under {@code name}, for its only reader: this process forgets it. */
    public <T> T take(long jobInstanceId, Snapshot<T> snapshot) {
        return read(jobInstanceId, snapshot, true);
    }

    private <T> T read(long jobInstanceId, Snapshot<T> snapshot, boolean forget) {
        Path file = fileOf(jobInstanceId, snapshot);
        Object value = forget ? saved.remove(file) : saved.get(file);
        if (value != null && Files.exists(file)) {
            return snapshot.type().cast(value);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            SnapshotFormat.readHeader(in, file);
            return snapshot.read(in);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            if (e instanceof UnreadableException unreadable) {
                throw unreadable;
            }
            throw new UnreadableException("cannot read step snapshot " + file
                    + " (delete the data directory's work/ folder and run with --rerun)", e);
        }
    }

    /** A saved value that cannot be read back: resuming would read it again, so only a new run helps. */
    public static class UnreadableException extends IllegalStateException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public void discard(long jobInstanceId) {
        Path dir = dirOf(jobInstanceId);
        saved.keySet().removeIf(file -> file.startsWith(dir));
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
