package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static com.portfolioreview.PortfolioFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A partition's KPI values are saved (columns cut to size, no key index) and read back by
 * merge-inputs, which looks keys up and may add more: the table must behave as before saving.
 */
class MeasuredValuesSnapshotTest {

    @Test
    void aSavedTableFindsEveryKeyAndGrowsAfterItIsReadBack() throws Exception {
        List<KpiTarget> targets = List.of(target("AI-1", "MTTR", Direction.LOWER_IS_BETTER, "10", "5", "1", "1"),
                target("AI-2", "Tickets", Direction.HIGHER_IS_BETTER, "0", "100", "2", "1"));
        MeasuredValues values = new MeasuredValues(targets);
        int source = values.addSource(new MeasuredValues.Source("kpi/a.csv", Path.of("kpi", "a.csv")));
        int n = 3_000; // past the first capacity (1,024) and an index growth
        for (int i = 0; i < n; i++) {
            assertThat(values.putPlain(MeasuredValues.keyOf(i % 2, 24_000 + i), 1_000 + i, 2, source, i + 2, 40L * i))
                    .isNull();
        }

        MeasuredValues read = roundTrip(values);
        // the targets are not in the snapshot: the merge gives them back, from the same targets file
        assertThatThrownBy(() -> read.useTargets(targets.subList(0, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KPI values read against 2 KPI targets are merged with 1: kpi_targets.csv changed during the run");
        read.useTargets(targets);

        assertThat(read.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            int slot = read.find(MeasuredValues.keyOf(i % 2, 24_000 + i));
            assertThat(slot).isEqualTo(i);
            assertThat(read.value(slot)).isEqualTo(BigDecimal.valueOf(1_000 + i, 2));
            assertThat(read.line(slot)).isEqualTo(i + 2);
            assertThat(read.target(slot)).isEqualTo(targets.get(i % 2));
        }
        assertThat(read.find(MeasuredValues.keyOf(0, 1))).isEqualTo(-1);
        // a known key restated: 1,000 × 10^-2 (slot 0, line 2) replaced by 1
        assertThat(read.putPlain(MeasuredValues.keyOf(0, 24_000), 1, 0, source, 9, 0))
                .isEqualTo("kpi 'MTTR' of initiative 'AI-1' for 2000-01 restated: 10.00 (line 2) replaced by 1");
        assertThat(read.value(0)).isEqualTo(BigDecimal.ONE);
        assertThat(read.putPlain(MeasuredValues.keyOf(1, 1), 7, 0, source, 9, 0)).isNull();
        assertThat(read.find(MeasuredValues.keyOf(1, 1))).isEqualTo(n);
        assertThat(read.value(n)).isEqualTo(BigDecimal.valueOf(7));

        MeasuredValues empty = roundTrip(new MeasuredValues(targets));
        empty.useTargets(targets);
        assertThat(empty.size()).isZero();
        empty.addSource(new MeasuredValues.Source("kpi/a.csv", Path.of("kpi", "a.csv")));
        assertThat(empty.putPlain(MeasuredValues.keyOf(0, 5), 1, 0, 0, 2, 0)).isNull();
        assertThat(empty.find(MeasuredValues.keyOf(0, 5))).isZero();
    }

    @Test
    void afterItsProvenanceIsDroppedTheTableStillGivesEveryKeyAndValueButTakesNoMore() {
        List<KpiTarget> targets = List.of(target("AI-1", "MTTR", Direction.LOWER_IS_BETTER, "10", "5", "1", "1"));
        MeasuredValues values = new MeasuredValues(targets);
        int source = values.addSource(new MeasuredValues.Source("kpi/a.csv", Path.of("kpi", "a.csv")));
        for (int i = 0; i < 2_000; i++) {
            values.putPlain(MeasuredValues.keyOf(0, 24_000 + i), i, 1, source, i + 2, 0);
        }
        values.dropProvenance();

        assertThat(values.size()).isEqualTo(2_000);
        for (int slot = 0; slot < values.size(); slot++) {
            assertThat(values.targetIndex(slot)).isZero();
            assertThat(values.monthIndex(slot)).isEqualTo(24_000 + slot);
            assertThat(values.value(slot)).isEqualTo(BigDecimal.valueOf(slot, 1));
        }
        assertThatThrownBy(() -> values.putPlain(MeasuredValues.keyOf(0, 1), 1, 0, source, 9, 0))
                .isInstanceOf(IllegalStateException.class);
    }

    private static MeasuredValues roundTrip(MeasuredValues values) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(values);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (MeasuredValues) in.readObject();
        }
    }
}
