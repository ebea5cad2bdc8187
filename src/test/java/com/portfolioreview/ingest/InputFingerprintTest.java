package com.portfolioreview.ingest;

import com.portfolioreview.testsupport.InputFolder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void isAStableHexSha256() throws Exception {
        InputFolder.valid(dir);
        String first = InputFingerprint.of(dir);
        assertThat(first).matches("[0-9a-f]{64}");
        assertThat(InputFingerprint.of(dir)).isEqualTo(first);
    }

    @Test
    void changesWhenOneByteChanges() throws Exception {
        InputFolder input = InputFolder.valid(dir);
        String before = InputFingerprint.of(dir);
        // 12,500.50 -> 12,500.51 in one spend row
        input.write("spend/spend-2026-10.csv", InputFolder.SPEND.replace("12,500.50", "12,500.51"));
        assertThat(InputFingerprint.of(dir)).isNotEqualTo(before);
    }

    @Test
    void changesWhenAFileIsRenamedOrAdded() throws Exception {
        InputFolder input = InputFolder.valid(dir);
        String before = InputFingerprint.of(dir);
        Files.move(dir.resolve("kpi/kpi-2026-10.csv"), dir.resolve("kpi/kpi-oct.csv"));
        String renamed = InputFingerprint.of(dir);
        assertThat(renamed).isNotEqualTo(before);
        input.write("spend/spend-2026-11.csv", "initiative_id,period,cost_category,budget,actual,currency\n");
        assertThat(InputFingerprint.of(dir)).isNotEqualTo(renamed);
    }

    @Test
    void ignoresModificationTimesHiddenAndNonCsvFiles() throws Exception {
        InputFolder input = InputFolder.valid(dir);
        String before = InputFingerprint.of(dir);
        Files.setLastModifiedTime(dir.resolve("initiatives.csv"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        input.write("spend/.hidden.csv", "x").write("kpi/notes.txt", "x").write("README.md", "x");
        assertThat(InputFingerprint.of(dir)).isEqualTo(before);
    }
}
