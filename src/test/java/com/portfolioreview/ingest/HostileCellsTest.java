package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * SPEC §1.2's digit limits on single hostile cells: an amount no figure can carry is a bad value,
 * on the byte scan's plain path and on the library path alike, and reading it costs time linear in
 * its length (a 20-million-digit cell used to hang the run in {@code new BigDecimal(String)}).
 */
class HostileCellsTest {

    private static final String SPEND = "spend/spend-2026-10.csv";
    private static final String LIMITS = "has more digits than a figure can carry"
            + " (at most 15 before the decimal separator and 20 after it)";

    @TempDir
    Path dir;

    private PortfolioInputs read(InputFolder input) throws InputUnusableException {
        return new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), YearMonth.of(2026, 10));
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {16, 17, 310, 400})
    void anActualWithMoreThan15IntegerDigitsIsABadValue(int digits) throws Exception {
        String amount = "1" + "0".repeat(digits - 1);
        String row = "AI-001,2026-10,COMPUTE,0," + amount + ",USD";
        String quoted = digits <= 60 ? "\"" + amount + "\""
                : "\"" + amount.substring(0, 40) + "…\" (" + digits + " characters)";

        PortfolioInputs inputs = read(InputFolder.valid(dir).append(SPEND, row));

        assertThat(inputs.issues().list()).containsExactly(InputIssue.rejected(SPEND, 6, "AI-001",
                "bad amount in column 'actual': " + quoted + " " + LIMITS, row));
    }

    @Test
    void fifteenIntegerDigitsAndTwentyDecimalsAreRead() throws Exception {
        // leading zeros do not count: 0000123456789012345 has 15 digits
        PortfolioInputs inputs = read(InputFolder.valid(dir)
                .append(SPEND, "AI-001,2026-09,COMPUTE,0,0000123456789012345,USD")
                .append(SPEND, "AI-001,2026-08,COMPUTE,0,0.12345678901234567890,USD"));

        assertThat(inputs.issues().list()).isEmpty();
        assertThat(inputs.spend().of("AI-001").get(YearMonth.of(2026, 9)).get("COMPUTE").actual())
                .isEqualTo(new BigDecimal("123456789012345"));
        assertThat(inputs.spend().of("AI-001").get(YearMonth.of(2026, 8)).get("COMPUTE").actual())
                .isEqualTo(new BigDecimal("0.12345678901234567890"));
    }

    @Test
    void twentyOneDecimalsAreABadValue() throws Exception {
        String row = "AI-001,2026-10,COMPUTE,0,1.123456789012345678901,USD";
        PortfolioInputs inputs = read(InputFolder.valid(dir).append(SPEND, row));
        assertThat(inputs.issues().list()).singleElement().satisfies(i -> assertThat(i.reason())
                .isEqualTo("bad amount in column 'actual': \"1.123456789012345678901\" " + LIMITS));
    }

    @Test
    void aTwentyMillionDigitCellIsRejectedWithoutHanging() {
        String amount = "9".repeat(20_000_000);
        String row = "AI-001,2026-10,COMPUTE,0," + amount + ",USD";
        InputFolder input = InputFolder.valid(dir).append(SPEND, row);

        // a guard against a hang (quadratic parsing took hours), not a speed measurement
        PortfolioInputs inputs = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> read(input));

        assertThat(inputs.issues().list()).singleElement().satisfies(i -> {
            assertThat(i.reason()).isEqualTo("bad amount in column 'actual': \"" + "9".repeat(40)
                    + "…\" (20,000,000 characters) " + LIMITS);
            assertThat(i.raw()).isEqualTo(row);
        });
    }
}
