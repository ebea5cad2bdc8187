package com.portfolioreview.ingest.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** FOCUS date-times as the providers write them (the FOCUS examples use {@code 2025-07-05T00:00:00Z}). */
class DateTimeParserTest {

    @ParameterizedTest
    @CsvSource({
            "2025-07-05T00:00:00Z, 2025-07",
            "2026-10-01T00:00:00.000Z, 2026-10",
            "2026-10-31 23:59:59, 2026-10",
            "2026-10-01T00:00, 2026-10",
            "2026-10-01T00:00:00+02:00, 2026-10",
            "2026-09-30T22:00:00-0700, 2026-09",
            "2026-10-01, 2026-10",
            "2026/10/01, 2026-10"})
    void theMonthIsTheWrittenDates(String text, String month) {
        assertThat(DateTimeParser.month(text)).contains(YearMonth.parse(month));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-10", "Oct 2026", "2026-10-01X00:00:00Z",
            "2026-10-01T25:00:00Zjunk"})
    void anythingElseIsNoDate(String text) {
        assertThat(DateTimeParser.month(text)).isEmpty();
    }
}
