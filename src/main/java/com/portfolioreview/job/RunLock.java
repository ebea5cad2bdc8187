package com.portfolioreview.job;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One run at a time per database directory: an OS file lock on {@code <data>/portfolio-review.lock},
 * released by any exit of the process, a crash included. The file holds who has the lock.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty with {@code holder} describing who holds it. */
    public static Optional<RunLock> tryAcquire(Path dataDir, String description, StringBuilder holder) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("portfolio-review.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            ByteBuffer buf = ByteBuffer.allocate(4096);
            channel.read(buf, 0);
            channel.close();
            holder.append(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim());
            return Optional.empty();
        }
        RunLock held = new RunLock(channel, lock);
        held.describe(description);
        return Optional.of(held);
    }

    /** Replaces what the lock file says about its holder (e.g. once the report period is known). */
    public void describe(String description) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
