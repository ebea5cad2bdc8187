package com.portfolioreview.launch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run at a time per directory: an OS file lock on a lock file in it ({@code <data>/portfolio-review.lock}
 * for the database, {@code <output>/.portfolio-review.lock} for the outputs), released by any exit of
 * the process, a crash included. The file says who holds the lock.
 *
 * <p>A lock file deleted by hand is the usual reflex for a "stale" lock. So the lock is only taken
 * once the path is seen to name the very file locked (else another run may hold a newer file of
 * that name), and the holder puts the file back when it disappears. While the holder cannot (it is
 * frozen, say), other files it keeps locked with {@link #alsoHold} still stop a second run.
 */
public final class RunLock implements AutoCloseable {

    /** The lock file of the database directory. */
    public static final String DATA_LOCK = "portfolio-review.lock";
    /** The lock file of the output directory: hidden, so nobody takes it for an output. */
    public static final String OUTPUT_LOCK = ".portfolio-review.lock";

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");
    private static final int ATTEMPTS = 10;

    private final Path file;
    /** The top-most directory this lock created, removed again at release as far as nothing else was put there; or null. */
    private final Path createdDir;
    private final boolean removeWhenReleased;
    private final boolean previousHolderVanished;
    /** Every file this run has locked; the first one is what {@link #file} named when the run began. */
    private final List<FileChannel> held = new ArrayList<>();
    private FileChannel current;
    private Object currentKey;
    private String description;
    private Thread watchdog;
    private boolean closed;

    private RunLock(Path file, Path createdDir, boolean removeWhenReleased, FileChannel channel, Object key,
                    String description, boolean previousHolderVanished) {
        this.file = file;
        this.createdDir = createdDir;
        this.removeWhenReleased = removeWhenReleased;
        this.current = channel;
        this.currentKey = key;
        this.description = description;
        this.previousHolderVanished = previousHolderVanished;
        held.add(channel);
    }

    /**
     * The lock, or empty with {@code holder} describing who holds it.
     *
     * @param removeWhenReleased the lock file, and the directory if this created it and it stays empty,
     *                           are removed at release: a run that wrote nothing there leaves no trace
     */
    public static Optional<RunLock> tryAcquire(Path dir, String fileName, boolean removeWhenReleased, String description,
                                               StringBuilder holder) throws IOException {
        Path createdDir = null;
        for (Path d = dir.toAbsolutePath(); d != null && !Files.isDirectory(d); d = d.getParent()) {
            createdDir = d;
        }
        Path file = dir.resolve(fileName);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Files.createDirectories(dir);
            Object before = keyOf(file);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (NoSuchFileException e) {
                continue; // the run that released it removed its empty directory just now
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    holder.append(contentOf(channel));
                    channel.close();
                    return Optional.empty();
                }
                // The file must be the one the path named before it was opened and still names now: else it
                // was created just now (check again), or deleted or replaced meanwhile and another run may
                // hold the file the path names. (Only stat, never a second open: closing any other
                // descriptor of the file would drop this process's lock on it.)
                if (before != null && before.equals(keyOf(file))) {
                    String previous = contentOf(channel);
                    write(channel, description);
                    return Optional.of(new RunLock(file, createdDir, removeWhenReleased, channel, before, description,
                            !previous.isEmpty()));
                }
                channel.close();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        throw new IOException("the lock file " + file + " keeps being deleted or replaced by another program");
    }

    /** True when the previous holder ended without releasing the lock: it was killed or crashed. */
    public boolean previousHolderVanished() {
        return previousHolderVanished;
    }

    /** Replaces what the lock file says about its holder (e.g. once the report period is known). */
    public synchronized void describe(String text) throws IOException {
        description = text;
        write(current, text);
    }

    /**
     * Also keeps an OS lock on {@code other} until {@link #close()} (e.g. the database's own lock
     * file): a second run checks it before it opens the database, so it stays refused even if this
     * lock's file is deleted while this run cannot put it back.
     */
    public synchronized void alsoHold(Path other) throws IOException {
        FileChannel channel = FileChannel.open(other, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            throw new IOException("another process holds " + other);
        }
        held.add(channel);
    }

    /**
     * Every second, puts the lock file back (locked, with its description) if it was deleted or
     * replaced. Best effort on a plain daemon thread that nothing can kill with a trace: when the
     * run runs out of memory, the error is the run's to report, not this thread's.
     */
    public synchronized void watch() {
        if (watchdog != null) {
            return;
        }
        watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1_000);
                    restoreIfGone();
                } catch (InterruptedException e) {
                    return;
                } catch (Throwable e) {
                    // the next tick tries again; the locks already held still stand
                }
            }
        }, "run-lock-watchdog");
        watchdog.setDaemon(true);
        watchdog.setUncaughtExceptionHandler((thread, e) -> { });
        watchdog.start();
    }

    private synchronized void restoreIfGone() {
        try {
            if (closed || Objects.equals(keyOf(file), currentKey)) {
                return;
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                if (channel.tryLock() == null) {
                    // a second run holds the new file for a moment; the database's lock file refuses it
                    channel.close();
                    return;
                }
                write(channel, description);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            held.add(channel);
            current = channel;
            currentKey = keyOf(file);
            log.warn("the lock file {} was deleted while this run was going on; it is back: never delete it by hand", file);
        } catch (IOException | RuntimeException e) {
            // the next tick tries again; the locks already held still stand
        }
    }

    /**
     * Releases every lock. A lock file to remove is deleted while still locked: a run that opened it
     * meanwhile sees that the path no longer names it and locks the path's new file instead.
     */
    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (watchdog != null) {
            watchdog.interrupt();
        }
        IOException failure = null;
        try {
            if (removeWhenReleased && Objects.equals(keyOf(file), currentKey)) {
                Files.delete(file);
                for (Path d = file.toAbsolutePath().getParent(); createdDir != null && d != null && d.startsWith(createdDir); d = d.getParent()) {
                    if (!deleteIfEmpty(d)) {
                        break;
                    }
                }
            } else {
                current.truncate(0);
            }
        } catch (IOException e) {
            failure = e;
        }
        for (FileChannel channel : held) {
            try {
                channel.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** False when something else lives there now (outputs, another run's lock): it stays. */
    private static boolean deleteIfEmpty(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
            return true;
        } catch (DirectoryNotEmptyException e) {
            return false;
        }
    }

    /** Writes first and truncates after, so a process killed in between never leaves an empty description. */
    private static void write(FileChannel channel, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(bytes), 0);
        channel.truncate(bytes.length);
        channel.force(false);
    }

    private static String contentOf(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4096);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
    }

    /** The file's identity (device and inode on Unix), or null when the path names nothing. */
    private static Object keyOf(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
