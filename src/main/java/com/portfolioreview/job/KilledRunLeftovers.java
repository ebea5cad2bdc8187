package com.portfolioreview.job;

import com.portfolioreview.report.PublishedSets;
import com.portfolioreview.report.workbook.WorkbookTempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;

/**
 * At every start, whatever its period and before the review (SPEC §3): finishes or undoes the
 * publications that killed runs left half-swapped in the output directory, removes the workbook
 * temporary files they left under the data directory, and points POI's temporary files there.
 */
@Component
public class KilledRunLeftovers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private final RunOptions options;

    public KilledRunLeftovers(RunOptions options) {
        this.options = options;
    }

    /** {@code <data>/work/workbook-temp}: POI's temporary files, this process's alone while it holds the data lock. */
    static Path workbookTempFolder(Path dataDir) {
        return dataDir.resolve("work").resolve("workbook-temp");
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String note : PublishedSets.recover(options.outputDir())) {
            log.warn("{}", note);
        }
        Path folder = workbookTempFolder(options.dataDir());
        try {
            WorkbookTempFiles.removeAll(folder);
        } catch (IOException e) {
            log.warn("cannot remove the workbook temporary files an interrupted run left in {}: {}; remove them by hand",
                    folder, e.getMessage());
        }
        WorkbookTempFiles.keepIn(folder);
    }
}
