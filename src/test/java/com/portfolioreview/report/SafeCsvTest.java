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
    void aFieldStartingAFormulaIsNeutralised() {
        assertThat(SafeCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(SafeCsv.cell("+1")).isEqualTo("'+1");
        assertThat(SafeCsv.cell("-1")).isEqualTo("'-1");
        assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(SafeCsv.cell("\rx")).isEqualTo("'\rx");
        assertThat(SafeCsv.cell("AI-001")).isEqualTo("AI-001");
        assertThat(SafeCsv.cell(null)).isEmpty();
    }

    @Test
    void tabSeparatedRawLine() {
        assertThat(SafeCsv.rawLine("AI-001\t=1+2\t-3")).isEqualTo("AI-001\t'=1+2\t'-3");
        assertThat(SafeCsv.rawLine(null)).isEmpty();
    }

    @Test
    void warningsCsvListsTheWarningsWithAnEmptyLineForAWholeFile() throws IOException {
        Path file = dir.resolve("warnings.csv");
        IssuesCsv.WARNINGS.write(file, List.of(
                InputIssue.rejected("kpi/kpi.csv", 7, "SEC-002", "a reject is not a warning", "x"),
                InputIssue.warning("kpi/kpi.csv", 0, "", "not valid UTF-8: read as windows-1252", ""),
                InputIssue.warning("kpi/kpi.csv", 3, "AI-001", "kpi 'MTTR' … measured again: 95 replaced by 91", "AI-001,2026-10,MTTR,-95")));

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
                "\"file\",\"line\",\"initiative_id\",\"warning\",\"raw\"",
                "\"kpi/kpi.csv\",\"\",\"\",\"not valid UTF-8: read as windows-1252\",\"\"",
                "\"kpi/kpi.csv\",\"3\",\"AI-001\",\"kpi 'MTTR' … measured again: 95 replaced by 91\",\"AI-001,2026-10,MTTR,'-95\"");
    }

    @Test
    void rejectsCsvQuotesEveryFieldAndKeepsTheRawLineReadable() throws IOException {
        Path file = dir.resolve("rejects.csv");
        String raw = "SEC-002;2026-04-30;=cmd|' /C calc'!A0;4;Grafana";
        IssuesCsv.REJECTS.write(file, List.of(
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
