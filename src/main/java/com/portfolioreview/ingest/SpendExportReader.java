package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.CsvDialect;
import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.FastExportScan;
import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.ingest.csv.PlainRowHandler;
import com.portfolioreview.ingest.csv.PlainValues;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.SpendAmount;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads one spend export {@code spend/*.csv} (SPEC §1.1): budget and actual (empty = 0, a
 * negative actual is a credit) converted with the rate of the row's own period, ledger lines
 * summed per (initiative, period, cost category). Rows for periods after the report period are
 * kept: they are next quarter's plan; but a non-zero actual for a month after today's month is a
 * bad row ({@value RowRejection#DATED_IN_THE_FUTURE}).
 *
 * <p>Read in one pass by {@link FastExportScan}: a plain row in the reporting currency
 * ({@code AI-001,2026-10,COMPUTE,1200.50,1180,USD}) is summed in long units without making a
 * String; every other row goes through the same rules as before; an unusual file as a whole
 * goes through {@link ExportScan}.
 */
public final class SpendExportReader {

    static final List<String> REQUIRED = List.of("initiative_id", "period", "cost_category", "budget", "actual",
            "currency");

    private SpendExportReader() {
    }

    /**
     * Reads one file into its own aggregate, in one pass; nothing of the raw rows is kept.
     *
     * @param currentMonth today's month: an actual dated after it is a bad row
     * @param issueSpool where the file's issues are written as they are found; null keeps them in memory
     */
    static FileReading<SpendExport> read(Path inputDir, Path path, PortfolioRegister register, InitiativeIds ids,
                                         ExchangeRates rates, YearMonth currentMonth, IngestListener listener,
                                         Path issueSpool) throws IOException {
        SpendExport fast = new SpendExport();
        CurrencyConversion fastConversion = new CurrencyConversion(rates);
        byte[] reporting = rates.reportingCurrency().getBytes(StandardCharsets.US_ASCII);
        ExportScan.Scanned scanned = ExportScan.onePass(inputDir, path, REQUIRED, List.of(), listener,
                issueSpool, (dialect, header, tally) -> plainRows(header, dialect, ids, reporting, Months.indexOf(currentMonth), fast),
                rowHandler(register, fastConversion, currentMonth, fast));
        if (scanned != null) {
            return new FileReading<>(scanned.file(), fast, scanned.tally(), fastConversion.used());
        }
        return read(ExportFile.inspect(inputDir, path), register, rates, currentMonth, listener, issueSpool);
    }

    /** Reads one file with {@link ExportScan} (Commons CSV throughout). */
    static FileReading<SpendExport> read(ExportFile file, PortfolioRegister register, ExchangeRates rates,
                                         YearMonth currentMonth, IngestListener listener) throws IOException {
        return read(file, register, rates, currentMonth, listener, null);
    }

    private static FileReading<SpendExport> read(ExportFile file, PortfolioRegister register, ExchangeRates rates,
                                                 YearMonth currentMonth, IngestListener listener, Path issueSpool)
            throws IOException {
        SpendExport export = new SpendExport();
        CurrencyConversion conversion = new CurrencyConversion(rates);
        FileTally tally = ExportScan.scan(file, REQUIRED, List.of(), listener, issueSpool,
                rowHandler(register, conversion, currentMonth, export));
        return new FileReading<>(file, export, tally, conversion.used());
    }

    private static ExportScan.RowHandler rowHandler(PortfolioRegister register, CurrencyConversion conversion,
                                                    YearMonth currentMonth, SpendExport export) {
        return (row, t) -> {
            String id = register.require(RowValues.required(row, "initiative_id")).id();
            YearMonth period = RowValues.month(row, "period");
            String category = RowValues.required(row, "cost_category").toUpperCase(Locale.ROOT);
            BigDecimal budget = RowValues.optionalAmount(row, "budget");
            BigDecimal actual = RowValues.optionalAmount(row, "actual");
            String currency = RowValues.currency(row, "currency");
            if (actual.signum() != 0 && period.isAfter(currentMonth)) {
                throw new RowRejection(RowRejection.DATED_IN_THE_FUTURE);
            }
            FxRate rate = conversion.rateFor(currency, period);
            export.add(id, period, category,
                    new SpendAmount(conversion.convert(budget, rate), conversion.convert(actual, rate)));
        };
    }

    /** The hot path; a row it declines (an actual dated in the future among them) goes to the general rules. */
    private static PlainRowHandler plainRows(HeaderNames header, CsvDialect dialect, InitiativeIds ids,
                                             byte[] reportingCurrency, int currentMonth, SpendExport export) {
        int id = header.indexOf("initiative_id");
        int period = header.indexOf("period");
        int category = header.indexOf("cost_category");
        int budgetColumn = header.indexOf("budget");
        int actualColumn = header.indexOf("actual");
        int currency = header.indexOf("currency");
        int last = Math.max(Math.max(Math.max(id, period), Math.max(category, budgetColumn)),
                Math.max(actualColumn, currency));
        byte decimal = (byte) dialect.amounts().decimalSeparator();
        PlainValues budget = new PlainValues();
        PlainValues actual = new PlainValues();
        return (b, s, e, n, line, offset) -> {
            if (n <= last) {
                return false;
            }
            int initiative = ids.find(b, s[id], e[id]);
            int month = PlainValues.month(b, s[period], e[period]);
            if (initiative < 0 || month < 0
                    || !Arrays.equals(b, s[currency], e[currency], reportingCurrency, 0, reportingCurrency.length)
                    || !budget.amountOrZero(b, s[budgetColumn], e[budgetColumn], decimal)
                    || !actual.amountOrZero(b, s[actualColumn], e[actualColumn], decimal)
                    || (month > currentMonth && actual.unscaled() != 0)) {
                return false;
            }
            int c = export.category(b, s[category], e[category]);
            if (c < 0) {
                return false;
            }
            export.addPlain(initiative, month, c, budget.unscaled(), budget.scale(), actual.unscaled(), actual.scale());
            return true;
        };
    }
}
