package com.portfolioreview.report.workbook;

import org.apache.commons.io.file.PathUtils;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * POI's temporary files (SXSSF keeps each streamed sheet in one, as large as the sheet) go to a
 * folder of the run's own instead of the system's temp folder (SPEC §3), so that what a run
 * killed while writing workbooks leaves there is found and removed by the next start.
 */
public final class WorkbookTempFiles {

    private WorkbookTempFiles() {
    }

    /** {@code <data>/work/workbook-temp}: POI's temporary files, the run's alone while it holds the data lock. */
    public static Path folderUnder(Path dataDir) {
        return dataDir.resolve("work").resolve("workbook-temp");
    }

    /** Makes POI create its temporary files in {@code folder} (created when first needed) from now on. */
    public static void keepIn(Path folder) {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
    }

    /**
     * Removes {@code folder} and everything in it (POI creates it again when it needs it); only
     * for its one user, the holder of the data directory's lock.
     */
    public static void removeAll(Path folder) throws IOException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.delete(folder);
        }
    }
}
