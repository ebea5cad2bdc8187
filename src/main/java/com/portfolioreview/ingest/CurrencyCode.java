package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.AmountParser;

import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An ISO 4217 currency code as written in an export: trimmed, upper-cased, and a real code. */
final class CurrencyCode {

    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");

    private CurrencyCode() {
    }

    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = AmountParser.strip(text).toUpperCase(Locale.ROOT);
        if (!THREE_LETTERS.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
