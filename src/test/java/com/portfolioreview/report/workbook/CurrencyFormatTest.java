package com.portfolioreview.report.workbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencyFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # same currency as the template: unchanged
            `"$"#,##0.00_);[Red]("$"#,##0.00)` | USD | usd | `"$"#,##0.00_);[Red]("$"#,##0.00)`
            # quoted sign, both sections
            `"$"#,##0.00_);[Red]("$"#,##0.00)` | USD | EUR | `"EUR "#,##0.00_);[Red]("EUR "#,##0.00)`
            # LibreOffice's bracketed currency with a locale
            `[$$-409]#,##0.00;[RED]-[$$-409]#,##0.00` | USD | GBP | `"GBP "#,##0.00;[RED]-"GBP "#,##0.00`
            # bare sign, escaped sign
            `$#,##0.00` | USD | CHF | `"CHF "#,##0.00`
            `\\$#,##0.00` | USD | CHF | `"CHF "#,##0.00`
            # the template's ISO code as a literal; a locale-only bracket is kept
            `[$-409]"USD" #,##0.00` | USD | JPY | `[$-409]"JPY " #,##0.00`
            # no currency token at all: the code goes before each section, after its colour
            `#,##0.00;[Red]-#,##0.00` | USD | EUR | `"EUR "#,##0.00;[Red]"EUR "-#,##0.00`
            """)
    void moneyFormatForTheReportingCurrency(String template, String templateCurrency, String reporting, String expected) {
        assertThat(CurrencyFormat.forCurrency(template, templateCurrency, reporting)).isEqualTo(expected);
    }
}
