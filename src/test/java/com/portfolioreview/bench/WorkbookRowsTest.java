package com.portfolioreview.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRowsTest {

    @TempDir
    Path dir;

    @Test
    void countsTheDataRowsOfATableAcrossItsContinuationSheets() throws Exception {
        Path xlsx = dir.resolve("w.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10); OutputStream out = Files.newOutputStream(xlsx)) {
            table(wb.createSheet("Summary"), 2);
            table(wb.createSheet("Monthly Spend"), 25);
            table(wb.createSheet("KPIs"), 30);
            table(wb.createSheet("KPIs 2"), 7);
            table(wb.createSheet("R&D rows"), 4);
            wb.write(out);
        }

        assertThat(WorkbookRows.count(xlsx, "Monthly Spend")).isEqualTo(25);
        assertThat(WorkbookRows.count(xlsx, "KPIs")).isEqualTo(37);
        assertThat(WorkbookRows.count(xlsx, "R&D rows")).isEqualTo(4);
        assertThat(WorkbookRows.count(xlsx, "History")).isEqualTo(-1);
    }

    /** A header row and {@code rows} data rows. */
    private static void table(Sheet sheet, int rows) {
        for (int r = 0; r <= rows; r++) {
            sheet.createRow(r).createCell(0).setCellValue(r == 0 ? "Initiative ID" : "AI-" + r);
        }
    }
}
