package com.portfolioreview.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV outputs' protection against formula injection (SPEC §1.3, OWASP CSV injection):
 * every field quoted, a field that starts with {@code = + - @}, tab or carriage return
 * prefixed with {@code '}, and in a raw input line the same after every {@code ,} {@code ;} or
 * tab, because Excel splits a CSV on the user's list separator ({@code ;} in most of Europe)
 * and would run the cell that follows.
 */
public final class SafeCsv {

    /** RFC 4180 with every field quoted. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private SafeCsv() {
    }

    /** A field: {@code '} before a leading formula character; null is empty. */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return startsFormula(text, 0) ? "'" + text : text;
    }

    /** A raw input line: {@code '} at its start and after every separator that a formula character follows. */
    public static String rawLine(String line) {
        if (line == null || line.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(line.length() + 8);
        if (startsFormula(line, 0)) {
            out.append('\'');
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(c);
            if ((c == ',' || c == ';' || c == '\t') && startsFormula(line, i + 1)) {
                out.append('\'');
            }
        }
        return out.toString();
    }

    private static boolean startsFormula(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
