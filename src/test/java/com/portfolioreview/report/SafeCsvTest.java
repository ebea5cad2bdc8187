package com.portfolioreview.report;

import com.portfolioreview.portfolio.InputIssue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §1.3: the CSV outputs quote every field and neutralise formulas, in the raw line too. */
class SafeCsvTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '"', value = {
            // the issue's line: a European ';' list separator makes the third cell a live formula
            "semicolon formula # SEC-002;2026-04-30;=cmd|' /C calc'!A0;4;Grafana # SEC-002;2026-04-30;'=cmd|' /C calc'!A0;4;Grafana",
            "comma, negative amount # AI-001,2026-10,COMPUTE,-100,0,USD # AI-001,2026-10,COMPUTE,'-100,0,USD",
            "leading formula # =HYPERLINK(\"http://x\") # '=HYPERLINK(\"http://x\")",
            "at and plus # a,@SUM(A1);+1 # a,'@SUM(A1);'+1",
            "harmless # AI-001,2026-10,COMPUTE,100,0,USD # AI-001,2026-10,COMPUTE,100,0,USD",
            "separator at the end # a; # a;",
    })
    void rawLineNeutralisedAfterEverySeparator(String name, String raw, String expected) {
        assertThat(SafeCsv.rawLine(raw)).isEqualTo(expected);
    }

    @Test
    void tabSeparatedRawLine() {
        assertThat(SafeCsv.rawLine("AI-001\t=1+2\t-3")).isEqualTo("AI-001\t'=1+2\t'-3");
        assertThat(SafeCsv.rawLine(null)).isEmpty();
    }

    @Test
    void rejectsCsvQuotesEveryFieldAndKeepsTheRawLineReadable() throws IOException {
        Path file = dir.resolve("rejects.csv");
        String raw = "SEC-002;2026-04-30;=cmd|' /C calc'!A0;4;Grafana";
        RejectsCsv.write(file, List.of(
                InputIssue.rejected("kpi/kpi.csv", 7, "SEC-002", "bad value in actual", raw),
                InputIssue.warning("kpi/kpi.csv", 8, "SEC-002", "a warning is not a reject", "x")));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).containsExactly(
                "\"file\",\"line\",\"initiative_id\",\"reason\",\"raw\"",
                "\"kpi/kpi.csv\",\"7\",\"SEC-002\",\"bad value in actual\",\"SEC-002;2026-04-30;'=cmd|' /C calc'!A0;4;Grafana\"");
        try (Reader r = Files.newBufferedReader(file)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            assertThat(records).hasSize(1);
            assertThat(records.get(0).get("raw")).isEqualTo("SEC-002;2026-04-30;'=cmd|' /C calc'!A0;4;Grafana");
        }
    }
}
