package com.portfolioreview.ingest.csv;

import java.nio.charset.Charset;
import org.apache.commons.csv.CSVFormat;

/**
 * How one export is written: its character set and field delimiter (detected from the header
 * line). Quoting follows RFC 4180: quoted fields may hold delimiters, doubled quotes and line
 * breaks. Blank lines reach the reader as records so that physical line numbers stay exact.
 */
public record CsvDialect(Charset charset, char delimiter) {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** The Commons CSV format for this dialect. */
    public CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
    }

    /** Money and numbers: decimal comma in a {@code ;} export, decimal point otherwise. */
    public AmountParser amounts() {
        return AmountParser.forDelimiter(delimiter);
    }

    /**
     * The delimiter of a header line: whichever of {@code , ; tab} occurs most often outside
     * quotes (ties in that order); {@code ,} when none occurs (a one-column file).
     */
    public static char detectDelimiter(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
