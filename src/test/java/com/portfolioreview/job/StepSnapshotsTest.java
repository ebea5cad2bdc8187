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

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final Snapshot<ArrayList> INPUTS = new Snapshot<>("inputs", ArrayList.class, Snapshot.Form.SERIALISED);
    private static final Snapshot<ArrayList> SPEND = new Snapshot<>("export-spend", ArrayList.class, Snapshot.Form.SERIALISED);
    private static final Snapshot<ArrayList> KPI = new Snapshot<>("export-kpi", ArrayList.class, Snapshot.Form.SERIALISED);

    @TempDir
    Path data;

    @Test
    void aSavedValueIsHandedOverInMemoryAndKeptForLaterSteps() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> inputs = new ArrayList<>(List.of("ledger"));
        snapshots.save(7, INPUTS, inputs);

        assertThat(snapshots.load(7, INPUTS)).isSameAs(inputs);
        assertThat(snapshots.load(7, INPUTS)).isSameAs(inputs); // review, then publish
        // another process (a restart) reads the file
        assertThat(new StepSnapshots(data).load(7, INPUTS)).isEqualTo(inputs).isNotSameAs(inputs);
    }

    @Test
    void aValueSavedOnDiskOnlyIsReadBackFromTheFile() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> aggregate = new ArrayList<>(List.of("spend-2026.csv"));
        snapshots.saveOnDisk(7, SPEND, aggregate);

        Object read = snapshots.take(7, SPEND);
        assertThat(read).isEqualTo(aggregate).isNotSameAs(aggregate);
    }

    @Test
    void aTakenValueIsForgottenByTheProcessButTheFileStays() {
        StepSnapshots snapshots = new StepSnapshots(data);
        ArrayList<String> value = new ArrayList<>(List.of("x"));
        snapshots.save(7, KPI, value);

        assertThat(snapshots.take(7, KPI)).isSameAs(value);
        Object again = snapshots.take(7, KPI); // a retried step
        assertThat(again).isEqualTo(value).isNotSameAs(value);
    }

    @Test
    void discardingRemovesTheFilesAndWhatIsHeld() {
        StepSnapshots snapshots = new StepSnapshots(data);
        snapshots.save(7, INPUTS, new ArrayList<>(List.of("x")));
        snapshots.discard(7);

        assertThat(Files.exists(data.resolve("work").resolve("instance-7"))).isFalse();
        assertThatThrownBy(() -> snapshots.load(7, INPUTS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read step snapshot");
    }

    @Test
    void aSnapshotOfTheFormatBeforeTheHeaderIsRefusedNamingRerun() throws Exception {
        StepSnapshots snapshots = new StepSnapshots(data);
        snapshots.save(7, INPUTS, new ArrayList<>(List.of("x")));
        // what the builds before the header wrote: the same Java serialisation, with nothing before it
        Path file = data.resolve("work/instance-7/inputs.bin");
        byte[] bytes = Files.readAllBytes(file);
        int header = "portfolio-review snapshot 2\n".length();
        Files.write(file, java.util.Arrays.copyOfRange(bytes, header, bytes.length));

        assertThatThrownBy(() -> new StepSnapshots(data).load(7, INPUTS))
                .isInstanceOf(SnapshotFormat.OtherVersionException.class)
                .isInstanceOf(StepSnapshots.UnreadableException.class)
                .hasMessage("step snapshot " + file + " was saved in snapshot format 1 by another version of the program,"
                        + " and this version reads format " + SnapshotFormat.VERSION + " only, so the run cannot be"
                        + " resumed; run with --rerun to review these inputs afresh");
    }

    @Test
    void aSnapshotOfALaterFormatIsRefusedWithItsVersion() throws Exception {
        StepSnapshots snapshots = new StepSnapshots(data);
        snapshots.save(7, INPUTS, new ArrayList<>(List.of("x")));
        Path file = data.resolve("work/instance-7/inputs.bin");
        byte[] bytes = Files.readAllBytes(file);
        bytes["portfolio-review snapshot ".length()] = '9';
        Files.write(file, bytes);

        assertThatThrownBy(() -> new StepSnapshots(data).load(7, INPUTS))
                .isInstanceOf(SnapshotFormat.OtherVersionException.class)
                .hasMessageContaining("saved in snapshot format 9 by another version")
                .hasMessageEndingWith("run with --rerun to review these inputs afresh");
    }

    @Test
    void everySnapshotBeginsWithItsFormatLine() throws Exception {
        new StepSnapshots(data).saveOnDisk(7, SPEND, new ArrayList<>(List.of("x")));
        byte[] bytes = Files.readAllBytes(data.resolve("work/instance-7/export-spend.bin"));
        assertThat(new String(bytes, 0, 28, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("portfolio-review snapshot " + SnapshotFormat.VERSION + "\n");
    }
}
