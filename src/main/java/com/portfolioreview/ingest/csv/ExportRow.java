package com.portfolioreview.ingest.csv;

/**
 * One non-blank data row of an export: where it starts, its text as in the file, and its
 * fields, read by normalised header name. What the values mean is left to the reader of the
 * export.
 */
public final class ExportRow {

    private final String file;
    private final long line;
    private final String raw;
    private final String[] fields;
    private final HeaderNames header;
    private final AmountParser amounts;
    private final long offset;

    ExportRow(String file, long line, String raw, String[] fields, HeaderNames header, AmountParser amounts) {
        this(file, line, raw, fields, header, amounts, -1);
    }

    /** @param offset where the record starts in the file, in bytes; -1 when not known */
    ExportRow(String file, long line, String raw, String[] fields, HeaderNames header, AmountParser amounts,
              long offset) {
        this.file = file;
        this.line = line;
        this.raw = raw;
        this.fields = fields;
        this.offset = offset;
        this.header = header;
        this.amounts = amounts;
    }

    public String file() {
        return file;
    }

    /** 1-based physical line where the record starts. */
    public long line() {
        return line;
    }

    /** The record's text as in the file, without its line terminator. */
    public String raw() {
        return raw;
    }

    /** Where the record starts in the file, in bytes; -1 when not known. */
    long offset() {
        return offset;
    }

    /** The money and number parser of this export's dialect. */
    public AmountParser amounts() {
        return amounts;
    }

    /** The export's header. */
    public HeaderNames header() {
        return header;
    }

    /** The number of fields of the row (which may be more or fewer than the header's columns). */
    public int size() {
        return fields.length;
    }

    /** Field {@code i} exactly as read, untrimmed. */
    public String field(int i) {
        return fields[i];
    }

    /** The trimmed value of a column; empty when blank, absent from the header or the row is short. */
    public String value(String column) {
        int i = header.indexOf(column);
        if (i < 0 || i >= fields.length) {
            return "";
        }
        return AmountParser.strip(fields[i]);
    }
}
