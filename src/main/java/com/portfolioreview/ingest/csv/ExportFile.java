package com.portfolioreview.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One input file, inspected before it is parsed: its SHA-256, whether it is valid UTF-8 (else
 * it is read as windows-1252), whether it starts with a UTF-8 byte order mark, whether it is
 * UTF-16 (then not read at all), and its delimiter (from the header line). A file named
 * {@code *.gz} is a gzip stream: its text is the decompressed one, its SHA-256 that of the file
 * as stored, and a stream that ends early or is not gzip makes the file {@linkplain #damage damaged}.
 * Files are only ever opened for reading.
 */
public final class ExportFile {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_BYTES = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Why a UTF-16 file is unusable, and what the operator does about it. */
    public static final String UTF16 = "saved as UTF-16 (Excel \"Unicode Text\"); save it as \"CSV UTF-8\""
            + " (Excel: File > Save As > CSV UTF-8 (Comma delimited)) and put it back";

    private final Path path;
    private final String name;
    private final String sha256;
    private final boolean bom;
    private final CsvDialect dialect;
    private final boolean utf16;
    /** Why a gzip file cannot be read to its end; null when it can (and for every plain file). */
    private final String damage;
    /** For a gzip file: its decompressed text does not end with a line break. */
    private final boolean unterminatedGzip;

    private ExportFile(Path path, String name, String sha256, boolean bom, CsvDialect dialect, boolean utf16) {
        this(path, name, sha256, bom, dialect, utf16, null, false);
    }

    private ExportFile(Path path, String name, String sha256, boolean bom, CsvDialect dialect, boolean utf16,
            String damage, boolean unterminatedGzip) {
        this.path = path;
        this.name = name;
        this.sha256 = sha256;
        this.bom = bom;
        this.dialect = dialect;
        this.utf16 = utf16;
        this.damage = damage;
        this.unterminatedGzip = unterminatedGzip;
    }

    /** Whether a file name says gzip ({@code .gz}, case-insensitive). */
    public static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }

    private static InputStream text(InputStream stored, Path file) throws IOException {
        return isGzip(file) ? new java.util.zip.GZIPInputStream(stored, 64 * 1024) : stored;
    }

    /** Reads the file once to hash it, check its encoding and detect its delimiter. */
    public static ExportFile inspect(Path inputDir, Path file) throws IOException {
        MessageDigest digest = sha256Digest();
        CharsetDecoder utf8 = strictUtf8();
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        boolean utf8Valid = true;
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer pendingBytes = ByteBuffer.allocate(chunk.length + 16);
        CharBuffer chars = CharBuffer.allocate(chunk.length + 16);
        String damage = null;
        byte lastByte = '\n';
        DigestInputStream stored = new DigestInputStream(Files.newInputStream(file), digest);
        InputStream in = stored;
        try {
            in = textOrDamage(stored, file);
            int n;
            while ((n = readOrDamage(in, chunk, file)) > 0) {
                lastByte = chunk[n - 1];
                if (headLength < HEAD_BYTES) {
                    int take = Math.min(n, HEAD_BYTES - headLength);
                    System.arraycopy(chunk, 0, head, headLength, take);
                    headLength += take;
                }
                if (utf8Valid) {
                    pendingBytes.put(chunk, 0, n).flip();
                    utf8Valid = decodeAll(utf8, pendingBytes, chars, false);
                    pendingBytes.compact();
                }
            }
            while (stored.read(chunk) > 0) {
                // bytes after a gzip stream still count towards the file's SHA-256
            }
        } catch (Damaged e) {
            damage = e.getMessage();
            // the rest of the stored bytes still count towards the file's SHA-256
            while (stored.read(chunk) > 0) {
                // hashing only
            }
        } finally {
            in.close();
        }
        if (utf8Valid) {
            pendingBytes.flip();
            utf8Valid = decodeAll(utf8, pendingBytes, chars, true) && !utf8.flush(chars.clear()).isError();
        }
        boolean bom = headLength >= 3 && Arrays.equals(Arrays.copyOf(head, 3), BOM);
        Charset charset = utf8Valid ? StandardCharsets.UTF_8 : WINDOWS_1252;
        int from = bom ? 3 : 0;
        String headText = new String(head, from, headLength - from, charset);
        char delimiter = CsvDialect.detectDelimiter(firstNonBlankLine(headText));
        return new ExportFile(file, relativeName(inputDir, file), HexFormat.of().formatHex(digest.digest()),
                bom, new CsvDialect(charset, delimiter), isUtf16(head, headLength), damage,
                isGzip(file) && headLength > 0 && lastByte != '\n' && lastByte != '\r');
    }

    /** A gzip stream that is not gzip or ends early: the file is damaged, not the disk. */
    private static final class Damaged extends IOException {
        Damaged(String message) {
            super(message);
        }
    }

    private static InputStream textOrDamage(InputStream stored, Path file) throws IOException {
        try {
            return text(stored, file);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new Damaged("not a gzip file (" + e.getMessage() + "): compress it with gzip, or drop the .gz");
        }
    }

    private static int readOrDamage(InputStream in, byte[] chunk, Path file) throws IOException {
        try {
            return in.read(chunk);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            if (!isGzip(file)) {
                throw e;
            }
            throw new Damaged("the gzip stream ends early or is damaged (" + e.getMessage() + "): the file may have"
                    + " been read while it was still being copied; copy it again");
        }
    }

    /** A file already hashed and checked by a single-pass reading ({@link FastExportScan}). */
    static ExportFile scanned(Path file, String name, String sha256, boolean bom, CsvDialect dialect, boolean utf16,
                              boolean unterminatedGzip) {
        return new ExportFile(file, name, sha256, bom, dialect, utf16, null, unterminatedGzip);
    }

    /**
     * Whether a file starting with these bytes is UTF-16: a UTF-16 byte order mark (Excel's
     * "Unicode Text" writes one), or, without one, ASCII text with a zero byte after or before
     * each character. Neither can start a UTF-8 or windows-1252 CSV.
     */
    public static boolean isUtf16(byte[] head, int length) {
        if (length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        return length >= 4 && ((head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0)
                || (head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0));
    }

    private static boolean decodeAll(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean endOfInput) {
        while (true) {
            out.clear();
            CoderResult r = decoder.decode(in, out, endOfInput);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true;
            }
        }
    }

    static String firstNonBlankLine(String text) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!AmountParser.strip(line).isEmpty()) {
                return line;
            }
        }
        return "";
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    /** SPEC §1.2's warning for an export whose last line has no line break. */
    public static final String UNTERMINATED = "the last line has no line break: the file may have been read while it was still"
            + " being copied; check its last row against the source";

    /** Whether the file is non-empty and does not end with a line break (one read of its last byte). */
    public static boolean isUnterminated(Path file) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            byte b = last.get(0);
            return b != '\n' && b != '\r';
        }
    }

    /** The path relative to the input directory, with '/' separators. */
    public static String relativeName(Path inputDir, Path file) {
        Path rel = inputDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder out = new StringBuilder();
        for (Path part : rel) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    /** Opens the records of the file (the BOM skipped), the first non-blank record being the header. */
    public ExportRows rows() throws IOException {
        InputStream in = text(Files.newInputStream(path), path);
        try {
            if (bom) {
                in.readNBytes(BOM.length);
            }
            CharsetDecoder decoder = isUtf8() ? strictUtf8() : WINDOWS_1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new ExportRows(name, new InputStreamReader(in, decoder), dialect);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Why the file cannot be read to its end (a damaged gzip stream); null when it can. */
    public String damage() {
        return damage;
    }

    /** Whether the file's text does not end with a line break (SPEC §1.2), its decompressed text for gzip. */
    public boolean isUnterminated() throws IOException {
        return isGzip(path) ? unterminatedGzip : isUnterminated(path);
    }

    public Path path() {
        return path;
    }

    public String name() {
        return name;
    }

    public String sha256() {
        return sha256;
    }

    public boolean hasBom() {
        return bom;
    }

    public CsvDialect dialect() {
        return dialect;
    }

    /** Saved as UTF-16: unusable ({@link #UTF16}). */
    public boolean isUtf16() {
        return utf16;
    }

    public boolean isUtf8() {
        return dialect.charset().equals(StandardCharsets.UTF_8);
    }

    /** "UTF-8" or "windows-1252". */
    public String encodingName() {
        return dialect.charset().name();
    }
}
