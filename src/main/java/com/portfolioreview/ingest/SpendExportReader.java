package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.SpendAmount;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Reads one spend export {@code spend/*.csv} (SPEC §1.1): budget and actual (empty = 0, a
 * negative actual is a credit) converted with the rate of the row's own period, ledger lines
 * summed per (initiative, period, cost category). Rows for periods after the report period are
 * kept: they are next quarter's plan.
 */
public final class SpendExportReader {

    static final List<String> REQUIRED = List.of("initiative_id", "period", "cost_category", "budget", "actual",
            "currency");

    private SpendExportReader() {
    }

    /** Reads one file into its own aggregate; nothing of the raw rows is kept. */
    static FileReading<SpendExport> read(ExportFile file, PortfolioRegister register, ExchangeRates rates,
                                         IngestListener listener) throws IOException {
        SpendExport export = new SpendExport();
        CurrencyConversion conversion = new CurrencyConversion(rates);
        FileTally tally = ExportScan.scan(file, REQUIRED, List.of(), listener, (row, t) -> {
            String id = register.require(row.required("initiative_id")).id();
            YearMonth period = row.month("period");
            String category = row.required("cost_category").toUpperCase(Locale.ROOT);
            BigDecimal budget = row.optionalAmount("budget");
            BigDecimal actual = row.optionalAmount("actual");
            String currency = row.currency("currency");
            FxRate rate = conversion.rateFor(currency, period);
            export.add(id, period, category,
                    new SpendAmount(conversion.convert(budget, rate), conversion.convert(actual, rate)));
        });
        return new FileReading<>(file, export, tally, conversion.used());
    }
}
