package com.portfolioreview.ingest.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date column (SPEC §1.2): {@code 2026-10-31} or {@code 2026/10/31}; the day must exist. */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(AmountParser.strip(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
