package com.portfolioreview.ingest.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte readings of the hot paths against the general parsers: each either gives what the
 * general parser gives or declines (-1 / false), never another value.
 */
class PlainValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-07-05T00:00:00Z", "2026-10-31 23:59:59", "2024-02-29T00:00:00Z", "2026-02-28T23:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
        "2026-10-00T00:00:00Z", "2026-10-01T00:00:00.000Z", "2026-10-01", "2026-10-01T00:00:00+02:00",
        "2026-10-01X00:00:00Z", "2026-10-01T00:00:00ZZ", " 2026-10-01T00:00:00Z", "2026/10/01T00:00:00Z",
        "0000-01-01T00:00:00Z", "9999-12-31T99:99:99Z"})
    void aDateTimeIsReadAsDateTimeParserReadsItOrDeclined(String text) {
        byte[] b = ("x," + text + ",y").getBytes(StandardCharsets.US_ASCII);
        int month = PlainValues.dateTimeMonth(b, 2, 2 + text.length());
        Optional<YearMonth> general = DateTimeParser.month(text);
        if (month >= 0) {
            assertThat(general).contains(Months.of(month));
        } else {
            assertThat(text).as("declined: the general parser reads it otherwise or not at all")
                    .satisfiesAnyOf(t -> assertThat(general).isEmpty(), t -> assertThat(t).doesNotMatch(
                            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}Z?"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.000000000001", "1999.999999999999", "-12.5", "123456789012345", "1234567890123456",
        "0.123456789012345678", "12.3456789012345678", "1e5", "1,234.5", "", "-", ".5", "5."})
    void aCloudAmountIsReadAsAmountParserReadsItOrDeclined(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        PlainValues v = new PlainValues();
        if (v.amount(b, 0, b.length, (byte) '.', 18, 18)) {
            assertThat(new AmountParser('.').parse(text)).contains(java.math.BigDecimal.valueOf(v.unscaled(), v.scale()));
        } else {
            // more than 18 digits (a leading zero counts), or not a plain number
            assertThat(text).isIn("1234567890123456", "0.123456789012345678", "12.3456789012345678", "1e5", "1,234.5",
                    "", "-");
        }
    }
}
