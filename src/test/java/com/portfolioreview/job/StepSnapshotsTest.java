package com.portfolioreview.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a step's result reaches the next step: always through the file (a restarted process has
 * only that), and within one process also in memory, except for what was saved on disk only
 * (the per-file aggregates, which would not fit the heap together) or already taken.
 */
class StepSnapshotsTest {

    @TempDir
    Path data;

    @Test
    void aSavedValueIsHandedOverInMemoryAndKeptForLaterSteps() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> inputs = new ArrayList<>(List.of("ledger"));
        snapshots.save(7, "inputs", inputs);

        assertThat(snapshots.load(7, "inputs", ArrayList.class)).isSameAs(inputs);
        assertThat(snapshots.load(7, "inputs", ArrayList.class)).isSameAs(inputs); // review, then publish
        // another process (a restart) reads the file
        assertThat(new StepSnapshots(data).load(7, "inputs", ArrayList.class)).isEqualTo(inputs).isNotSameAs(inputs);
    }

    @Test
    void aValueSavedOnDiskOnlyIsReadBackFromTheFile() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> aggregate = new ArrayList<>(List.of("spend-2026.csv"));
        snapshots.saveOnDisk(7, "export-spend", aggregate);

        Object read = snapshots.take(7, "export-spend", ArrayList.class);
        assertThat(read).isEqualTo(aggregate).isNotSameAs(aggregate);
    }

    @Test
    void aTakenValueIsForgottenByTheProcessButTheFileStays() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> value = new ArrayList<>(List.of("x"));
        snapshots.save(7, "export-kpi", value);

        assertThat(snapshots.take(7, "export-kpi", ArrayList.class)).isSameAs(value);
        Object again = snapshots.take(7, "export-kpi", ArrayList.class); // a retried step
        assertThat(again).isEqualTo(value).isNotSameAs(value);
    }

    @Test
    void discardingRemovesTheFilesAndWhatIsHeld() {
        StepSnapshots snapshots = new StepSnapshots(data);
        snapshots.save(7, "inputs", new ArrayList<>(List.of("x")));
        snapshots.discard(7);

        assertThat(Files.exists(data.resolve("work").resolve("instance-7"))).isFalse();
        assertThatThrownBy(() -> snapshots.load(7, "inputs", ArrayList.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read step snapshot");
    }
}
