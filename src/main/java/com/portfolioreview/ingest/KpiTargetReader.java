package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.HeaderNames;

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the success criteria {@code kpi_targets.csv} (SPEC §1.1): the KPI must be unique per
 * initiative (case-insensitive; the later row is rejected), the target must lie strictly on the
 * better side of the baseline, value_per_unit (in the initiative's currency) is converted at the
 * report period's rate, weight defaults to 1.
 */
final class KpiTargetReader {

    static final List<String> REQUIRED = List.of("initiative_id", "kpi", "direction", "baseline", "target",
            "value_per_unit");
    static final List<String> OPTIONAL = List.of("unit", "weight");

    private KpiTargetReader() {
    }

    static FileReading<SuccessCriteria> read(ExportFile file, PortfolioRegister register, YearMonth reportPeriod,
                                             ExchangeRates rates, IngestListener listener) throws IOException {
        SuccessCriteria criteria = new SuccessCriteria();
        CurrencyConversion conversion = new CurrencyConversion(rates);
        Map<String, Long> firstLine = new HashMap<>();
        FileTally tally = ExportScan.scan(file, REQUIRED, OPTIONAL, listener, (row, t) -> {
            Initiative initiative = register.require(RowValues.required(row, "initiative_id"));
            String kpi = RowValues.required(row, "kpi");
            String key = initiative.id() + '\n' + KpiTarget.keyOf(kpi);
            Long first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                throw new RowRejection("duplicate kpi '" + kpi + "' for initiative '" + initiative.id()
                        + "' (first on line " + first + ")");
            }
            try {
                criteria.accept(target(row, initiative, kpi, reportPeriod, conversion));
            } catch (RowRejection r) {
                criteria.rejected(initiative.id(), kpi);
                throw r;
            }
        });
        return new FileReading<>(file, criteria, tally, conversion.used());
    }

    private static KpiTarget target(ExportRow row, Initiative initiative, String kpi, YearMonth reportPeriod,
                                    CurrencyConversion conversion) throws RowRejection {
        String unit = row.value("unit");
        Direction direction = direction(row);
        BigDecimal baseline = RowValues.number(row, "baseline");
        BigDecimal target = RowValues.number(row, "target");
        int side = target.compareTo(baseline);
        if (direction == Direction.HIGHER_IS_BETTER && side <= 0) {
            throw new RowRejection("target must be above baseline for HIGHER_IS_BETTER");
        }
        if (direction == Direction.LOWER_IS_BETTER && side >= 0) {
            throw new RowRejection("target must be below baseline for LOWER_IS_BETTER");
        }
        BigDecimal valuePerUnit = RowValues.amount(row, "value_per_unit");
        if (valuePerUnit.signum() < 0) {
            throw new RowRejection("value_per_unit must not be negative: \"" + row.value("value_per_unit") + "\"");
        }
        BigDecimal weight = RowValues.optionalNumber(row, "weight").orElse(BigDecimal.ONE);
        if (weight.signum() <= 0) {
            throw new RowRejection("weight must be greater than 0: \"" + row.value("weight") + "\"");
        }
        FxRate rate = conversion.rateFor(initiative.currency(), reportPeriod);
        return new KpiTarget(initiative.id(), kpi, unit, direction, baseline, target,
                conversion.convert(valuePerUnit, rate), weight);
    }

    private static Direction direction(ExportRow row) throws RowRejection {
        String v = RowValues.required(row, "direction");
        try {
            return Direction.valueOf(HeaderNames.normalise(v).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejection(RowValues.bad("direction", "direction", v).reason()
                    + " (HIGHER_IS_BETTER or LOWER_IS_BETTER)");
        }
    }
}
