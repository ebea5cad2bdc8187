package com.portfolioreview.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static com.portfolioreview.PortfolioFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetPresentValueTest {

    @ParameterizedTest(name = "net {0}/month, H {1}, r {2}")
    @CsvSource({
            // v = 1.1^(−1/12) = 0.99208894; Σ_{t=1..24} v^t = v(1 − v^24)/(1 − v), v^24 = 1/1.21 = 0.82644628
            // = 0.99208894 × 0.17355372 / 0.00791106 = 21.76456767 → 1000 × 21.76456767
            "1000,  24, 0.10, 21764.57",
            "-500,  24, 0.10, -10882.28",   // −500 × 21.76456767
            // H 12: Σ_{t=1..12} v^t = v(1 − 1/1.1)/(1 − v) = 11.40048783
            "1000,  12, 0.10, 11400.49",
            "1000,  24, 0.0,  24000.00",    // no discounting: 24 × 1000
            "1000,   0, 0.10, 0.00",        // no horizon
    })
    void constantMonthlyNetDiscountedAnnually(String net, int horizon, double rate, BigDecimal expected) {
        BigDecimal npv = NetPresentValue.of(d(net), horizon, rate);

        assertThat(npv.doubleValue()).isCloseTo(expected.doubleValue(), within(0.005));
    }

    @ParameterizedTest(name = "H {0}, r {1}")
    @CsvSource({
            "24, 0.10, 21.76456767417677",
            "12, 0.10, 11.40048782933069",
            "1,  0.10, 0.99208894344699",
    })
    void discountFactor(int horizon, double rate, double expected) {
        assertThat(NetPresentValue.discountFactor(horizon, rate)).isCloseTo(expected, within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void emptyNetRunRateGivesEmptyNpv() {
        assertThat(NetPresentValue.of(null, 24, 0.10)).isNull();
    }
}
