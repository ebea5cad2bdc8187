package com.portfolioreview.ingest.csv;

/**
 * Reads the plainest forms of a month and an amount straight from ASCII bytes, exactly: a
 * month as {@code 2026-10}, an amount as {@code -1234.56} (optional minus, digits, optional
 * decimal separator and up to 6 decimals, at most 17 digits of which at most 15, leading zeros
 * aside, before the separator as {@link AmountParser} requires) into an unscaled long and a scale.
 * Anything else (thousands separators, symbols, parentheses, spaces, other month forms) is
 * left to {@link AmountParser} and {@link PeriodParser}.
 */
public final class PlainValues {

    public static final int MAX_SCALE = 6;

    private long unscaled;
    private int scale;

    /** year × 12 + month − 1 of a {@code YYYY-MM} field, or -1. */
    public static int month(byte[] b, int s, int e) {
        if (e - s != 7 || b[s + 4] != '-') {
            return -1;
        }
        int year = 0;
        for (int i = s; i < s + 4; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            year = year * 10 + d;
        }
        int d1 = b[s + 5] - '0';
        int d2 = b[s + 6] - '0';
        if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
            return -1;
        }
        int month = d1 * 10 + d2;
        return month < 1 || month > 12 ? -1 : year * 12 + month - 1;
    }

    /** Reads a plain amount; false when the field is not in that form. An empty field is not. */
    public boolean amount(byte[] b, int s, int e, byte decimalSeparator) {
        if (s == e) {
            return false;
        }
        boolean negative = b[s] == '-';
        int i = negative ? s + 1 : s;
        long u = 0;
        int digits = 0;
        int integerDigits = 0;
        int sc = -1;
        for (; i < e; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 17) {
                    return false;
                }
                if (sc < 0 && (u != 0 || c != '0') && ++integerDigits > AmountParser.MAX_INTEGER_DIGITS) {
                    return false;
                }
                u = u * 10 + (c - '0');
                if (sc >= 0) {
                    sc++;
                }
            } else if (c == decimalSeparator && sc < 0) {
                sc = 0;
            } else {
                return false;
            }
        }
        if (digits == 0 || sc > MAX_SCALE) {
            return false;
        }
        unscaled = negative ? -u : u;
        scale = Math.max(sc, 0);
        return true;
    }

    /** Reads a plain amount as {@link #amount} does, an empty field as zero. */
    public boolean amountOrZero(byte[] b, int s, int e, byte decimalSeparator) {
        if (s == e) {
            unscaled = 0;
            scale = 0;
            return true;
        }
        return amount(b, s, e, decimalSeparator);
    }

    /** The amount last read is {@code unscaled() × 10^-scale()}. */
    public long unscaled() {
        return unscaled;
    }

    /** The scale of the amount last read, at most {@value #MAX_SCALE}. */
    public int scale() {
        return scale;
    }

    /** The field's text when it is printable ASCII without leading or trailing spaces, else null. */
    public static String text(byte[] b, int s, int e) {
        if (s == e || b[s] == ' ' || b[e - 1] == ' ') {
            return null;
        }
        for (int i = s; i < e; i++) {
            if (b[i] < 0x20 || b[i] > 0x7E) {
                return null;
            }
        }
        return new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
