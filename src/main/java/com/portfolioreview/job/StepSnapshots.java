package com.portfolioreview.job;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What one step hands to the next, kept on disk per job instance under {@code <data>/work/}
 * so that a restarted job resumes after the last completed step without reading the inputs
 * again. Removed when the job completes.
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
    private final Map<Path, Serializable> saved = new ConcurrentHashMap<>();

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
    public void save(long jobInstanceId, String name, Serializable value) {
        write(jobInstanceId, name, value);
        saved.put(dirOf(jobInstanceId).resolve(name + ".bin"), value);
    }

    /**
     * Saves {@code value} on disk only: its reader loads it back from the file. For the many
     * per-file aggregates of a partitioned step, which would not fit the heap all at once.
     */
    public void saveOnDisk(long jobInstanceId, String name, Serializable value) {
        write(jobInstanceId, name, value);
    }

    private void write(long jobInstanceId, String name, Serializable value) {
        Path dir = dirOf(jobInstanceId);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(name + ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                out.writeObject(value);
            }
            Path file = dir.resolve(name + ".bin");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save step snapshot " + name + " in " + dir, e);
        }
    }

    /** The value saved under {@code name}, kept in memory for later steps of this run. */
    public <T> T load(long jobInstanceId, String name, Class<T> type) {
        return read(jobInstanceId, name, type, false);
    }

    /** The value saved under {@code name}, for its only reader: this process forgets it. */
    public <T> T take(long jobInstanceId, String name, Class<T> type) {
        return read(jobInstanceId, name, type, true);
    }

    private <T> T read(long jobInstanceId, String name, Class<T> type, boolean forget) {
        Path file = dirOf(jobInstanceId).resolve(name + ".bin");
        Serializable value = forget ? saved.remove(file) : saved.get(file);
        if (value != null && Files.exists(file)) {
            return type.cast(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            throw new UnreadableException("cannot read step snapshot " + file
                    + " (delete the data directory's work/ folder and run with --rerun)", e);
        }
    }

    /** A saved value that cannot be read back: resuming would read it again, so only a new run helps. */
    public static final class UnreadableException extends IllegalStateException {
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
