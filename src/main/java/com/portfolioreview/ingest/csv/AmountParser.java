package com.portfolioreview.ingest.csv;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads money and plain numbers as exported by finance and monitoring tools (SPEC §1.2) into an
 * exact {@link BigDecimal}, never through binary floating point.
 *
 * <p>Accepted: an optional {@code -} sign or surrounding parentheses (negative), at most one
 * currency symbol ({@code $ € £ ¥}) before or after the digits, digits with thousands separators
 * in groups of three, and one decimal separator. The decimal separator is {@code ,} for a
 * {@code ;}-delimited export and {@code .} otherwise; the other character, spaces, NBSP (U+00A0)
 * and narrow NBSP (U+202F) are thousands separators. Thousands separators must group the integer
 * digits by three ({@code 12,34} is refused rather than guessed). A number with more than
 * {@value #MAX_INTEGER_DIGITS} digits before its decimal separator (leading zeros aside) or more
 * than {@value #MAX_FRACTION_DIGITS} after it is refused: no figure can carry it, and the check
 * stops at the first digit too many, so a field of any length costs time linear in its length.
 * Anything else is a bad value.
 */
public final class AmountParser {

    /** SPEC §1.2: at most 15 digits before the decimal separator. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** SPEC §1.2: at most 20 digits after it (cloud bills carry up to ~19). */
    public static final int MAX_FRACTION_DIGITS = 20;

    private static final String CURRENCY_SYMBOLS = "$€£¥";

    private final char decimalSeparator;
    private final char thousandsMark;

    public AmountParser(char decimalSeparator) {
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimal separator must be '.' or ','");
        }
        this.decimalSeparator = decimalSeparator;
        this.thousandsMark = decimalSeparator == '.' ? ',' : '.';
    }

    /** The parser for an export with the given field delimiter. */
    public static AmountParser forDelimiter(char delimiter) {
        return new AmountParser(delimiter == ';' ? ',' : '.');
    }

    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** The exact value, or empty when the text is not an accepted money or number form. */
    public Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = strip(text);
        boolean negative = false;
        if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true;
            s = strip(s.substring(1, s.length() - 1));
        }
        boolean symbolSeen = false;
        boolean signSeen = false;
        // prefix: sign and/or symbol, in either order ("-$12", "$-12", "€ 12")
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (c == '-' && !signSeen && !negative) {
                signSeen = true;
                negative = true;
            } else if (CURRENCY_SYMBOLS.indexOf(c) >= 0 && !symbolSeen) {
                symbolSeen = true;
            } else {
                break;
            }
            s = strip(s.substring(1));
        }
        // suffix symbol ("1.234,56 €")
        if (!s.isEmpty() && CURRENCY_SYMBOLS.indexOf(s.charAt(s.length() - 1)) >= 0 && !symbolSeen) {
            s = strip(s.substring(0, s.length() - 1));
        }
        Optional<BigDecimal> value = digits(s);
        return negative ? value.map(BigDecimal::negate) : value;
    }

    private Optional<BigDecimal> digits(String s) {
        if (s.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder(s.length());
        int decimalAt = -1;
        char separatorKind = 0; // 's' for space-like, or the thousands mark
        int groupLength = 0;    // digits since the last thousands separator
        int groups = 0;         // thousands separators seen
        int leadingGroup = -1;  // digits before the first thousands separator
        int digitCount = 0;
        int integerDigits = 0;  // leading zeros aside
        int fractionDigits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                digitCount++;
                if (decimalAt < 0) {
                    groupLength++;
                    if ((integerDigits > 0 || c != '0') && ++integerDigits > MAX_INTEGER_DIGITS) {
                        return Optional.empty();
                    }
                } else if (++fractionDigits > MAX_FRACTION_DIGITS) {
                    return Optional.empty();
                }
            } else if (c == decimalSeparator) {
                if (decimalAt >= 0 || (groups > 0 && groupLength != 3)) {
                    return Optional.empty();
                }
                decimalAt = i;
                plain.append('.');
            } else if (isThousandsSeparator(c)) {
                char kind = c == thousandsMark ? c : 's';
                if (decimalAt >= 0 || (separatorKind != 0 && separatorKind != kind)) {
                    return Optional.empty();
                }
                separatorKind = kind;
                if (groups == 0) {
                    if (groupLength < 1 || groupLength > 3) {
                        return Optional.empty();
                    }
                    leadingGroup = groupLength;
                } else if (groupLength != 3) {
                    return Optional.empty();
                }
                groups++;
                groupLength = 0;
            } else {
                return Optional.empty();
            }
        }
        if (digitCount == 0 || (groups > 0 && decimalAt < 0 && groupLength != 3) || leadingGroup == 0) {
            return Optional.empty();
        }
        String p = plain.toString();
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.startsWith(".")) {
            p = "0" + p;
        }
        return Optional.of(new BigDecimal(p));
    }

    /**
     * Whether {@code text} is refused only for its length: more digits before or after the decimal
     * separator than {@link #parse} accepts (so a message can say why). Linear in the text.
     */
    public boolean exceedsDigitLimits(String text) {
        int integerDigits = 0;
        int fractionDigits = 0;
        boolean fraction = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fraction) {
                    fractionDigits++;
                } else if (integerDigits > 0 || c != '0') {
                    integerDigits++;
                }
                if (integerDigits > MAX_INTEGER_DIGITS || fractionDigits > MAX_FRACTION_DIGITS) {
                    return true;
                }
            } else if (c == decimalSeparator) {
                fraction = true;
            }
        }
        return false;
    }

    private boolean isThousandsSeparator(char c) {
        return c == thousandsMark || c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    /** Trims spaces, tabs, NBSP and narrow NBSP. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }
}
