package com.portfolioreview.launch;

import com.portfolioreview.report.PublishedSets;
import com.portfolioreview.report.workbook.WorkbookTempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * At every start, whatever its period and before the review (SPEC §3): finishes or undoes the
 * publications that killed runs left half-swapped in the output directory, removes the workbook
 * temporary files they left under the data directory, and points POI's temporary files there.
 */
final class KilledRunLeftovers {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private KilledRunLeftovers() {
    }

    static void clearUp(RunOptions options) {
        for (String note : PublishedSets.recover(options.outputDir())) {
            log.warn("{}", note);
        }
        Path folder = WorkbookTempFiles.folderUnder(options.dataDir());
        try {
            WorkbookTempFiles.removeAll(folder);
        } catch (IOException e) {
            log.warn("cannot remove the workbook temporary files an interrupted run left in {}: {}; remove them by hand",
                    folder, e.getMessage());
        }
        WorkbookTempFiles.keepIn(folder);
    }
}
