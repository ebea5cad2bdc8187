package com.portfolioreview.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationTest {

    @TempDir
    Path dir;

    private long files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void outputsAppearOnlyWhenPublished() throws IOException {
        Path a = dir.resolve("a.csv");
        try (Publication p = new Publication("run-1")) {
            p.write(a, f -> Files.writeString(f, "new"));
            assertThat(a).doesNotExist();
            assertThat(p.publish()).containsExactly(a);
        }
        assertThat(a).hasContent("new");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void aFailedRunLeavesThePreviousOutputsAndNoTemporaryFile() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "previous");
        assertThatThrownBy(() -> {
            try (Publication p = new Publication("run-2")) {
                p.write(a, f -> Files.writeString(f, "new"));
                p.write(dir.resolve("b.csv"), f -> {
                    throw new IOException("disk full");
                });
                p.publish();
            }
        }).hasMessage("disk full");
        assertThat(a).hasContent("previous");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void aTargetThatCannotBeReplacedStopsThePublicationBeforeAnythingMoves() throws IOException {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, "previous");
        Files.createDirectories(dir.resolve("b.csv/inside"));
        assertThatThrownBy(() -> {
            try (Publication p = new Publication("run-3")) {
                p.write(a, f -> Files.writeString(f, "new"));
                p.write(dir.resolve("b.csv"), f -> Files.writeString(f, "new"));
                p.publish();
            }
        }).hasMessageContaining("b.csv");
        assertThat(a).hasContent("previous");
        assertThat(files()).isEqualTo(1);
    }

    @Test
    void csvInjectionIsNeutralised() {
        assertThat(RejectsCsv.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(RejectsCsv.neutralise("+1")).isEqualTo("'+1");
        assertThat(RejectsCsv.neutralise("-1")).isEqualTo("'-1");
        assertThat(RejectsCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RejectsCsv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(RejectsCsv.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(RejectsCsv.neutralise("AI-001")).isEqualTo("AI-001");
        assertThat(RejectsCsv.neutralise(null)).isEmpty();
    }
}
