package com.portfolioreview.portfolio;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The KPI targets survive a step snapshot field for field: texts, directions, exact decimals with their scale, nulls, order. */
class TargetsByInitiativeTest {

    @Test
    void aSnapshotGivesBackEveryTargetExactlyAndInOrder() throws Exception {
        Map<String, List<KpiTarget>> byInitiative = new LinkedHashMap<>();
        byInitiative.put("SD-003", List.of(
                new KpiTarget("SD-003", "Deflection rate", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("12.50"),
                        new BigDecimal("40"), new BigDecimal("1200.000000"), BigDecimal.ONE),
                new KpiTarget("SD-003", "Délai moyen – MTTR", "h", Direction.LOWER_IS_BETTER, new BigDecimal("-0.0001"),
                        new BigDecimal("123456789012345678901234567890.123456789"), null, new BigDecimal("2.0"))));
        byInitiative.put("AI-9", List.of());
        byInitiative.put("INF-005", List.of(new KpiTarget("INF-005", "Forecast accuracy", null, null, BigDecimal.ZERO,
                new BigDecimal("1E+3"), new BigDecimal("0.00"), null)));
        TargetsByInitiative targets = new TargetsByInitiative(byInitiative);

        Map<String, List<KpiTarget>> read = roundTrip(targets);

        assertThat(read).isInstanceOf(TargetsByInitiative.class).isEqualTo(byInitiative);
        assertThat(read.keySet()).containsExactly("SD-003", "AI-9", "INF-005");
        KpiTarget second = read.get("SD-003").get(1);
        assertThat(second.kpi()).isEqualTo("Délai moyen – MTTR");
        assertThat(second.target().toPlainString()).isEqualTo("123456789012345678901234567890.123456789");
        assertThat(second.weight().scale()).isEqualTo(1);
        assertThat(read.get("SD-003").get(0).valuePerUnit().scale()).isEqualTo(6);
        assertThat(read.get("INF-005").get(0).target().scale()).isEqualTo(-3);
        assertThat(read.get("INF-005").get(0).direction()).isNull();
        assertThat(read.getOrDefault("nobody", List.of())).isEmpty();
    }

    @Test
    void theInputsKeepTheirTargetsInThatFormAndAcrossASnapshot() throws Exception {
        Map<String, List<KpiTarget>> byInitiative = Map.of("SD-003", List.of(new KpiTarget("SD-003", "MTTR", "h",
                Direction.LOWER_IS_BETTER, new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("1"), BigDecimal.ONE)));
        PortfolioInputs inputs = new PortfolioInputs(YearMonth.of(2026, 10), "USD", List.of(), byInitiative,
                new SpendLedger(), new KpiMeasurements(), List.of(), InputIssues.none(), List.of());

        assertThat(inputs.targets()).isInstanceOf(TargetsByInitiative.class).isEqualTo(byInitiative);
        assertThat(roundTrip(inputs).targets()).isEqualTo(byInitiative);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
