package com.portfolioreview.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedSetsTest {

    /** A process that is not running: no pid is that large. */
    private static final SetOwner GONE = new SetOwner(999_999_999L, 1_764_421_200_123L);

    @TempDir
    Path out;

    private Path aside(String period, SetOwner owner, PublishedSets.Kind kind, String content) throws IOException {
        Path set = PublishedSets.aside(out.resolve(period), owner.tag() + "-0a1b2c3d", kind);
        Files.createDirectories(set.resolve("business-units"));
        Files.writeString(set.resolve("run-summary.json"), content);
        Files.writeString(set.resolve("business-units/unit.xlsx"), content);
        return set;
    }

    private Path published(String period, String content) throws IOException {
        Path set = out.resolve(period);
        Files.createDirectories(set);
        Files.writeString(set.resolve("run-summary.json"), content);
        return set;
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void killedBetweenTheTwoRenamesThePreviousSetIsPutBack() throws IOException {
        aside("2026-10", GONE, PublishedSets.Kind.OLD, "previous");
        aside("2026-10", GONE, PublishedSets.Kind.NEW, "new");

        List<String> notes = PublishedSets.recover(out);

        assertThat(entries()).containsExactly("2026-10");
        assertThat(out.resolve("2026-10/run-summary.json")).hasContent("previous");
        assertThat(out.resolve("2026-10/business-units/unit.xlsx")).hasContent("previous");
        assertThat(notes).anyMatch(n -> n.startsWith("put back the previous outputs of 2026-10"))
                .anyMatch(n -> n.startsWith("removed the unpublished outputs of 2026-10"));
    }

    @Test
    void killedAfterTheSwapTheNewSetStaysAndThePreviousOneIsRemoved() throws IOException {
        published("2026-10", "new");
        Path previous = aside("2026-10", GONE, PublishedSets.Kind.OLD, "previous");
        Files.delete(previous.resolve("run-summary.json")); // killed while removing it

        List<String> notes = PublishedSets.recover(out);

        assertThat(entries()).containsExactly("2026-10");
        assertThat(out.resolve("2026-10/run-summary.json")).hasContent("new");
        assertThat(notes).singleElement().asString().startsWith("removed the previous outputs of 2026-10 that an interrupted run left aside");
    }

    @Test
    void killedWhileWritingTheNewSetIsRemovedAndThePublishedOneUntouched() throws IOException {
        published("2026-10", "previous");
        aside("2026-10", GONE, PublishedSets.Kind.NEW, "half written");
        aside("2026-11", GONE, PublishedSets.Kind.NEW, "first publication of a period, half written");

        PublishedSets.recover(out);

        assertThat(entries()).containsExactly("2026-10");
        assertThat(out.resolve("2026-10/run-summary.json")).hasContent("previous");
    }

    @Test
    void theSetsOfARunStillGoingAreLeftAlone() throws IOException {
        Path writing = aside("2026-10", SetOwner.current(), PublishedSets.Kind.NEW, "being written");
        Path moved = aside("2026-10", SetOwner.current(), PublishedSets.Kind.OLD, "between the renames");

        assertThat(PublishedSets.recover(out)).isEmpty();

        assertThat(writing).exists();
        assertThat(moved).exists();
        assertThat(out.resolve("2026-10")).doesNotExist();
    }

    @Test
    void aPidThatALaterProcessGotAgainIsNotMistakenForTheOwner() throws IOException {
        SetOwner current = SetOwner.current();
        SetOwner earlierWithTheSamePid = new SetOwner(current.pid(), current.startMillis() - 60_000);
        aside("2026-10", earlierWithTheSamePid, PublishedSets.Kind.NEW, "left by a killed run");

        PublishedSets.recover(out);

        assertThat(entries()).isEmpty();
    }

    @Test
    void temporaryFilesOfTheEarlierFileByFilePublishingAreRemoved() throws IOException {
        published("2026-09", "published");
        Files.writeString(out.resolve("2026-09/.run-summary.json.run-3.tmp"), "{\"half");
        Files.createDirectories(out.resolve("2026-09/business-units"));
        Files.writeString(out.resolve("2026-09/business-units/.portfolio-review-2026-09-x.xlsx.run-3.tmp"), "PK");
        Files.writeString(out.resolve("2026-09/business-units/portfolio-review-2026-09-x.xlsx"), "PK whole");

        PublishedSets.recover(out);

        try (Stream<Path> s = Files.walk(out.resolve("2026-09"))) {
            assertThat(s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("run-summary.json", "portfolio-review-2026-09-x.xlsx");
        }
    }

    @Test
    void anythingElseInTheOutputDirectoryIsLeftAlone() throws IOException {
        published("2026-10", "published");
        Files.writeString(out.resolve(".keep"), "");
        Files.createDirectories(out.resolve(".2026-10.backup"));
        Files.createDirectories(out.resolve(".2026-10.p12-34.old")); // no nonce: not ours

        assertThat(PublishedSets.recover(out)).isEmpty();
        assertThat(entries()).containsExactly(".2026-10.backup", ".2026-10.p12-34.old", ".keep", "2026-10");
    }

    @Test
    void anOutputDirectoryThatDoesNotExistYetHasNothingToRecover() {
        assertThat(PublishedSets.recover(out.resolve("missing"))).isEmpty();
    }
}
