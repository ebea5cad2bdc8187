package com.portfolioreview.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one export, in order, each with the physical line it starts on (header = the
 * first non-blank line, normally line 1; multi-line quoted fields counted) and its raw text as in
 * the file without the line terminator. Blank records (nothing but empty or blank fields) are
 * skipped silently. Keeps only the current record's text in memory.
 */
public final class ExportRows implements Closeable {

    private final String fileName;
    private final RecordTextReader text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final AmountParser amounts;
    private final HeaderNames header;

    private CSVRecord pending;
    private long pendingLine = 1;

    ExportRows(String fileName, Reader reader, CsvDialect dialect) throws IOException {
        this.fileName = fileName;
        this.text = new RecordTextReader(reader);
        this.parser = CSVParser.builder().setReader(text).setFormat(dialect.format()).get();
        this.records = parser.iterator();
        this.amounts = dialect.amounts();
        this.pending = fetch();
        Cut first = advanceToNonBlank();
        this.header = first == null ? null : HeaderNames.of(first.record.toList());
    }

    /** The header, or null when the file has no non-blank line at all. */
    public HeaderNames header() {
        return header;
    }

    /** The next non-blank data row, or null at the end of the file. */
    public ExportRow next() throws IOException {
        Cut cut = advanceToNonBlank();
        return cut == null ? null : new ExportRow(fileName, cut.line, cut.raw, cut.record.values(), header, amounts);
    }

    private record Cut(CSVRecord record, long line, String raw) {
    }

    private Cut advanceToNonBlank() throws IOException {
        Cut cut;
        do {
            cut = advance();
        } while (cut != null && isBlank(cut.record));
        return cut;
    }

    private Cut advance() throws IOException {
        if (pending == null) {
            return null;
        }
        CSVRecord current = pending;
        long line = pendingLine;
        pending = fetch();
        long end = pending == null ? text.position() : pending.getCharacterPosition();
        String segment = text.slice(current.getCharacterPosition(), end);
        text.discardBefore(end);
        pendingLine = line + lineBreaks(segment);
        return new Cut(current, line, withoutTerminator(segment));
    }

    private CSVRecord fetch() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new MalformedExportException(fileName, "malformed CSV (" + cause.getMessage() + ")", e);
        }
    }

    static boolean isBlank(CSVRecord record) {
        for (String v : record) {
            if (!AmountParser.strip(v).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(String[] fields) {
        for (String v : fields) {
            if (!AmountParser.strip(v).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static long lineBreaks(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                n++;
            } else if (c == '\r') {
                n++;
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return n;
    }

    static String withoutTerminator(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("\n") || s.endsWith("\r")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
