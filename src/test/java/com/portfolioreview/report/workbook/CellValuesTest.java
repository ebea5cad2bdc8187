package com.portfolioreview.report.workbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({
            "1234.565, 1234.57",   // half up at the cent
            "1234.564, 1234.56",
            "-0.005, -0.01",       // half up is away from zero
            "10, 10.00"})
    void moneyIsRoundedToCentsHalfUp(String amount, String cents) {
        assertThat(CellValues.cents(new BigDecimal(amount))).isEqualTo(new BigDecimal(cents));
    }

    @Test
    void textKeepsFormulasAndLineBreaksButNotControlCharacters() {
        assertThat(CellValues.text("=SUM(A1:A2)\nline 2\ttab")).isEqualTo("=SUM(A1:A2)\nline 2\ttab");
        assertThat(CellValues.text("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
        assertThat(CellValues.text("emoji \uD83D\uDE00 lone \uD800")).isEqualTo("emoji \uD83D\uDE00 lone \uFFFD");
        assertThat(CellValues.text(null)).isEmpty();
    }

    @Test
    void textLongerThanACellHoldsIsCutVisibly() {
        String cut = CellValues.text("x".repeat(40_000));
        assertThat(cut).hasSize(32_767).endsWith(" […]");
    }

    @Test
    void aPeriodIsWrittenAsYearDashMonth() {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM");
        for (int year : new int[] {999, 1000, 1999, 2026, 9999, 10000}) {
            for (int month = 1; month <= 12; month++) {
                YearMonth p = YearMonth.of(year, month);
                assertThat(CellValues.period(p)).isEqualTo(iso.format(p));
            }
        }
        assertThat(CellValues.period(YearMonth.of(2026, 10))).isEqualTo("2026-10");
    }
}
