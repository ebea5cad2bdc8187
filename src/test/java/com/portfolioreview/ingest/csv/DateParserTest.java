package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
    @CsvSource({
        "2026-10-31, 2026-10-31",
        "2026/10/31, 2026-10-31",
        "2024-02-29, 2024-02-29",
        "2026-1-5,   2026-01-05",
        "' 2026-10-31 ', 2026-10-31",
    })
    void acceptedDateForms(String text, LocalDate expected) {
        assertThat(DateParser.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is not a date")
    @ValueSource(strings = {"", "2026-10", "2026-02-29", "2026-04-31", "2026-13-01", "31/10/2026", "10/31/2026",
        "2026-10/31", "2026.10.31", "Oct 31 2026", "2026-10-31T10:00", "20261031"})
    void badDates(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }
}
