package com.portfolioreview.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The record of what the database committed: only a database holding less than recorded is damaged. */
class CommitRecordTest {

    @TempDir
    Path dir;

    @Test
    void writtenRecordReadsBackAndLeavesNoTemporaryFile() throws IOException {
        new CommitRecord(7, 42, 120).write(dir);
        assertThat(CommitRecord.read(dir)).contains(new CommitRecord(7, 42, 120));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("portfolio-review.committed");
        }
    }

    @Test
    void noRecordIsEmptyAndAForeignFileIsAnError() throws IOException {
        assertThat(CommitRecord.read(dir)).isEmpty();
        Files.writeString(dir.resolve(CommitRecord.FILE), "history-rows=lots\n");
        assertThatThrownBy(() -> CommitRecord.read(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a record this program wrote");
    }

    @Test
    void onlyLessThanRecordedIsALoss() {
        CommitRecord recorded = new CommitRecord(7, 42, 120);
        assertThat(recorded.shortfallsOf(recorded)).isEmpty();
        assertThat(recorded.shortfallsOf(new CommitRecord(9, 60, 200))).as("ahead: killed before the record").isEmpty();
        assertThat(recorded.shortfallsOf(new CommitRecord(7, 30, 0)))
                .containsExactly("step executions 30 (recorded 42)", "decision history rows 0 (recorded 120)");
        assertThat(recorded.shortfallsOf(new CommitRecord(-1, 0, 0))).hasSize(3);
    }

    @Test
    void dataPathsTheUrlCannotCarry() {
        assertThat(EmbeddedDatabase.whyUrlCannotCarry(Path.of("/srv/review;ifexists=true"))).isPresent();
        assertThat(EmbeddedDatabase.whyUrlCannotCarry(Path.of("/srv/${HOME}"))).isPresent();
        assertThat(EmbeddedDatabase.whyUrlCannotCarry(Path.of("/srv/data #1 (100%) $x ~y:z"))).isEmpty();
    }
}
