package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "2026-10          | 2026-10",
        "2026-10-31       | 2026-10",
        "2026-10-01       | 2026-10",
        "2026-2-28        | 2026-02",
        "2026/10          | 2026-10",
        "2026/10/31       | 2026-10",
        "10/2026          | 2026-10",
        "1/2026           | 2026-01",
        "Oct 2026         | 2026-10",
        "oct 2026         | 2026-10",
        "OCT. 2026        | 2026-10",
        "October 2026     | 2026-10",
        "OCTOBER 2026     | 2026-10",
        "Sep 2026         | 2026-09",
        "Sept 2026        | 2026-09",
        "May 2026         | 2026-05",
        "`  2026-10  `    | 2026-10",
    })
    void acceptedMonthForms(String text, YearMonth expected) {
        assertThat(PeriodParser.parse(text)).contains(expected);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is not a month")
    @ValueSource(strings = {"", "2026", "2026-13", "2026-00", "13/2026", "2026-02-30", "2026-10-32", "Oct",
        "Octo 2026", "Okt 2026", "2026 Oct", "10-2026", "202610", "26-10", "2026.10", "October, 2026",
        "2026-10-31T00:00", "31/10/2026"})
    void badMonths(String text) {
        assertThat(PeriodParser.parse(text)).isEmpty();
    }
}
