package com.portfolioreview.report;

import org.apache.commons.io.file.PathUtils;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Publishes one period's outputs as a set (SPEC §3): every file is written into a fresh hidden
 * sibling of {@code <output>/<P>} ({@code .<P>.<owner>-<nonce>.new}), made durable, then swapped
 * in with two renames: the previous set aside to {@code .<P>.<owner>-<nonce>.old}, the new set to
 * {@code <P>}. A failed rename puts the previous set back. The previous set is kept aside until
 * the run has recorded the publication ({@link #removePrevious()}), or put back when it could
 * not ({@link #putPreviousBack()}). Whatever stops the process in between, {@link PublishedSets}
 * finds at the next start either the whole previous set or the whole new one.
 */
public final class Publication implements AutoCloseable {

    /** Writes one output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private enum State { WRITING, SWAPPED, SETTLED }

    private final Path target;
    private final Path staging;
    private final Path previous;
    private State state = State.WRITING;
    private boolean previousAside;

    /** Starts the publication of {@code target} ({@code <output>/<P>}) by this process. */
    public static Publication of(Path target) throws IOException {
        return new Publication(target, SetOwner.current());
    }

    private Publication(Path target, SetOwner owner) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        String tag = owner.tag() + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.staging = PublishedSets.aside(this.target, tag, PublishedSets.Kind.NEW);
        this.previous = PublishedSets.aside(this.target, tag, PublishedSets.Kind.OLD);
        Files.createDirectories(this.target.getParent());
        Files.createDirectory(staging);
    }

    /** {@code <output>/<P>}, where the set is published. */
    public Path target() {
        return target;
    }

    /** Writes {@code relative}'s content into the new set now. */
    public void write(String relative, Content content) throws IOException {
        content.writeTo(reserve(relative));
    }

    /**
     * The file of the new set that {@code relative} (e.g. {@code business-units/x.xlsx}) must be
     * written to, for content written on another thread; its directory is created.
     */
    public synchronized Path reserve(String relative) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("not a file of the set: " + relative);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    /**
     * Makes every file of the new set durable, then swaps it in; returns the published files.
     * On failure the previous set is back in place (or, if even that rename is refused, the
     * message says where it is: the next start puts it back).
     */
    public synchronized List<Path> swapIn() throws IOException {
        if (state != State.WRITING) {
            throw new IllegalStateException("already swapped in: " + target);
        }
        List<Path> files = durable(staging);
        PublishPause.at("set-written", staging);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                rename(target, previous);
            } catch (IOException refused) {
                throw new IOException("cannot move the previous outputs in " + target + " aside: " + describe(refused), refused);
            }
            previousAside = true;
        }
        PublishPause.at("previous-set-moved", staging);
        try {
            rename(staging, target);
        } catch (IOException refused) {
            if (previousAside) {
                try {
                    rename(previous, target);
                    previousAside = false;
                } catch (IOException notBack) {
                    refused.addSuppressed(notBack);
                    throw new IOException("cannot move the new outputs to " + target + " (" + describe(refused)
                            + "), nor the previous outputs back from " + previous + " (" + describe(notBack)
                            + "); the next start puts them back", refused);
                }
            }
            throw new IOException("cannot move the new outputs to " + target + ": " + describe(refused), refused);
        }
        syncDirectory(target.getParent());
        state = State.SWAPPED;
        PublishPause.at("set-swapped", staging);
        return files.stream().map(f -> target.resolve(staging.relativize(f))).toList();
    }

    /** The publication is recorded: the previous set, kept aside until now, is removed. */
    public synchronized void removePrevious() throws IOException {
        if (state != State.SWAPPED) {
            throw new IllegalStateException("not swapped in: " + target);
        }
        state = State.SETTLED;
        if (previousAside) {
            PublishPause.at("previous-set-partly-removed", staging, () -> removeOneFileOf(previous));
            PathUtils.delete(previous);
            previousAside = false;
        }
    }

    /** The publication could not be recorded: the new set is taken away and the previous one put back. */
    public synchronized void putPreviousBack() throws IOException {
        if (state != State.SWAPPED) {
            throw new IllegalStateException("not swapped in: " + target);
        }
        state = State.SETTLED;
        try {
            rename(target, staging);
        } catch (IOException e) {
            throw new IOException("the new outputs in " + target + " stay published: " + describe(e), e);
        }
        if (previousAside) {
            try {
                rename(previous, target);
            } catch (IOException e) {
                throw new IOException("the previous outputs could not be moved back from " + previous + " to " + target
                        + " (" + describe(e) + "); the next start puts them back", e);
            }
            previousAside = false;
        }
        syncDirectory(target.getParent());
        PathUtils.delete(staging);
    }

    /** Where the previous set waits while the publication is not yet recorded. */
    public Path previousAside() {
        return previous;
    }

    /** A set that was not swapped in is removed. */
    @Override
    public synchronized void close() throws IOException {
        if (state == State.WRITING && Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.delete(staging);
        }
    }

    /** "NoSuchFileException: /out/.2026-10...new -> /out/2026-10": what a file-system refusal says, in one line. */
    static String describe(IOException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** fsync of every file and directory of {@code dir}, so that a power cut after the swap finds whole files; returns the files. */
    private static List<Path> durable(Path dir) throws IOException {
        List<Path> files;
        List<Path> dirs;
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> entries = all.toList();
            files = entries.stream().filter(Files::isRegularFile).sorted().toList();
            dirs = entries.stream().filter(Files::isDirectory).toList();
        }
        for (Path f : files) {
            try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
        for (Path d : dirs) {
            syncDirectory(d);
        }
        return files;
    }

    /** fsync of a directory (its entries); not possible on every system (Windows), where renames are durable anyway. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort
        }
    }

    private static void removeOneFileOf(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).limit(1).toList()) {
                Files.delete(f);
            }
        }
    }
}
