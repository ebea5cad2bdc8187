package com.portfolioreview.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one export in a single pass over its bytes: hashes it (SHA-256), checks that it is
 * UTF-8 (a UTF-16 file is not read past its first bytes), detects the delimiter, finds the
 * records with their physical line numbers, and hands each data record either to a
 * {@link PlainRowHandler} (ASCII only, no quote unless the handler takes whole-field quotes: the
 * hot path, no String made) or, as an {@link ExportRow}, to {@link Records#row}, as
 * {@link ExportRows} would give it (a record with quotes is parsed by Commons CSV on its own).
 *
 * <p>Whenever the file needs the whole-file reading of {@link ExportRows} (not valid UTF-8, so
 * read as windows-1252; a quoted record Commons CSV does not read as exactly one record; a
 * header beyond the first 64 KiB), {@link #scan} returns null and the caller reads the file
 * again that way, from scratch.
 */
public final class FastExportScan {

    private static final int CHUNK = 1 << 20;
    private static final int HEAD_BYTES = 64 * 1024;
    /** Eight bytes of the buffer at a time, to skip the plain bytes between delimiters. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x22 * ONES;

    /** What the scan hands an export's header and data rows to. */
    public interface Records {

        /**
         * The header (the first non-blank record): returns the hot-path handler of the data rows,
         * or null when the header stops the reading (a file error).
         */
        PlainRowHandler header(CsvDialect dialect, HeaderNames header);

        /** A data row the hot-path handler did not take. */
        void row(ExportRow row);
    }

    private static final class NeedsWholeFileReading extends Exception {
        NeedsWholeFileReading() {
            super(null, null, false, false);
        }
    }

    private final Path path;
    private final String name;
    private final MessageDigest digest = ExportFile.sha256Digest();
    private final boolean gzip;
    /** The file as stored; hashed as it is read when it is gzip. */
    private final InputStream stored;
    /** The text: the stored bytes, or their gzip stream. */
    private InputStream in;
    private byte lastByte = '\n';
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private long bufOffset;
    private boolean eof;

    private FastExportScan(Path inputDir, Path path) throws IOException {
        this.path = path;
        this.name = ExportFile.relativeName(inputDir, path);
        this.gzip = ExportFile.isGzip(path);
        this.stored = gzip ? new DigestInputStream(Files.newInputStream(path), digest) : Files.newInputStream(path);
    }

    /** A gzip file that cannot be read to its end: the whole-file reading says why. */
    private static final class DamagedGzip extends IOException {
        DamagedGzip(IOException cause) {
            super(cause);
        }
    }

    /**
     * Reads the file, counting in {@code count} each data row the hot path takes and handing
     * every other record to {@code records}. Returns the file as read (its hash, BOM and
     * dialect, or that it is UTF-16), or null when it needs the whole-file reading of
     * {@link ExportRows} ({@code records} may then have seen some rows: the caller starts again
     * with fresh aggregates).
     */
    public static ExportFile scan(Path inputDir, Path path, RowCount count, Records records) throws IOException {
        FastExportScan s = new FastExportScan(inputDir, path);
        try (InputStream ignored = s.stored) {
            return s.run(count, records);
        } catch (NeedsWholeFileReading | DamagedGzip e) {
            return null;
        }
    }

    private ExportFile run(RowCount count, Records records) throws IOException, NeedsWholeFileReading {
        try {
            in = gzip ? new GZIPInputStream(stored, 64 * 1024) : stored;
        } catch (IOException e) {
            throw new DamagedGzip(e);
        }
        fill();
        if (ExportFile.isUtf16(buf, limit)) {
            return finish(false, new CsvDialect(StandardCharsets.UTF_8, ','), true);
        }
        boolean bom = limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF;
        if (bom) {
            pos = 3;
        }
        while (!eof && limit - pos < HEAD_BYTES) {
            fill();
        }
        char delimiter = CsvDialect.detectDelimiter(ExportFile.firstNonBlankLine(
                decode(pos, Math.min(limit, pos + HEAD_BYTES))));
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, delimiter);
        this.rows = new Rows(dialect, count, records);
        // One call a record: the record's code is compiled once for every file and thread, not
        // once per loop of a long method as each thread enters it (which cost seconds at 10 M rows).
        while (nextRecord()) {
            // next
        }
        return finish(bom, dialect, false);
    }

    /** What the records of one file are handed to, and the state between two records. */
    private static final class Rows {
        final CsvDialect dialect;
        final AmountParser amounts;
        final RowCount count;
        final Records records;
        final byte delim;
        final long delims;
        int[] starts = new int[16];
        int[] ends = new int[16];
        /** A quoted record's values, for a handler that takes them. */
        byte[] scratch = new byte[256];
        int[] valueStarts = new int[16];
        int[] valueEnds = new int[16];
        long line = 1;
        HeaderNames header;
        PlainRowHandler plain = PlainRowHandler.NONE;

        Rows(CsvDialect dialect, RowCount count, Records records) {
            this.dialect = dialect;
            this.amounts = dialect.amounts();
            this.count = count;
            this.records = records;
            this.delim = (byte) dialect.delimiter();
            this.delims = (delim & 0xFFL) * ONES;
        }
    }

    private Rows rows;

    /**
     * Finds the next record and its terminator, splitting fields on the way, and hands it on.
     * False when there is none left, or when a file error (a bad header) stops the rows.
     */
    private boolean nextRecord() throws IOException, NeedsWholeFileReading {
        Rows r = rows;
        int[] starts = r.starts;
        int[] ends = r.ends;
        byte delim = r.delim;
        long delims = r.delims;
        int i = pos;
        int n = 0;
        int fieldStart = pos;
        boolean quoted = false;
        boolean sawQuote = false;
        /** Bit f: field f has a quote; the sign bit: a field from the 64th on has one. */
        long quotedFields = 0;
        boolean ascii = true;
        int breaks = 0;
        int end;
        int next;
        while (true) {
            if (i >= limit) {
                if (!eof) {
                    int shift = compactAndFill(starts, ends, n);
                    i -= shift;
                    fieldStart -= shift;
                    continue;
                }
                if (quoted) {
                    throw new NeedsWholeFileReading();
                }
                end = i;
                next = i;
                break;
            }
            // jump to the next byte that matters (line break, quote, non-ASCII, and outside quotes the delimiter)
            while (i + 8 <= limit) {
                long word = (long) WORDS.get(buf, i);
                long special = quoted ? specialsInQuotes(word) : specials(word, delims);
                if (special != 0) {
                    i += Long.numberOfTrailingZeros(special) >>> 3;
                    break;
                }
                i += 8;
            }
            if (i >= limit) {
                continue;
            }
            byte c = buf[i];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 >= limit && !eof) {
                    int shift = compactAndFill(starts, ends, n);
                    i -= shift;
                    fieldStart -= shift;
                    continue;
                }
                int width = c == '\r' && i + 1 < limit && buf[i + 1] == '\n' ? 2 : 1;
                if (!quoted) {
                    end = i;
                    next = i + width;
                    breaks++;
                    break;
                }
                breaks++;
                i += width;
                continue;
            }
            if (c == '"') {
                sawQuote = true;
                quotedFields |= n < 63 ? 1L << n : Long.MIN_VALUE;
                if (quoted && i + 1 < limit && buf[i + 1] == '"') {
                    i += 2; // a doubled quote inside quotes: still quoted (as two toggles would leave it)
                    continue;
                }
                quoted = !quoted;
            } else if (c < 0) {
                ascii = false;
            } else if (c == delim && !quoted) {
                if (n == starts.length) {
                    starts = r.starts = Arrays.copyOf(starts, n * 2);
                    ends = r.ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = fieldStart;
                ends[n++] = i;
                fieldStart = i + 1;
            }
            i++;
        }
        if (pos == limit && eof && end == pos) {
            return false; // nothing after the last terminator
        }
        if (n == starts.length) {
            starts = r.starts = Arrays.copyOf(starts, n * 2);
            ends = r.ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = fieldStart;
        ends[n++] = end;

        long recordLine = r.line;
        long offset = bufOffset + pos;
        int recordStart = pos;
        r.line += breaks;
        pos = next;
        if (end == recordStart) {
            return !(next == end && eof); // an empty line
        }
        boolean simple = ascii && !sawQuote;
        if (r.header == null || !ascii || !(simple ? r.plain.accept(buf, starts, ends, n, recordLine, offset)
                : acceptQuoted(r, n, quotedFields, recordLine, offset))) {
            if (!otherRecord(r, recordStart, end, n, simple, sawQuote, recordLine, offset)) {
                return false;
            }
        } else {
            r.count.dataRow();
        }
        return !(next == end && eof);
    }

    /**
     * The header, or a record the plain handler declined: made into fields and handed to
     * {@link Records}. False when the header stops the rows.
     */
    private boolean otherRecord(Rows r, int recordStart, int end, int n, boolean simple, boolean sawQuote,
                                long recordLine, long offset) throws NeedsWholeFileReading {
        String[] fields = simple ? asciiFields(r.starts, r.ends, n)
                : fields(recordStart, end, sawQuote, r.dialect.delimiter(), r.dialect);
        if (ExportRows.isBlank(fields)) {
            return true;
        }
        if (r.header == null) {
            r.header = HeaderNames.of(List.of(fields));
            PlainRowHandler plain = r.records.header(r.dialect, r.header);
            if (plain == null) {
                return false;
            }
            r.plain = plain;
            return true;
        }
        r.records.row(new ExportRow(name, recordLine, decode(recordStart, end), fields, r.header, r.amounts, offset));
        return true;
    }

    /**
     * Hands an ASCII record with quotes to a handler that {@linkplain PlainRowHandler#takesQuotedFields
     * takes them}, with each quoted field's value as Commons CSV reads it: a field with a quote
     * must be wholly quoted ({@code "..."}, a doubled quote inside standing for one), any other
     * use of quotes is left to Commons CSV. The values are unquoted in place; a record the
     * handler declines gets its bytes back, for the general path to read.
     */
    private boolean acceptQuoted(Rows r, int n, long quotedFields, long line, long offset) {
        if (!r.plain.takesQuotedFields() || quotedFields < 0) {
            return false;
        }
        int[] starts = r.starts;
        int[] ends = r.ends;
        int saved = 0;
        long doubled = 0; // the fields with a doubled quote inside: unquoted in place, their bytes saved first
        for (long bits = quotedFields; bits != 0; bits &= bits - 1) {
            int f = Long.numberOfTrailingZeros(bits);
            int s = starts[f];
            int e = ends[f];
            if (e - s < 2 || buf[s] != '"' || buf[e - 1] != '"') {
                return false;
            }
            for (int i = s + 1; i < e - 1; i++) {
                if (buf[i] == '"') {
                    if (++i == e - 1 || buf[i] != '"') {
                        return false;
                    }
                    doubled |= 1L << f;
                }
            }
            if ((doubled & 1L << f) != 0) {
                saved += e - s;
            }
        }
        if (r.valueStarts.length < starts.length) {
            r.valueStarts = new int[starts.length];
            r.valueEnds = new int[starts.length];
        }
        if (r.scratch.length < saved) {
            r.scratch = new byte[Math.max(saved, r.scratch.length * 2)];
        }
        int[] valueStarts = r.valueStarts;
        int[] valueEnds = r.valueEnds;
        System.arraycopy(starts, 0, valueStarts, 0, n);
        System.arraycopy(ends, 0, valueEnds, 0, n);
        saved = 0;
        for (long bits = quotedFields; bits != 0; bits &= bits - 1) {
            int f = Long.numberOfTrailingZeros(bits);
            int s = starts[f];
            int e = ends[f];
            valueStarts[f] = s + 1;
            valueEnds[f] = e - 1;
            if ((doubled & 1L << f) == 0) {
                continue; // the value is between the quotes as it stands
            }
            System.arraycopy(buf, s, r.scratch, saved, e - s);
            saved += e - s;
            int o = s + 1;
            for (int i = s + 1; i < e - 1; i++) {
                byte c = buf[i];
                if (c == '"') {
                    i++;
                }
                buf[o++] = c;
            }
            valueEnds[f] = o;
        }
        if (r.plain.accept(buf, valueStarts, valueEnds, n, line, offset)) {
            return true;
        }
        saved = 0;
        for (long bits = doubled; bits != 0; bits &= bits - 1) {
            int f = Long.numberOfTrailingZeros(bits);
            System.arraycopy(r.scratch, saved, buf, starts[f], ends[f] - starts[f]);
            saved += ends[f] - starts[f];
        }
        return false;
    }

    private ExportFile finish(boolean bom, CsvDialect dialect, boolean utf16) throws IOException {
        while (!eof) { // the rows stopped early: the hash still covers every byte
            pos = limit;
            compactAndFill();
        }
        if (gzip) {
            stored.transferTo(OutputStream.nullOutputStream()); // bytes after the gzip stream count towards the hash
        }
        return ExportFile.scanned(path, name, HexFormat.of().formatHex(digest.digest()), bom, dialect, utf16,
                gzip && bufOffset + limit > 0 && lastByte != '\n' && lastByte != '\r');
    }

    private String[] asciiFields(int[] starts, int[] ends, int n) {
        String[] out = new String[n];
        for (int f = 0; f < n; f++) {
            out[f] = new String(buf, starts[f], ends[f] - starts[f], StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    private String[] fields(int from, int to, boolean quoted, char delimiter, CsvDialect dialect)
            throws NeedsWholeFileReading {
        String text = decode(from, to);
        if (!quoted) {
            return text.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        }
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text))
                .setFormat(dialect.format()).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new NeedsWholeFileReading();
            }
            return records.get(0).values();
        } catch (IOException | RuntimeException e) {
            throw new NeedsWholeFileReading();
        }
    }

    /** Strict UTF-8; a file that is not valid UTF-8 goes to the whole-file reading (windows-1252). */
    private String decode(int from, int to) throws NeedsWholeFileReading {
        try {
            CharBuffer chars = ExportFile.strictUtf8().decode(ByteBuffer.wrap(buf, from, to - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new NeedsWholeFileReading();
        }
    }

    private void fill() throws IOException {
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int r;
        try {
            r = in.read(buf, limit, buf.length - limit);
        } catch (IOException e) {
            if (gzip) {
                throw new DamagedGzip(e);
            }
            throw e;
        }
        if (r < 0) {
            eof = true;
        } else if (r > 0) {
            if (!gzip) {
                digest.update(buf, limit, r);
            }
            limit += r;
            lastByte = buf[limit - 1];
        }
    }

    /**
     * {@link #compactAndFill()} in the middle of a record: the first {@code fields} field
     * offsets found so far move with the kept bytes.
     */
    private int compactAndFill(int[] starts, int[] ends, int fields) throws IOException {
        int shift = compactAndFill();
        for (int f = 0; f < fields; f++) {
            starts[f] -= shift;
            ends[f] -= shift;
        }
        return shift;
    }

    /** Drops the bytes before pos and reads more; returns how far the kept bytes moved. */
    private int compactAndFill() throws IOException {
        int shift = pos;
        if (shift > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            bufOffset += pos;
            pos = 0;
        }
        fill();
        return shift;
    }

    /**
     * A mark at (or below) the first byte of {@code word} (little-endian) that is a line break, a
     * quote, the delimiter or not ASCII; 0 when none is. The lowest mark is always exact.
     */
    private static long specials(long word, long delims) {
        return specialsInQuotes(word) | zeroBytes(word ^ delims);
    }

    /** As {@link #specials}, inside quotes, where the delimiter is a plain byte. */
    private static long specialsInQuotes(long word) {
        return zeroBytes(word ^ (0x0A * ONES)) | zeroBytes(word ^ (0x0D * ONES)) | zeroBytes(word ^ QUOTES)
                | (word & HIGHS);
    }

    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
