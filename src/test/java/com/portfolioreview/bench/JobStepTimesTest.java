package com.portfolioreview.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobStepTimesTest {

    @Test
    void readsEachStepsTimeFromTheEndOfItsClosingLine() {
        List<String> log = List.of(
                "17:44:50 INFO  reviewing period 2026-10 from /b/in (fingerprint 0123456789ab)",
                "17:44:51 INFO    read spend/spend-2024-04-to-2024-12.csv: 2,941,177 rows, 147 rejected (1.204 s, 2,442,838 rows/s)",
                "17:44:58 INFO  step ingest: 9 files, 10,000,004 rows read, 504 rejected, 3 warnings, 5000 initiatives (7.312 s)",
                "17:45:00 INFO  step review: 5000 initiatives: 1210 CONTINUE, 3790 CANCEL (1.848 s)",
                "17:45:21 INFO  step publish: 12 files written to /b/work (2.5 s) run/out/2026-10 (20.75 s)",
                "17:45:21 INFO  done: period 2026-10: 5000 initiatives; workbook /b/out/portfolio-review-2026-10.xlsx");

        assertThat(JobStepTimes.of(log)).containsExactly(
                java.util.Map.entry("ingest", 7.312), java.util.Map.entry("review", 1.848),
                java.util.Map.entry("publish", 20.75));
    }

    @Test
    void aJobThatStoppedEarlyHasOnlyTheStepsItFinished() {
        assertThat(JobStepTimes.of(List.of("17:44:58 INFO  step ingest: 9 files, 10 rows read (0.5 s)",
                "17:44:59 ERROR run #3 failed in step review, nothing published"))).containsOnlyKeys("ingest");
    }
}
