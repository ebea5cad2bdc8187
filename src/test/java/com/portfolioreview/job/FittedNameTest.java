package com.portfolioreview.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4: names derived from input file names fit, stay readable, and never collide. */
class FittedNameTest {

    private static final String SAP = "spend/Finance_Export_AI_Initiatives_Spend_Report_2026-10_generated_by_SAP_S4HANA"
            + "_on_2026-11-02T06-30-00Z_user_jsmith.csv";

    @Test
    void aNameThatFitsIsKeptAsItIs() {
        assertThat(IngestPartitioner.partitionKey("spend/spend-2026-10.csv")).isEqualTo("spend/spend-2026-10.csv");
        assertThat(FittedName.of("x".repeat(93), 93)).isEqualTo("x".repeat(93));
    }

    @Test
    void aLongNameIsCutWithAHashOfTheWholeNameSoThatTheStepNameFitsItsColumn() {
        String key = IngestPartitioner.partitionKey(SAP);
        assertThat(("ingest:" + key)).hasSize(IngestPartitioner.MAX_STEP_NAME);
        assertThat(key).matches("spend/Finance_Export_AI_Initiatives_Spend_Report_2026-10_generated_by_SAP_S4HANA_on_~"
                + "[0-9a-f]{8}");
        assertThat(IngestPartitioner.partitionKey(SAP.replace("jsmith", "jdoe"))).isNotEqualTo(key)
                .startsWith(key.substring(0, key.indexOf('~')));
        assertThat(IngestPartitioner.partitionKey(SAP)).as("the same every time: a restart finds its partition")
                .isEqualTo(key);
    }

    @Test
    void neverHalfACharacter() {
        String emoji = "spend/" + "\uD83D\uDCB6".repeat(60) + ".csv";
        String key = FittedName.of(emoji, 93);
        assertThat(key.length()).isLessThanOrEqualTo(93);
        // an unpaired surrogate would not survive UTF-8 (a database column, a log line)
        byte[] utf8 = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(new String(utf8, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(key);
    }

    @Test
    void workFileNamesFitEveryCommonFileSystem() {
        String longest = "spend/" + "é".repeat(120) + ".csv";
        assertThat(Snapshot.export(longest).name() + ".tmp").hasSizeLessThanOrEqualTo(143)
                .matches("[\\x21-\\x7e]+");
        assertThat(Snapshot.export("spend/spend-2026-h2.csv").name()).isEqualTo("export-spend%2Fspend-2026-h2.csv");
        assertThat(Snapshot.export(longest).name())
                .isNotEqualTo(Snapshot.export(longest.replace(".csv", "e.csv")).name());
    }
}
