package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.KpiTarget;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Reads one KPI export {@code kpi/*.csv} (SPEC §1.1): the KPI must be defined for the initiative
 * in kpi_targets.csv (case-insensitive), actual is required. A value is a measurement: when the
 * same (initiative, period, kpi) appears again, the last one read wins and the earlier one gets a
 * data-quality warning.
 */
public final class KpiExportReader {

    static final List<String> REQUIRED = List.of("initiative_id", "period", "kpi", "actual");

    private KpiExportReader() {
    }

    static FileReading<KpiExport> read(ExportFile file, PortfolioRegister register, SuccessCriteria criteria,
                                       IngestListener listener) throws IOException {
        KpiExport export = new KpiExport();
        FileTally tally = ExportScan.scan(file, REQUIRED, List.of(), listener, (row, t) -> {
            String id = register.require(row.required("initiative_id")).id();
            YearMonth period = row.month("period");
            KpiTarget target = criteria.require(id, row.required("kpi"));
            BigDecimal actual = row.number("actual");
            KpiMeasurement m = new KpiMeasurement(id, target.key(), target.kpi(), period, actual,
                    file.name(), row.line(), row.raw());
            KpiMeasurement earlier = export.put(m);
            if (earlier != null) {
                t.warn(earlier.line(), id, earlier.replacedBy(m), earlier.raw());
            }
        });
        return new FileReading<>(file, export, tally, Set.of());
    }
}
