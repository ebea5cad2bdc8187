package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code fx_rates.csv}: period, currency, rate &gt; 0. A row for the reporting currency is
 * ignored (its rate is always 1; a warning when the row says otherwise). A second row for the same
 * (period, currency) is rejected: which of two rates is right would be a guess.
 */
final class FxRateReader {

    static final List<String> REQUIRED = List.of("period", "currency", "rate");

    private FxRateReader() {
    }

    static FileReading<ExchangeRates> read(ExportFile file, String reportingCurrency, IngestListener listener)
            throws IOException {
        ExchangeRates rates = new ExchangeRates(reportingCurrency);
        Map<String, Long> firstLine = new HashMap<>();
        FileTally tally = ExportScan.scan(file, REQUIRED, List.of(), listener, (row, t) -> {
            YearMonth period = RowValues.month(row, "period");
            String currency = RowValues.currency(row, "currency");
            BigDecimal rate = RowValues.number(row, "rate");
            if (rate.signum() <= 0) {
                throw new RowRejection("rate must be greater than 0: \"" + row.value("rate") + "\"");
            }
            if (currency.equals(reportingCurrency)) {
                if (rate.compareTo(BigDecimal.ONE) != 0) {
                    t.warn(row, "rate for the reporting currency " + reportingCurrency + " is always 1: row ignored");
                }
                return;
            }
            String key = currency + " in " + period;
            Long first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                throw new RowRejection("duplicate rate for " + key + " (first on line " + first + ")");
            }
            rates.put(period, currency, rate);
        });
        return new FileReading<>(file, rates, tally, Set.of());
    }
}
