package com.portfolioreview.portfolio;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiMeasurementsTest {

    private static int month(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    @Test
    void measurementsOverAColumnIndexItsValuesWithoutCopyingThem() throws Exception {
        ExactDecimals column = new ExactDecimals();
        column.add(new BigDecimal("12.50"));
        column.add(new BigDecimal("-3"));
        column.add(new BigDecimal("0.0001"));
        KpiMeasurements kpis = KpiMeasurements.over(column);
        kpis.series("AI-001", "tickets", 3).index(month(YearMonth.of(2026, 9)), 2);
        kpis.series("AI-001", "tickets", 3).index(month(YearMonth.of(2026, 10)), 0);
        kpis.series("AI-002", "mttr", 1).index(month(YearMonth.of(2026, 10)), 1);

        assertThat(kpis.of("AI-001").get("tickets"))
                .containsExactly(java.util.Map.entry(YearMonth.of(2026, 9), new BigDecimal("0.0001")),
                        java.util.Map.entry(YearMonth.of(2026, 10), new BigDecimal("12.50")));
        assertThat(kpis.of("AI-002").get("mttr")).containsExactly(
                java.util.Map.entry(YearMonth.of(2026, 10), new BigDecimal("-3")));
        // a later put replaces, as for measurements made one by one
        assertThat(kpis.put("AI-002", "mttr", YearMonth.of(2026, 10), new BigDecimal("4"))).isEqualByComparingTo("-3");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(kpis);
        }
        KpiMeasurements read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (KpiMeasurements) in.readObject();
        }
        assertThat(read.of("AI-001")).isEqualTo(kpis.of("AI-001"));
        assertThat(read.of("AI-002").get("mttr")).containsExactly(
                java.util.Map.entry(YearMonth.of(2026, 10), new BigDecimal("4")));
    }

    @Test
    void aMonthIndexedTwiceIsRefused() {
        ExactDecimals column = new ExactDecimals();
        column.add(BigDecimal.ONE);
        column.add(BigDecimal.TEN);
        KpiMeasurements kpis = KpiMeasurements.over(column);
        KpiMeasurements.Series series = kpis.series("AI-001", "tickets", 2);
        series.index(month(YearMonth.of(2026, 10)), 0);

        assertThatThrownBy(() -> series.index(month(YearMonth.of(2026, 10)), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("recorded already");
    }

    @Test
    void seriesMadeForAnInitiativeAlreadyMeasuredKeepItsValues() throws IOException {
        KpiMeasurements kpis = new KpiMeasurements();
        kpis.put("AI-001", "tickets", YearMonth.of(2026, 8), new BigDecimal("7"));
        ExactDecimals column = new ExactDecimals();
        column.add(new BigDecimal("9"));
        kpis.series("AI-001", "tickets", 1).put(month(YearMonth.of(2026, 9)), column, 0);

        assertThat(kpis.of("AI-001").get("tickets")).containsExactly(
                java.util.Map.entry(YearMonth.of(2026, 8), new BigDecimal("7")),
                java.util.Map.entry(YearMonth.of(2026, 9), new BigDecimal("9")));
    }
}
