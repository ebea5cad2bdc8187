package com.portfolioreview.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The versioned form of every step snapshot: a header line {@code portfolio-review snapshot <version>}
 * and then the value. A snapshot of another version is refused with what to do (run with
 * {@code --rerun}), never half-read: a resumed run must use exactly what its completed steps saved.
 *
 * <p>Versions: 1, Java serialisation without a header (the builds before this header, which also
 * serialised the review); 2, this header, the review as JSON ({@link Snapshot#REVIEW}) and the
 * inputs and export readings in their serialised form; 3, the same with the cloud bills (SPEC §1.4)
 * in the inputs and the cloud exports' readings; 4, the review with the plan forecast (eac_plan,
 * required_burn_rate) and each initiative's months before P (SPEC §2.6). Change {@link #VERSION} whenever the form of
 * a saved class changes; {@code SnapshotFormatTest} fails until the new shape is recorded.
 */
public final class SnapshotFormat {

    /** The version this build writes and the only one it reads. */
    public static final int VERSION = 4;

    private static final String PREFIX = "portfolio-review snapshot ";
    private static final byte[] HEADER = (PREFIX + VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
    /** The first bytes of a Java serialisation stream, which is how version 1 began. */
    private static final byte[] JAVA_SERIALISATION = {(byte) 0xAC, (byte) 0xED};

    private SnapshotFormat() {
    }

    static void writeHeader(OutputStream out) throws IOException {
        out.write(HEADER);
    }

    /** Reads the header of {@code file}; leaves {@code in} at the value. */
    static void readHeader(InputStream in, Path file) throws IOException {
        byte[] head = in.readNBytes(HEADER.length);
        if (Arrays.equals(head, HEADER)) {
            return;
        }
        throw new OtherVersionException(file, versionOf(head));
    }

    /** "1" for a headerless Java serialisation stream, the version a header names, else "unknown". */
    private static String versionOf(byte[] head) {
        if (head.length >= 2 && head[0] == JAVA_SERIALISATION[0] && head[1] == JAVA_SERIALISATION[1]) {
            return "1";
        }
        String text = new String(head, StandardCharsets.US_ASCII);
        if (text.startsWith(PREFIX)) {
            String rest = text.substring(PREFIX.length());
            int end = rest.indexOf('\n');
            return end < 0 ? rest.strip() : rest.substring(0, end);
        }
        return "unknown";
    }

    /**
     * A snapshot written by another version of the program: resuming would meet it again, so only
     * a new run ({@code --rerun}) helps.
     */
    public static final class OtherVersionException extends StepSnapshots.UnreadableException {
        OtherVersionException(Path file, String version) {
            super("step snapshot " + file + " was saved in snapshot format " + version + " by another version of the"
                    + " program, and this version reads format " + VERSION + " only, so the run cannot be resumed;"
                    + " run with --rerun to review these inputs afresh", null);
        }
    }
}
