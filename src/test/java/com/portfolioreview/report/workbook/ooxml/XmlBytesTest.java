package com.portfolioreview.report.workbook.ooxml;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as the sheet XML carries them: the same text Java itself would print. */
class XmlBytesTest {

    private static String text(XmlBytes x) {
        return new String(x.array(), 0, x.size(), StandardCharsets.UTF_8);
    }

    @Test
    void aNumberThatIsNotFiniteIsNeverWritten() {
        for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new XmlBytes(4).number(bad))
                    .hasMessageContaining("not finite");
        }
        // a 310-digit decimal, once past the plain-digits path, would have been Infinity
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new XmlBytes(4).number(new BigDecimal("1e310")))
                .hasMessageContaining("not finite");
    }

    @Test
    void aLongIsWrittenAsLongToStringWrites() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            values.addAll(List.of(p - 1, p, p + 1, -p, -(p - 1)));
            if (p > Long.MAX_VALUE / 10) {
                break;
            }
        }
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        XmlBytes x = new XmlBytes(4);
        for (long v : values) {
            x.reset();
            assertThat(text(x.number(v))).isEqualTo(Long.toString(v));
        }
    }

    @Test
    void anExactDecimalIsWrittenAsItsPlainString() {
        Random random = new Random(12);
        XmlBytes x = new XmlBytes(4);
        for (int i = 0; i < 10_000; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(22) - 3);
            x.reset();
            String written = text(x.number(v));
            assertThat(new BigDecimal(written)).as(v.toPlainString()).isEqualByComparingTo(v);
            if (v.scale() >= 0 && v.precision() <= 18) {
                assertThat(written).isEqualTo(v.toPlainString());
            }
        }
    }
}
