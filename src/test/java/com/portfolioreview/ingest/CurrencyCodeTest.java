package com.portfolioreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest
    @CsvSource({"USD, USD", "eur, EUR", "' gbp ', GBP", "JPY, JPY", "Chf, CHF"})
    void realCodesAreUpperCased(String text, String expected) {
        assertThat(CurrencyCode.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EURO", "US", "ZZZ", "$", "€", "U$D", "12A"})
    void badCodes(String text) {
        assertThat(CurrencyCode.parse(text)).isEmpty();
    }
}
