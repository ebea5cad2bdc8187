package com.portfolioreview.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The default report period (SPEC §4): the latest period of any spend row whose period parses
 * and whose actual parses to a non-zero amount. Summary rows do not count; files without a
 * period or actual column, or whose CSV is broken from some point on, count as far as they can
 * be read (the ingestion reports them properly).
 */
public final class ReportPeriodDetector {

    private ReportPeriodDetector() {
    }

    public static Optional<YearMonth> latestPeriodWithActuals(Path inputDir) throws IOException {
        YearMonth latest = null;
        for (Path p : InputLayout.exports(inputDir, InputLayout.SPEND_DIR).orElse(List.of())) {
            ExportFile file = ExportFile.inspect(inputDir, p);
            try (ExportRows rows = file.rows()) {
                HeaderNames header = rows.header();
                if (header == null || !header.has("period") || !header.has("actual")) {
                    continue;
                }
                ExportRow row;
                while ((row = rows.next()) != null) {
                    if (row.isSummaryRow()) {
                        continue;
                    }
                    Optional<YearMonth> period = PeriodParser.parse(row.value("period"));
                    Optional<BigDecimal> actual = row.amounts().parse(row.value("actual"));
                    if (period.isPresent() && actual.isPresent() && actual.get().signum() != 0
                            && (latest == null || period.get().isAfter(latest))) {
                        latest = period.get();
                    }
                }
            } catch (MalformedExportException e) {
                // counted as far as readable; the ingestion names the broken file
            }
        }
        return Optional.ofNullable(latest);
    }
}
