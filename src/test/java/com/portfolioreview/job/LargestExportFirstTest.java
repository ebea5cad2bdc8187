package com.portfolioreview.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargestExportFirstTest {

    @TempDir
    Path dir;

    @Test
    void exportsAreStartedLargestFirstTiesAndUnreadableSizesInTheirGivenOrder() throws Exception {
        Path small = Files.writeString(dir.resolve("a-small.csv"), "x".repeat(10));
        Path large = Files.writeString(dir.resolve("b-large.csv"), "x".repeat(1000));
        Path tieOne = Files.writeString(dir.resolve("c-tie.csv"), "x".repeat(100));
        Path tieTwo = Files.writeString(dir.resolve("d-tie.csv"), "x".repeat(100));
        Path gone = dir.resolve("e-gone.csv");

        assertThat(LargestExportFirst.largestFirst(List.of(small, gone, tieOne, large, tieTwo)))
                .containsExactly(large, tieOne, tieTwo, small, gone);
    }
}
