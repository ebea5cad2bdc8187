package com.portfolioreview.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Atomic publishing (SPEC §3): every output is written under a temporary name in its final
 * directory and renamed into place only after all of them were written. A failed run leaves
 * the previous outputs untouched and no temporary file behind.
 */
public final class Publication implements AutoCloseable {

    /** Writes one output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private final String tag;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private boolean published;

    /** @param tag makes temporary names unique to this run, e.g. the job execution id */
    public Publication(String tag) {
        this.tag = tag;
    }

    /** Writes {@code target}'s content to a temporary sibling now; renamed at {@link #publish()}. */
    public void write(Path target, Content content) throws IOException {
        content.writeTo(reserve(target));
    }

    /**
     * Registers {@code target} (renamed at {@link #publish()}, in the order reserved) and returns
     * the temporary sibling its content must be written to, for content written on another thread.
     */
    public synchronized Path reserve(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + tag + ".tmp");
        pending.put(target, tmp);
        return tmp;
    }

    /** Renames every temporary file into place; returns the published paths. */
    public synchronized List<Path> publish() throws IOException {
        // Check every target first, so that a rename that cannot succeed fails before any other
        // output has been replaced.
        for (Path target : pending.keySet()) {
            if (Files.isDirectory(target)) {
                throw new IOException("cannot publish " + target + ": a directory of that name is in the way");
            }
        }
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        published = true;
        return done;
    }

    /** Removes the temporary files of an unpublished run. */
    @Override
    public synchronized void close() throws IOException {
        if (!published) {
            for (Path tmp : pending.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
