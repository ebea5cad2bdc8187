package com.portfolioreview.decision;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FindingWordingTest {

    @Test
    void moneyIsRoundedHalfUpToWholeUnitsAndGroupedAsFormatWouldGroupIt() {
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal amount = i % 10 == 0
                    ? new BigDecimal(new BigInteger(90, random).subtract(BigInteger.ONE.shiftLeft(89)), random.nextInt(4))
                    : BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(5));
            String expected = "EUR " + String.format(Locale.ROOT, "%,d",
                    amount.setScale(0, java.math.RoundingMode.HALF_UP).toBigInteger());
            assertThat(FindingWording.money("EUR", amount)).as(amount.toPlainString()).isEqualTo(expected);
        }
        assertThat(FindingWording.money("USD", new BigDecimal("-999.5"))).isEqualTo("USD -1,000");
        assertThat(FindingWording.money("USD", new BigDecimal("0.49"))).isEqualTo("USD 0");
        assertThat(FindingWording.money("USD", new BigDecimal("123456.5"))).isEqualTo("USD 123,457");
        assertThat(FindingWording.money("USD", new BigDecimal("1E+7"))).isEqualTo("USD 10,000,000");
    }
}
