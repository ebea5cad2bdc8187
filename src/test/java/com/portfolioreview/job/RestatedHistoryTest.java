package com.portfolioreview.job;

import com.portfolioreview.testsupport.InputFolder;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1.1 and §1.3 on the real program, in a heap far smaller than what the warnings would
 * take as objects: a KPI export that restates its history 300,000 times is read, every
 * restatement reaches {@code warnings.csv} and is counted, and the workbook lists 1,000 of them.
 * (Before: each restatement was an object kept to the end, and its earlier line was read back
 * from the file with a 64 KB read, so this run did not finish in two minutes.)
 */
class RestatedHistoryTest {

    private static final String[] RUN = {"--input", "in", "--output", "out", "--data", "db", "--config", "review.yml"};
    /** Rows of the restating export: AI-001's MTTR for January to October 2026, round and round. */
    private static final int ROWS = 300_000;
    private static final String EXPORT = "kpi/kpi-history.csv";

    @TempDir
    Path tmp;

    @Test
    void aRestatedHistoryIsReadInASmallHeapAndEveryRestatementIsListedInWarningsCsv() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("review.yml"), "review:\n  run-date: 2026-11-29\n");
        // row i is on line i + 2, for month i % 10 + 1 with value 50 + i % 9: the same month comes
        // back 10 rows later with a value one higher (mod 9), so every repeat is a restatement
        StringBuilder csv = new StringBuilder("initiative_id,period,kpi,actual\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("AI-001,2026-").append(String.format("%02d", i % 10 + 1)).append(",MTTR,")
                    .append(50 + i % 9).append('\n');
        }
        Files.writeString(tmp.resolve("in").resolve(EXPORT), csv);

        ReviewProcess.Result result = ReviewProcess.start(tmp, ReviewProcess.InputSize.LARGE, List.of("-Xmx96m"), RUN)
                .await(Duration.ofMinutes(2));

        assertThat(result.exitCode()).as(result.output()).isZero();
        Path out = tmp.resolve("out/2026-10");
        List<String> restatements = new ArrayList<>();
        long warningRows = 0;
        try (BufferedReader r = Files.newBufferedReader(out.resolve("warnings.csv"), StandardCharsets.UTF_8)) {
            assertThat(r.readLine()).isEqualTo("\"file\",\"line\",\"initiative_id\",\"warning\",\"raw\"");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                warningRows++;
                if (line.startsWith("\"" + EXPORT + "\",") && restatements.size() < 2) {
                    restatements.add(line);
                }
            }
        }
        // 10 months first read, then ROWS - 10 restatements in the file; its September and October
        // rows first read also restate kpi-2026.csv's (95 and 90): each warning is on the later row
        long restated = ROWS - 10 + 2;
        assertThat(warningRows).isEqualTo(restated);
        // line 12 (i = 10, January, 50 + 10 % 9 = 51) restates line 2 (i = 0, 50)
        assertThat(restatements.get(0)).isEqualTo("\"" + EXPORT + "\",\"12\",\"AI-001\","
                + "\"kpi 'MTTR' of initiative 'AI-001' for 2026-01 restated: 50 (line 2) replaced by 51\","
                + "\"AI-001,2026-01,MTTR,51\"");

        JsonNode summary = JsonMapper.builder().build().readTree(out.resolve("run-summary.json").toFile());
        assertThat(summary.at("/counts/warnings").asLong()).isEqualTo(warningRows);

        try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve("portfolio-review-2026-10.xlsx").toFile())) {
            Sheet dq = wb.getSheet("Data Quality");
            DataFormatter text = new DataFormatter();
            List<String> firstCells = new ArrayList<>();
            String countRow = null;
            for (Row row : dq) {
                String a = text.formatCellValue(row.getCell(0));
                firstCells.add(a);
                if (a.equals("Warning") && text.formatCellValue(row.getCell(1)).equals(EXPORT)
                        && row.getCell(3) != null && row.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    countRow = text.formatCellValue(row.getCell(2)) + " = " + (long) row.getCell(3).getNumericCellValue();
                }
            }
            assertThat(countRow).isEqualTo("kpi '…' of initiative '…' for … restated = " + restated);
            assertThat(firstCells.stream().filter("Warning"::equals).count())
                    .as("the count rows and at most 1,000 listed warnings").isLessThanOrEqualTo(1_000 + 5);
            assertThat(firstCells).contains(String.format("… and %,d more warnings: warnings.csv lists them all",
                    warningRows - 1_000));
        }
    }
}
