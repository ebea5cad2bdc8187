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
        return amount(b, s, e, decimalSeparator, 17, MAX_SCALE);
    }

    /**
     * Reads a plain amount of at most {@code maxDigits} digits (at most 18, so that it fits a
     * long) of which at most {@code maxScale} after the separator, e.g. a cloud bill's
     * {@code 0.000123456789}.
     */
    public boolean amount(byte[] b, int s, int e, byte decimalSeparator, int maxDigits, int maxScale) {
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
                if (++digits > maxDigits) {
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
        if (digits == 0 || sc > maxScale) {
            return false;
        }
        unscaled = negative ? -u : u;
        scale = Math.max(sc, 0);
        return true;
    }

    /**
     * year × 12 + month − 1 of a date-time as nearly every cloud export writes it,
     * {@code 2026-10-01T00:00:00Z} or {@code 2026-10-01 00:00:00} (a valid date; the time's
     * digits unchecked, as {@link DateTimeParser} reads it), or -1.
     */
    public static int dateTimeMonth(byte[] b, int s, int e) {
        int n = e - s;
        if (n != 19 && !(n == 20 && b[s + 19] == 'Z')) {
            return -1;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        for (int i = 0; i < 19; i++) {
            byte c = b[s + i];
            switch (i) {
                case 4, 7 -> {
                    if (c != '-') {
                        return -1;
                    }
                }
                case 10 -> {
                    if (c != 'T' && c != ' ') {
                        return -1;
                    }
                }
                case 13, 16 -> {
                    if (c != ':') {
                        return -1;
                    }
                }
                default -> {
                    int d = c - '0';
                    if (d < 0 || d > 9) {
                        return -1;
                    }
                    if (i < 4) {
                        year = year * 10 + d;
                    } else if (i < 7) {
                        month = month * 10 + d;
                    } else if (i < 10) {
                        day = day * 10 + d;
                    }
                }
            }
        }
        if (month < 1 || month > 12 || day < 1 || (day > 28 && day > Months.of(year * 12 + month - 1).lengthOfMonth())) {
            return -1;
        }
        return year * 12 + month - 1;
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
