package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Names every input entry that is there but cannot be read as the file it should be (SPEC
 * §1.3): a dangling link (an ERP share not mounted), a directory, a FIFO, a device, a file the
 * job may not open, or a file saved as UTF-16. Each makes the input unusable: skipping it would
 * publish a review with a month missing, or move the default period back to an older month.
 * The type of an entry is read from the file system before it is ever opened, so a FIFO is
 * never opened (that would block).
 */
public final class InputEntryCheck {

    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;
    private static final int TYPE_BITS = 0170000;

    private InputEntryCheck() {
    }

    /**
     * Every unusable entry of the input directory, one reason each, as
     * {@code kpi/kpi-2026-10.csv: a link to /mnt/erp/kpi.csv, which does not exist; ...}: the
     * three top-level files when present, spend/ and kpi/ themselves, and every entry of those
     * two whose name ends in {@code .csv} (hidden ones aside). UTF-16 files are named too.
     */
    public static List<String> problems(Path inputDir) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String name : List.of(InputLayout.FX_RATES, InputLayout.REGISTER, InputLayout.TARGETS,
                InputLayout.CLOUD_ALLOCATION)) {
            fileProblem(inputDir, inputDir.resolve(name), true).ifPresent(problems::add);
        }
        for (String dir : List.of(InputLayout.SPEND_DIR, InputLayout.KPI_DIR, InputLayout.CLOUD_DIR)) {
            directoryProblem(inputDir, dir).ifPresent(problems::add);
            for (Path export : InputLayout.exportEntries(inputDir, dir)) {
                fileProblem(inputDir, export, true).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * Why an entry that exists cannot be read as a file; empty when it is a readable regular
     * file or is not there at all (a missing file is reported as missing where it is required).
     *
     * @param content whether to open the file and look at its first bytes (UTF-16)
     */
    static Optional<String> fileProblem(Path inputDir, Path entry, boolean content) {
        String name = ExportFile.relativeName(inputDir, entry);
        Optional<BasicFileAttributes> attributes;
        try {
            attributes = attributes(entry);
        } catch (IOException e) {
            return Optional.of(name + ": cannot be read (" + why(e) + "); give the job's user access to it");
        }
        if (attributes.isEmpty()) {
            return danglingLink(name, entry);
        }
        if (attributes.get().isDirectory()) {
            return Optional.of(name + ": a directory, not a file; move it out of " + parentOf(name)
                    + " or rename it so that its name does not end in " + (name.endsWith(".gz") ? ".csv.gz" : ".csv"));
        }
        if (!attributes.get().isRegularFile()) {
            return Optional.of(name + ": " + kindOf(entry) + ", not a file; put the exported file itself in its place");
        }
        if (!content) {
            return Optional.empty();
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(entry)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            return Optional.of(name + ": cannot be read (" + why(e) + "); give the job's user access to it");
        }
        return ExportFile.isUtf16(head, head.length) ? Optional.of(name + ": " + ExportFile.UTF16) : Optional.empty();
    }

    /** spend/ or kpi/ when it is there but is not a directory (a dangling link to a share, a file). */
    private static Optional<String> directoryProblem(Path inputDir, String dirName) {
        Path dir = inputDir.resolve(dirName);
        String name = dirName + "/";
        try {
            Optional<BasicFileAttributes> attributes = attributes(dir);
            if (attributes.isEmpty()) {
                return danglingLink(name, dir);
            }
            if (!attributes.get().isDirectory()) {
                return Optional.of(name + ": not a directory; put the exports in a directory of that name");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(name + ": cannot be read (" + why(e) + "); give the job's user access to it");
        }
    }

    /** The entry's attributes, its link followed; empty when nothing is there (or the link leads nowhere). */
    private static Optional<BasicFileAttributes> attributes(Path entry) throws IOException {
        try {
            return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> danglingLink(String name, Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return Optional.empty();
        }
        String target;
        try {
            target = Files.readSymbolicLink(entry).toString();
        } catch (IOException e) {
            target = "?";
        }
        return Optional.of(name + ": a link to " + target + ", which does not exist (a share not mounted?);"
                + " make the target available or replace the link with the file");
    }

    /** "a named pipe (FIFO)", "a character device", ...: what a special file is, from its mode. */
    private static String kindOf(Path entry) {
        try {
            int type = (Integer) Files.getAttribute(entry, "unix:mode") & TYPE_BITS;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    private static String parentOf(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "the input directory" : name.substring(0, slash + 1);
    }

    /** "permission denied", "Input/output error": the operating system's reason, without the path again. */
    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
