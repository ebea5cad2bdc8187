package com.portfolioreview.ingest.csv;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the month of a {@code period} column (SPEC §1.2): {@code 2026-10}, {@code 2026-10-31}
 * (any valid day), {@code 2026/10}, {@code 2026/10/31}, {@code 10/2026}, {@code Oct 2026},
 * {@code October 2026} (English, case-insensitive; {@code Sept} is accepted too).
 */
public final class PeriodParser {

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})([-/])(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final String[] MONTH_NAMES = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};

    private PeriodParser() {
    }

    public static Optional<YearMonth> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = AmountParser.strip(text);
        Matcher m = YEAR_MONTH.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(3));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return of(m.group(2), m.group(1));
        }
        m = NAMED.matcher(s);
        if (m.matches()) {
            int month = monthNumber(m.group(1));
            return month == 0 ? Optional.empty() : of(m.group(2), Integer.toString(month));
        }
        return DateParser.parse(s).map(YearMonth::from);
    }

    private static Optional<YearMonth> of(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int monthNumber(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            String full = MONTH_NAMES[i];
            if (w.equals(full) || w.equals(full.substring(0, 3)) || (i == 8 && w.equals("sept"))) {
                return i + 1;
            }
        }
        return 0;
    }
}
