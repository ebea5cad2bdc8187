package com.portfolioreview.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/** Reads one spend, KPI or cloud export into its own aggregate, against the reference files. */
final class ExportReader {

    private ExportReader() {
    }

    /**
     * A file of spend/ is a spend export, of cloud/ a cloud export, any other a KPI export.
     *
     * @param listener told every 1,000,000 data rows
     */
    static ExportReading read(Path inputDir, Path export, ReferenceFiles reference, IngestSettings settings,
            IngestListener listener) throws IOException {
        long t0 = System.nanoTime();
        FileReading<? extends Serializable> r;
        String dir = export.getParent() == null || export.getParent().getFileName() == null ? ""
                : export.getParent().getFileName().toString();
        if (dir.equals(InputLayout.SPEND_DIR)) {
            r = SpendExportReader.read(inputDir, export, reference.register(), reference.ids(), reference.rates(),
                    settings.currentMonth(), listener, settings.issueSpool());
        } else if (dir.equals(InputLayout.CLOUD_DIR)) {
            r = CloudExportReader.read(inputDir, export, reference, settings, listener);
        } else {
            r = KpiExportReader.read(inputDir, export, reference.register(), reference.ids(), reference.criteria(),
                    settings.currentMonth(), listener, settings.issueSpool());
        }
        return ExportReading.of(r, settings.maxRejectRatio(), Duration.ofNanos(System.nanoTime() - t0));
    }
}
