package com.portfolioreview.ingest.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month of a FOCUS date-time column (SPEC §1.4): ISO 8601 as the providers write it,
 * {@code 2026-10-01T00:00:00Z}, {@code 2026-10-01T00:00:00.000Z}, {@code 2026-10-01 00:00:00},
 * with or without an offset, or a date alone ({@link DateParser}). The month is the written date's:
 * FOCUS dates are in UTC, and a billing period starts at midnight of its first day.
 */
public final class DateTimeParser {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private DateTimeParser() {
    }

    public static Optional<YearMonth> month(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = AmountParser.strip(text);
        if (isSecondsForm(value)) {
            // the form nearly every export writes, checked by hand: a regular expression per row is a
            // tenth of a large bill's reading
            return date(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
        }
        Matcher m = DATE_TIME.matcher(value);
        if (m.matches()) {
            try {
                return Optional.of(YearMonth.from(LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return DateParser.parse(value).map(YearMonth::from);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-dd HH:mm:ss}, which the pattern also reads. */
    private static boolean isSecondsForm(String v) {
        int n = v.length();
        if (n != 19 && !(n == 20 && v.charAt(19) == 'Z')) {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = v.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T' || c == ' ';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static Optional<YearMonth> date(int year, int month, int day) {
        try {
            return Optional.of(YearMonth.from(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
