package com.portfolioreview.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationTest {

    @TempDir
    Path dir;

    private Path target() {
        return dir.resolve("2026-10");
    }

    /** Every entry of the output directory, and every file under it, as relative paths. */
    private List<String> everything() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private void previousSet() throws IOException {
        Files.createDirectories(target().resolve("business-units"));
        Files.writeString(target().resolve("a.csv"), "previous");
        Files.writeString(target().resolve("business-units/gone.xlsx"), "a unit that no longer exists");
    }

    @Test
    void theNewSetAppearsAsAWholeOnlyWhenSwappedIn() throws IOException {
        previousSet();
        try (Publication p = Publication.of(target())) {
            p.write("a.csv", f -> Files.writeString(f, "new"));
            p.write("business-units/unit.xlsx", f -> Files.writeString(f, "new unit"));
            assertThat(target().resolve("a.csv")).hasContent("previous");
            assertThat(p.swapIn()).containsExactly(target().resolve("a.csv"), target().resolve("business-units/unit.xlsx"));
            assertThat(p.previousAside().resolve("a.csv")).as("kept until the run has recorded it").hasContent("previous");
            p.removePrevious();
        }
        assertThat(target().resolve("a.csv")).hasContent("new");
        assertThat(everything()).as("the stale unit's workbook went with the previous set")
                .containsExactly("2026-10", "2026-10/a.csv", "2026-10/business-units", "2026-10/business-units/unit.xlsx");
    }

    @Test
    void theFirstPublicationOfAPeriodCreatesItsDirectory() throws IOException {
        try (Publication p = Publication.of(target())) {
            p.write("a.csv", f -> Files.writeString(f, "new"));
            p.swapIn();
            p.removePrevious();
        }
        assertThat(everything()).containsExactly("2026-10", "2026-10/a.csv");
    }

    @Test
    void aFailedWriteLeavesThePreviousSetAndNothingAside() throws IOException {
        previousSet();
        List<String> before = everything();
        assertThatThrownBy(() -> {
            try (Publication p = Publication.of(target())) {
                p.write("a.csv", f -> Files.writeString(f, "new"));
                p.write("b.csv", f -> {
                    throw new IOException("disk full");
                });
                p.swapIn();
            }
        }).hasMessage("disk full");
        assertThat(everything()).isEqualTo(before);
        assertThat(target().resolve("a.csv")).hasContent("previous");
    }

    /** (A rename refused between the two renames is shown on the real program: PublishAsASetTest.) */
    @Test
    void aNewSetThatVanishedBeforeTheSwapLeavesThePreviousSet() throws IOException {
        previousSet();
        List<String> before = everything();
        assertThatThrownBy(() -> {
            try (Publication p = Publication.of(target())) {
                Path file = p.reserve("a.csv");
                Files.writeString(file, "new");
                // the new set cannot be moved in: it is gone
                try (Stream<Path> s = Files.walk(file.getParent())) {
                    for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(x);
                    }
                }
                p.swapIn();
            }
        }).hasMessageContaining(".2026-10.p");
        assertThat(everything()).isEqualTo(before);
        assertThat(target().resolve("a.csv")).hasContent("previous");
    }

    @Test
    void aPreviousSetThatCannotBeMovedAsideStaysAndTheNewOneIsDropped() throws IOException {
        previousSet();
        List<String> before = everything();
        assertThatThrownBy(() -> {
            try (Publication p = Publication.of(target())) {
                p.write("a.csv", f -> Files.writeString(f, "new"));
                Files.createDirectories(p.previousAside().resolve("in-the-way"));
                try {
                    p.swapIn();
                } finally {
                    Files.delete(p.previousAside().resolve("in-the-way"));
                    Files.delete(p.previousAside());
                }
            }
        }).hasMessageContaining("cannot move the previous outputs in " + target().toAbsolutePath() + " aside");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aRunThatCouldNotRecordItsPublicationPutsThePreviousSetBack() throws IOException {
        previousSet();
        List<String> before = everything();
        try (Publication p = Publication.of(target())) {
            p.write("a.csv", f -> Files.writeString(f, "new"));
            p.swapIn();
            p.putPreviousBack();
        }
        assertThat(everything()).isEqualTo(before);
        assertThat(target().resolve("a.csv")).hasContent("previous");
    }

    @Test
    void twoPublicationsOfOnePeriodInOneProcessWriteApart() throws IOException {
        try (Publication one = Publication.of(target()); Publication two = Publication.of(target())) {
            assertThat(one.reserve("a.csv")).isNotEqualTo(two.reserve("a.csv"));
            assertThat(one.previousAside()).isNotEqualTo(two.previousAside());
        }
        assertThat(everything()).isEmpty();
    }

    @Test
    void aFileOutsideTheSetIsRefused() throws IOException {
        try (Publication p = Publication.of(target())) {
            assertThatThrownBy(() -> p.reserve("../elsewhere.csv")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
