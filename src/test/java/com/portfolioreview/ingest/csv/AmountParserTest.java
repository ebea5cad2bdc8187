package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    private static final AmountParser POINT = AmountParser.forDelimiter(',');
    private static final AmountParser COMMA = AmountParser.forDelimiter(';');

    @ParameterizedTest(name = "[{index}] ''{0}'' (decimal point) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1234.56            | 1234.56",
        "1,234.56           | 1234.56",
        "$1,234.56          | 1234.56",
        "-1234.56           | -1234.56",
        "(1,234.56)         | -1234.56",
        "($1,234.56)        | -1234.56",
        "-$1,234.56         | -1234.56",
        "$-1,234.56         | -1234.56",
        "£ 1,234.56         | 1234.56",
        "¥1,234             | 1234",
        "1,234.56 €         | 1234.56",
        "`1 234.56`         | 1234.56",
        "1\u00A0234.56      | 1234.56",
        "1\u202F234\u202F567.5 | 1234567.5",
        "12,345,678         | 12345678",
        "0                  | 0",
        "-0.5               | -0.5",
        ".5                 | 0.5",
        "5.                 | 5",
        "007.10             | 7.10",
        "`  42  `           | 42",
        "( 12 )             | -12",
    })
    void decimalPointForms(String text, BigDecimal expected) {
        assertThat(POINT.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' (decimal comma) = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1234,56            | 1234.56",
        "1.234,56           | 1234.56",
        "€ 1.234,56         | 1234.56",
        "1.234,56 €         | 1234.56",
        "`1 234,56`         | 1234.56",
        "1\u00A0234,56      | 1234.56",
        "(1.234,56)         | -1234.56",
        "-1.234,56          | -1234.56",
        "1.234.567          | 1234567",
        "0,0825             | 0.0825",
    })
    void decimalCommaForms(String text, BigDecimal expected) {
        assertThat(COMMA.parse(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void keepsTheScaleAsWritten() {
        assertThat(POINT.parse("1,234.50")).contains(new BigDecimal("1234.50"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is bad with a decimal point")
    @ValueSource(strings = {"", " ", "abc", "12,3x", "12,34", "1,2345", ",123", "1,234,56", "1.2.3", "1e3", "1E3",
        "+5", "--5", "(-5)", "-(5)", "(5", "5)", "$$5", "$5$", "USD 5", "5 USD", "1.234,56", "1,234 567",
        "12.5.", "-", "()", "$", ".", "1 23", "1,234.5,6", "0x10", "١٢٣", "1_000", "5%"})
    void badFormsWithDecimalPoint(String text) {
        assertThat(POINT.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is bad with a decimal comma")
    @ValueSource(strings = {"1,234.56", "1.5", "12.34", "1,2,3", "1.234.56", "1 234.56"})
    void badFormsWithDecimalComma(String text) {
        assertThat(COMMA.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"',', .", "';', ','", "'\t', ."})
    void decimalSeparatorFollowsTheDelimiter(char delimiter, char decimal) {
        assertThat(AmountParser.forDelimiter(delimiter).decimalSeparator()).isEqualTo(decimal);
    }

    /** Random exact amounts written in several export styles must read back exactly. */
    @Test
    void randomAmountsRoundTripInEveryExportStyle() {
        Random random = new Random(20261031L);
        for (int i = 0; i < 5000; i++) {
            BigDecimal amount = new BigDecimal(random.nextLong() % 1_000_000_000_000L)
                    .movePointLeft(random.nextInt(5)); // up to 10^12 with 0-4 decimals, either sign
            for (Style style : Style.values()) {
                String text = style.format(amount);
                assertThat(style.parser().parse(text))
                        .as("%s written as '%s' in style %s", amount, text, style)
                        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
            }
        }
    }

    private enum Style {
        US_THOUSANDS(',', ",", false, ""),
        US_DOLLAR_PARENTHESES(',', ",", true, "$"),
        EU_DOT_THOUSANDS(';', ".", false, "€ "),
        EU_SPACE_THOUSANDS(';', " ", true, ""),
        EU_NBSP_THOUSANDS(';', "\u00A0", false, ""),
        TAB_PLAIN_YEN_PARENTHESES('\t', "", true, "¥");

        private final char delimiter;
        private final char decimal;
        private final String thousands;
        private final boolean parentheses;
        private final String symbol;

        /** The decimal separator follows the delimiter: ',' in a ';' export, '.' otherwise. */
        Style(char delimiter, String thousands, boolean parentheses, String symbol) {
            this.delimiter = delimiter;
            this.decimal = delimiter == ';' ? ',' : '.';
            this.thousands = thousands;
            this.parentheses = parentheses;
            this.symbol = symbol;
        }

        AmountParser parser() {
            return AmountParser.forDelimiter(delimiter);
        }

        String format(BigDecimal amount) {
            BigDecimal abs = amount.abs();
            String plain = abs.setScale(Math.max(abs.scale(), 0), RoundingMode.UNNECESSARY).toPlainString();
            int dot = plain.indexOf('.');
            String integer = dot < 0 ? plain : plain.substring(0, dot);
            String fraction = dot < 0 ? "" : plain.substring(dot + 1);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < integer.length(); i++) {
                if (i > 0 && (integer.length() - i) % 3 == 0) {
                    grouped.append(thousands);
                }
                grouped.append(integer.charAt(i));
            }
            String number = symbol + grouped + (fraction.isEmpty() ? "" : decimal + fraction);
            if (amount.signum() < 0) {
                return parentheses ? "(" + number + ")" : "-" + number;
            }
            return number;
        }
    }
}
