package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.CsvDialect;
import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.ExportRows;
import com.portfolioreview.ingest.csv.FastExportScan;
import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.MalformedExportException;
import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.ingest.csv.PeriodParser;
import com.portfolioreview.ingest.csv.PlainRowHandler;
import com.portfolioreview.ingest.csv.PlainValues;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The default report period (SPEC §4): the latest period, not after today's month, of any spend
 * row whose period parses and whose actual parses to a non-zero amount (an actual dated later is
 * a bad row: a year typo must not move the review to 2062). Summary rows do not count; files
 * without a period or actual column, or whose CSV is broken from some point on, count as far as
 * they can be read (the ingestion reports them properly).
 */
public final class ReportPeriodDetector {

    private ReportPeriodDetector() {
    }

    /** @param currentMonth today's month: no later month is chosen */
    public static Optional<YearMonth> latestPeriodWithActuals(Path inputDir, YearMonth currentMonth)
            throws IOException {
        int latest = -1;
        int currentIndex = Months.indexOf(currentMonth);
        for (Path p : InputLayout.exports(inputDir, InputLayout.SPEND_DIR).orElse(List.of())) {
            latest = Math.max(latest, latestIn(inputDir, p, currentIndex));
        }
        return latest < 0 ? Optional.empty() : Optional.of(Months.of(latest));
    }

    /**
     * The latest month index with a non-zero actual in one spend export, or -1: read in one pass
     * ({@link FastExportScan}, plain rows from their bytes); a file that pass cannot follow or
     * whose header it refuses is read row by row through Commons CSV as far as it can be.
     */
    private static int latestIn(Path inputDir, Path p, int currentMonth) throws IOException {
        int[] latest = {-1};
        ExportScan.Scanned scanned = ExportScan.onePass(inputDir, p, List.of("period", "actual"), List.of(),
                IngestListener.NONE, null, (dialect, header, tally) -> plainRows(header, dialect, currentMonth, latest),
                (row, tally) -> consider(row, currentMonth, latest));
        if (scanned != null && scanned.tally().fileErrors().isEmpty()) {
            return latest[0];
        }
        latest[0] = -1;
        ExportFile file = ExportFile.inspect(inputDir, p);
        try (ExportRows rows = file.rows()) {
            HeaderNames header = rows.header();
            if (header == null || !header.has("period") || !header.has("actual")) {
                return -1;
            }
            ExportRow row;
            while ((row = rows.next()) != null) {
                if (!RowValues.isSummaryRow(row)) {
                    consider(row, currentMonth, latest);
                }
            }
        } catch (MalformedExportException e) {
            // counted as far as readable; the ingestion names the broken file
        }
        return latest[0];
    }

    private static void consider(ExportRow row, int currentMonth, int[] latest) {
        Optional<YearMonth> period = PeriodParser.parse(row.value("period"));
        Optional<BigDecimal> actual = row.amounts().parse(row.value("actual"));
        if (period.isPresent() && actual.isPresent() && actual.get().signum() != 0) {
            int month = Months.indexOf(period.get());
            if (month <= currentMonth) {
                latest[0] = Math.max(latest[0], month);
            }
        }
    }

    /**
     * A row whose period is {@code YYYY-MM} and whose actual is a plain amount, in a file without
     * an initiative_id column or with a non-empty id, and not a subtotal category (so never a
     * summary row): taken here.
     */
    private static PlainRowHandler plainRows(HeaderNames header, CsvDialect dialect, int currentMonth,
                                             int[] latest) {
        int id = header.has("initiative_id") ? header.indexOf("initiative_id") : -1;
        int category = header.has("cost_category") ? header.indexOf("cost_category") : -1;
        int period = header.indexOf("period");
        int actual = header.indexOf("actual");
        int last = Math.max(id, Math.max(period, actual));
        byte decimal = (byte) dialect.amounts().decimalSeparator();
        PlainValues value = new PlainValues();
        return (b, s, e, n, line, offset) -> {
            if (n <= last || (id >= 0 && s[id] == e[id])
                    || (category >= 0 && category < n && TotalCategory.is(b, s[category], e[category]))) {
                return false;
            }
            int month = PlainValues.month(b, s[period], e[period]);
            if (month < 0 || !value.amount(b, s[actual], e[actual], decimal)) {
                return false;
            }
            if (value.unscaled() != 0 && month <= currentMonth) {
                latest[0] = Math.max(latest[0], month);
            }
            return true;
        };
    }
}
