package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.CsvDialect;
import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.FastExportScan;
import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.ingest.csv.PlainRowHandler;
import com.portfolioreview.ingest.csv.PlainValues;

import com.portfolioreview.portfolio.KpiTarget;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Reads one KPI export {@code kpi/*.csv} (SPEC §1.1): the KPI must be defined for the initiative
 * in kpi_targets.csv (case-insensitive), actual is required, and a value for a month after today's
 * month is a bad row ({@value RowRejection#DATED_IN_THE_FUTURE}). A value is a measurement: when the
 * same (initiative, period, kpi) appears again, the last one read wins; a repeat with another
 * value (a restatement) gets a data-quality warning naming the earlier value, a same-value repeat
 * is silent.
 *
 * <p>Read in one pass by {@link FastExportScan}: a plain row ({@code AI-001,2026-10,MTTR,42.5})
 * is taken without keeping its text; every other row goes through the same rules as before.
 */
final class KpiExportReader {

    static final List<String> REQUIRED = List.of("initiative_id", "period", "kpi", "actual");

    private KpiExportReader() {
    }

    /**
     * @param currentMonth today's month: a value dated after it is a bad row
     * @param issueSpool where the file's issues are written as they are found; null keeps them in memory
     */
    static FileReading<KpiExport> read(Path inputDir, Path path, PortfolioRegister register, InitiativeIds ids,
                                       SuccessCriteria criteria, YearMonth currentMonth, IngestListener listener,
                                       Path issueSpool) throws IOException {
        String name = ExportFile.relativeName(inputDir, path);
        KpiExport fast = new KpiExport(criteria, name, path);
        ExportScan.Scanned scanned = ExportScan.onePass(inputDir, path, REQUIRED, List.of(), listener,
                issueSpool, (dialect, header, tally) -> plainRows(header, dialect, ids, criteria,
                        Months.indexOf(currentMonth), fast, tally),
                rowHandler(register, criteria, currentMonth, fast));
        if (scanned != null) {
            return new FileReading<>(scanned.file(), fast, scanned.tally(), Set.of());
        }
        return read(ExportFile.inspect(inputDir, path), register, criteria, currentMonth, listener, issueSpool);
    }

    static FileReading<KpiExport> read(ExportFile file, PortfolioRegister register, SuccessCriteria criteria,
                                       YearMonth currentMonth, IngestListener listener) throws IOException {
        return read(file, register, criteria, currentMonth, listener, null);
    }

    private static FileReading<KpiExport> read(ExportFile file, PortfolioRegister register, SuccessCriteria criteria,
                                               YearMonth currentMonth, IngestListener listener, Path issueSpool)
            throws IOException {
        KpiExport export = new KpiExport(criteria, file.name(), file.path());
        FileTally tally = ExportScan.scan(file, REQUIRED, List.of(), listener, issueSpool,
                rowHandler(register, criteria, currentMonth, export));
        return new FileReading<>(file, export, tally, Set.of());
    }

    private static ExportScan.RowHandler rowHandler(PortfolioRegister register, SuccessCriteria criteria,
                                                    YearMonth currentMonth, KpiExport export) {
        return (row, t) -> {
            String id = register.require(RowValues.required(row, "initiative_id")).id();
            YearMonth period = RowValues.month(row, "period");
            KpiTarget target = criteria.require(id, RowValues.required(row, "kpi"));
            BigDecimal actual = RowValues.number(row, "actual");
            if (period.isAfter(currentMonth)) {
                throw new RowRejection(RowRejection.DATED_IN_THE_FUTURE);
            }
            export.put(criteria.indexOf(target), period.getYear() * 12 + period.getMonthValue() - 1,
                    actual, row.line(), row.raw(), t);
        };
    }

    /** The hot path; a row it declines (a value dated in the future among them) goes to the general rules. */
    private static PlainRowHandler plainRows(HeaderNames header, CsvDialect dialect, InitiativeIds ids,
                                             SuccessCriteria criteria, int currentMonth, KpiExport export,
                                             FileTally tally) {
        int id = header.indexOf("initiative_id");
        int period = header.indexOf("period");
        int kpi = header.indexOf("kpi");
        int actual = header.indexOf("actual");
        int last = Math.max(Math.max(id, period), Math.max(kpi, actual));
        byte decimal = (byte) dialect.amounts().decimalSeparator();
        PlainValues value = new PlainValues();
        SuccessCriteria.PlainKpiKeys kpis = criteria.plainKeys(ids);
        return (b, s, e, n, line, offset) -> {
            if (n <= last) {
                return false;
            }
            int initiative = ids.find(b, s[id], e[id]);
            int month = PlainValues.month(b, s[period], e[period]);
            if (initiative < 0 || month < 0 || month > currentMonth
                    || !value.amount(b, s[actual], e[actual], decimal)) {
                return false;
            }
            int target = kpis.find(initiative, b, s[kpi], e[kpi]);
            if (target < 0) {
                return false;
            }
            export.putPlain(target, month, value.unscaled(), value.scale(), line, offset, tally, b, s[0], e[n - 1]);
            return true;
        };
    }
}
