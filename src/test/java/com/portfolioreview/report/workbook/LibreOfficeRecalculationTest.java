package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.PortfolioReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Where LibreOffice is installed, converts the workbook headless to CSV (every sheet) and
 * fails on any error value. Skipped, saying so, where {@code soffice} is not on the PATH.
 */
class LibreOfficeRecalculationTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheWorkbookWithoutErrorValues() throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not on the PATH: headless conversion check skipped");
        PortfolioReview review = WorkbookFixture.review();
        Path file = dir.resolve("portfolio-review.xlsx");
        new PortfolioWorkbook(WorkbookTemplate.load(PortfolioWorkbookTest.TEMPLATE))
                .write(file, review, WorkbookFixture.inputs(review), WorkbookFixture.run(), null);

        Path out = Files.createDirectories(dir.resolve("csv"));
        // filter options: comma, quote, UTF-8, first line 1, ..., sheet -1 = every sheet to its own file
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        List<Path> csvs;
        try (Stream<Path> files = Files.list(out)) {
            csvs = files.toList();
        }
        assertThat(csvs).as(Files.readString(dir.resolve("soffice.log"))).isNotEmpty();
        for (Path csv : csvs) {
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).as(csv.getFileName().toString())
                    .doesNotContain("#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#N/A", "Err:");
        }
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
