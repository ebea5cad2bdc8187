package com.portfolioreview.report.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed template must keep the sheets and named styles the generator makes (its
 * look may have been edited by hand since). {@code -Dtemplate.regenerate=true} rewrites the
 * committed file from the generator first.
 */
class TemplateGeneratorTest {

    @Test
    void committedTemplateHasTheGeneratedSheetsAndNamedStyles(@TempDir Path dir) throws Exception {
        if (Boolean.getBoolean("template.regenerate")) {
            TemplateGenerator.generate(TemplateGenerator.COMMITTED);
        }
        Path fresh = dir.resolve("fresh.xlsx");
        TemplateGenerator.generate(fresh);

        assertThat(sheetNames(TemplateGenerator.COMMITTED)).isEqualTo(sheetNames(fresh))
                .containsExactly("Summary", "Changes", "Initiatives", "Monthly Spend", "KPIs", "Data Quality", "History",
                        "Assumptions", "Styles");
        assertThat(styleNames(TemplateGenerator.COMMITTED)).isEqualTo(styleNames(fresh))
                .containsAll(TemplateStyles.REQUIRED).contains(TemplateStyles.MONEY_CURRENCY);
        assertThat(WorkbookTemplate.load(TemplateGenerator.COMMITTED).file()).endsWith(TemplateGenerator.COMMITTED);
    }

    private static List<String> sheetNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    private static List<String> styleNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            for (Row row : wb.getSheet(TemplateStyles.SHEET)) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            return names;
        }
    }
}
