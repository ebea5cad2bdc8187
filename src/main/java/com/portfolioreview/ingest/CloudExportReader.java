package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.DateTimeParser;
import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.FastExportScan;
import com.portfolioreview.ingest.csv.Months;
import com.portfolioreview.portfolio.FxRate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one cloud billing export {@code cloud/*.csv} or {@code cloud/*.csv.gz} in the FinOps
 * FOCUS format (SPEC §1.4): each charge row's cost ({@code BilledCost}, or the configured
 * column) in {@code BillingCurrency}, converted at the rate of its period (the month of
 * {@code BillingPeriodStart}, or the configured column; a {@code Correction} row's is always the
 * month of {@code ChargePeriodStart}, the one it corrects), and allocated by its {@code Tags}.
 * The literal {@code NULL} is an empty value. A row no rule allocates is not a bad row: its cost
 * is unallocated; so is a row whose Tags is not a JSON object, with a warning. An amount,
 * currency or date that cannot be read is a bad row.
 */
final class CloudExportReader {

    static final String CURRENCY = "billingcurrency";
    static final String TAGS = "tags";
    static final String PROVIDER = "providername";
    /** FOCUS 1.3's name for the provider ({@code ProviderName} is deprecated there). */
    static final String SERVICE_PROVIDER = "serviceprovidername";
    static final String SERVICE_CATEGORY = "servicecategory";
    static final String CHARGE_CLASS = "chargeclass";
    static final String CHARGE_PERIOD_START = "chargeperiodstart";
    private static final List<String> OPTIONAL = List.of(TAGS, PROVIDER, SERVICE_PROVIDER, SERVICE_CATEGORY, "subaccountname",
            "chargecategory", CHARGE_CLASS, CHARGE_PERIOD_START, "billingperiodstart", "billedcost", "effectivecost");
    static final String INVALID_TAGS = "Tags is not a JSON object: the row's cost is unallocated";

    private CloudExportReader() {
    }

    /**
     * Reads one file in one pass ({@link FastExportScan}, plain rows taken by {@link CloudPlainRows}),
     * or with Commons CSV throughout when it needs the whole-file reading.
     */
    static FileReading<CloudExport> read(Path inputDir, Path path, ReferenceFiles reference, IngestSettings settings,
            IngestListener listener) throws IOException {
        FileReading<CloudExport> read = readInOnePass(inputDir, path, reference, settings, listener);
        return read != null ? read : read(ExportFile.inspect(inputDir, path), reference, settings, listener);
    }

    /** Reads a file in one pass; null when it needs the whole-file reading (a damaged gzip file among them). */
    static FileReading<CloudExport> readInOnePass(Path inputDir, Path path, ReferenceFiles reference,
            IngestSettings settings, IngestListener listener) throws IOException {
        CloudSettings cloud = settings.cloud();
        CloudExport export = new CloudExport(cloud.costCategory());
        CurrencyConversion conversion = new CurrencyConversion(reference.rates());
        int currentMonth = Months.indexOf(settings.currentMonth());
        CloudPlainSums sums = new CloudPlainSums(reference.ids());
        ExportScan.Scanned scanned = ExportScan.onePass(inputDir, path, required(cloud), optional(cloud), listener,
                settings.issueSpool(), (dialect, header, tally) -> new CloudPlainRows(header,
                        (byte) dialect.amounts().decimalSeparator(), cloud, reference.rates().reportingCurrency(),
                        currentMonth, reference.allocation(), reference.ids(), sums, export),
                rowHandler(reference, settings, conversion, export));
        if (scanned == null) {
            return null;
        }
        sums.addTo(export);
        return new FileReading<>(scanned.file(), export, scanned.tally(), conversion.used());
    }

    /** Reads one file with {@link ExportScan} (Commons CSV throughout). */
    static FileReading<CloudExport> read(ExportFile file, ReferenceFiles reference, IngestSettings settings,
            IngestListener listener) throws IOException {
        CloudSettings cloud = settings.cloud();
        CloudExport export = new CloudExport(cloud.costCategory());
        CurrencyConversion conversion = new CurrencyConversion(reference.rates());
        FileTally tally = ExportScan.scan(file, required(cloud), optional(cloud), listener, settings.issueSpool(),
                rowHandler(reference, settings, conversion, export));
        return new FileReading<>(file, export, tally, conversion.used());
    }

    private static List<String> required(CloudSettings cloud) {
        return List.of(cloud.costColumn(), CURRENCY, cloud.periodColumn());
    }

    private static List<String> optional(CloudSettings cloud) {
        List<String> optional = new ArrayList<>(OPTIONAL);
        optional.removeAll(required(cloud));
        return optional;
    }

    private static ExportScan.RowHandler rowHandler(ReferenceFiles reference, IngestSettings settings,
            CurrencyConversion conversion, CloudExport export) {
        CloudSettings cloud = settings.cloud();
        CloudAllocation allocation = reference.allocation();
        YearMonth currentMonth = settings.currentMonth();
        return (row, t) -> {
            BigDecimal amount = RowValues.parseAmount(row, cloud.costColumn(), required(row, cloud.costColumn()),
                    "amount");
            String currencyText = required(row, CURRENCY);
            String currency = CurrencyCode.parse(currencyText)
                    .orElseThrow(() -> RowValues.bad("currency code", CURRENCY, currencyText));
            boolean correction = "correction".equalsIgnoreCase(focus(row, CHARGE_CLASS));
            YearMonth period = month(row, correction ? CHARGE_PERIOD_START : cloud.periodColumn());
            if (amount.signum() != 0 && period.isAfter(currentMonth)) {
                throw new RowRejection(RowRejection.DATED_IN_THE_FUTURE);
            }
            FxRate rate = conversion.rateFor(currency, period);
            Optional<Map<String, String>> tags = CloudTags.parse(focus(row, TAGS));
            if (tags.isEmpty()) {
                t.warn(row, INVALID_TAGS);
            }
            export.book(tags.map(allocation::sharesOf).orElse(List.of()), period, conversion.convert(amount, rate),
                    correction, provider(row), focus(row, SERVICE_CATEGORY));
        };
    }

    /** {@code ProviderName}, or FOCUS 1.3's {@code ServiceProviderName} when the export has that instead. */
    private static String provider(ExportRow row) {
        String provider = focus(row, PROVIDER);
        return provider.isEmpty() ? focus(row, SERVICE_PROVIDER) : provider;
    }

    /** A column's value, the literal {@code NULL} as empty. */
    private static String focus(ExportRow row, String column) {
        String v = row.value(column);
        return v.equals("NULL") ? "" : v;
    }

    private static String required(ExportRow row, String column) throws RowRejection {
        String v = focus(row, column);
        if (v.isEmpty()) {
            throw new RowRejection("missing value in required column '" + column + "'");
        }
        return v;
    }

    private static YearMonth month(ExportRow row, String column) throws RowRejection {
        String v = required(row, column);
        return DateTimeParser.month(v).orElseThrow(() -> RowValues.bad("date-time", column, v));
    }
}
