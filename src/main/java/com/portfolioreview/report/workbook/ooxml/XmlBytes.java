package com.portfolioreview.report.workbook.ooxml;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer for sheet XML: ASCII markup, numbers and escaped text appended
 * without going through a {@link java.io.Writer} and its character encoder. Text is escaped the
 * way POI's {@code SheetDataWriter} escapes it ({@code < > & "} as entities, tab / line feed /
 * carriage return / no-break space as character references, other control characters and
 * U+FFFE/U+FFFF as {@code ?}, a lone surrogate as {@code ?}), so a cell reads back exactly as
 * POI would have written it.
 */
public final class XmlBytes {

    private byte[] bytes;
    private int size;

    XmlBytes(int capacity) {
        this.bytes = new byte[capacity];
    }

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    XmlBytes ascii(byte[] markup) {
        ensure(markup.length);
        System.arraycopy(markup, 0, bytes, size, markup.length);
        size += markup.length;
        return this;
    }

    XmlBytes ascii(String markup) {
        int n = markup.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) markup.charAt(i);
        }
        return this;
    }

    XmlBytes append(XmlBytes other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    XmlBytes number(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                return ascii(Long.toString(value));
            }
            ensure(1);
            bytes[size++] = '-';
            value = -value;
        }
        int digits = digits(value);
        ensure(digits);
        int at = size + digits;
        while (value >= 100) { // two digits a step
            int pair = (int) (value % 100) * 2;
            value /= 100;
            bytes[--at] = DIGIT_PAIRS[pair + 1];
            bytes[--at] = DIGIT_PAIRS[pair];
        }
        if (value >= 10) {
            int pair = (int) value * 2;
            bytes[--at] = DIGIT_PAIRS[pair + 1];
            bytes[--at] = DIGIT_PAIRS[pair];
        } else {
            bytes[--at] = (byte) ('0' + value);
        }
        size += digits;
        return this;
    }

    /**
     * A number a cell can hold: Infinity or NaN would be written as {@code <v>Infinity</v>}, which
     * LibreOffice reads as 0 and Excel asks to repair, so it stops the publication instead.
     */
    public static double requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a number that is not finite (" + value + ") cannot be written to a workbook");
        }
        return value;
    }

    /** A double as POI writes it ({@link Double#toString}); one that is not finite is a defect, never written. */
    XmlBytes number(double value) {
        requireFinite(value);
        if (value == (long) value && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
            return number((long) value);
        }
        return ascii(Double.toString(value));
    }

    /**
     * An exact decimal as its plain digits: it reads back as the double nearest to it, which is
     * what {@link BigDecimal#doubleValue()} gives, without the cost of that conversion.
     */
    XmlBytes number(BigDecimal value) {
        if (value.scale() >= 0 && value.scale() <= 18 && value.precision() <= 18) {
            int scale = value.scale();
            // the unscaled digits as a long, without the BigInteger of unscaledValue()
            long unscaled = value.movePointRight(scale).longValue();
            if (scale == 0) {
                return number(unscaled);
            }
            if (unscaled < 0) {
                ascii("-");
                unscaled = -unscaled;
            }
            long pow = TEN[scale];
            number(unscaled / pow);
            ensure(1 + scale);
            bytes[size++] = '.';
            long fraction = unscaled % pow;
            for (int i = size + scale - 1; i >= size; i--) {
                bytes[i] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            size += scale;
            return this;
        }
        String plain = value.toPlainString();
        return plain.length() <= 40 ? ascii(plain) : number(value.doubleValue());
    }

    /** Text as XML element content (see the class comment for the escaping). */
    XmlBytes text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '&' && c != '"') {
                if (size == bytes.length) {
                    ensure(1 + n - i);
                }
                bytes[size++] = (byte) c;
                continue;
            }
            switch (c) {
                case '<' -> ascii(LT);
                case '>' -> ascii(GT);
                case '&' -> ascii(AMP);
                case '"' -> ascii(QUOT);
                case '\n' -> ascii(LF);
                case '\r' -> ascii(CR);
                case '\t' -> ascii(TAB);
                case '\u00A0' -> ascii(NBSP);
                default -> {
                    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                        ascii(QUESTION);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        utf8(Character.toCodePoint(c, s.charAt(++i)));
                    } else if (Character.isSurrogate(c)) {
                        ascii(QUESTION);
                    } else {
                        utf8(c);
                    }
                }
            }
        }
        return this;
    }

    private void utf8(int cp) {
        ensure(4);
        if (cp < 0x80) {
            bytes[size++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[size++] = (byte) (0xC0 | cp >> 6);
            bytes[size++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            bytes[size++] = (byte) (0xE0 | cp >> 12);
            bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp & 0x3F);
        } else {
            bytes[size++] = (byte) (0xF0 | cp >> 18);
            bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** The number of decimal digits of {@code v} ≥ 0. */
    private static int digits(long v) {
        for (int d = 1; d < TEN.length; d++) {
            if (v < TEN[d]) {
                return d;
            }
        }
        return 19;
    }

    /** "00", "01", ..., "99" as bytes. */
    private static final byte[] DIGIT_PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private static final long[] TEN = new long[19];

    static {
        TEN[0] = 1;
        for (int i = 1; i < TEN.length; i++) {
            TEN[i] = TEN[i - 1] * 10;
        }
    }

    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUOT = "&quot;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LF = "&#xa;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CR = "&#xd;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAB = "&#x9;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NBSP = "&#xa0;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUESTION = "?".getBytes(StandardCharsets.US_ASCII);
}
