package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.KpiMeasurements;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges the readings of the spend and KPI exports, in file-name order, with the reference
 * files into the inputs of report period P; every reason that makes the input unusable is thrown
 * at the end in one {@link InputUnusableException}.
 */
final class InputsMerge {

    private final Path inputDir;
    private final YearMonth period;
    private final String reportingCurrency;
    private final IngestListener listener;
    private final IngestRecord record;
    private final Map<String, String> readBySha256 = new HashMap<>();
    private MeasuredValues latest;

    /** @param listener told about each export skipped as a duplicate */
    InputsMerge(Path inputDir, YearMonth period, IngestSettings settings, IngestListener listener) {
        this.inputDir = inputDir;
        this.period = period;
        this.reportingCurrency = settings.reportingCurrency();
        this.listener = listener;
        this.record = new IngestRecord(inputDir, settings);
    }

    /** The reference files' record first, then the exports' readings in file-name order, spend/ then kpi/. */
    PortfolioInputs merge(ReferenceFiles reference, PortfolioIngest.ExportReadings readings)
            throws IOException, InputUnusableException {
        record.adopt(reference.record());
        List<Path> spendFiles = record.requiredExports(InputLayout.SPEND_DIR);
        List<Path> kpiFiles = record.requiredExports(InputLayout.KPI_DIR);
        List<Path> cloudFiles = InputLayout.exports(inputDir, InputLayout.CLOUD_DIR).orElse(List.of());
        SpendLedger spend = mergeSpend(reference, spendFiles, readings);
        CloudCosts cloud = mergeCloud(reference, cloudFiles, readings, spend);
        mergeKpis(reference, kpiFiles, readings);

        record.requireUsable();
        KpiMeasurements kpis = latest == null ? new KpiMeasurements() : MeasurementIndex.of(latest);
        latest = null;
        PortfolioRegister register = reference.register();
        IngestRecord.Snapshot recorded = record.snapshot();
        return new PortfolioInputs(period, reportingCurrency, List.copyOf(register.initiatives()),
                reference.criteria().byInitiative(register.initiatives()), spend, kpis, recorded.ratesUsed(),
                recorded.issues(), recorded.files(), cloud, reference.rates().of(register.initiatives().stream()
                        .map(Initiative::currency).collect(java.util.stream.Collectors.toSet())));
    }

    /**
     * SPEC §1.4: the cloud exports' allocated costs become actuals of the spend ledger, after a
     * warning for each initiative whose spend exports already had actuals in the same months and
     * cost category (the cost may be counted twice), and one for each initiative whose past
     * months a correction row changed.
     */
    private CloudCosts mergeCloud(ReferenceFiles reference, List<Path> cloudFiles,
            PortfolioIngest.ExportReadings readings, SpendLedger spend) throws IOException {
        List<CloudCosts> costs = new ArrayList<>();
        List<CloudExport> exports = new ArrayList<>();
        for (Path p : cloudFiles) {
            ExportReading t = readings.of(p);
            if (skippedAsDuplicate(t)) {
                continue;
            }
            record.record(t, reference.registerUsable());
            CloudExport export = t.content(CloudExport.class);
            exports.add(export);
            costs.add(export.costs(t.name(), t.dataRows()));
            warnAboutCorrections(t.name(), export);
            warnIfEmpty(t);
        }
        warnAboutDoubleCounting(exports, spend);
        for (CloudExport export : exports) {
            export.mergeInto(spend);
        }
        return costs.isEmpty() ? CloudCosts.NONE : CloudCosts.of(costs);
    }

    private void warnAboutCorrections(String file, CloudExport export) {
        export.corrected().forEach((id, months) -> record.issue(InputIssue.warning(file, 0, id,
                "cloud correction rows change the past months " + join(months) + " of this initiative"
                        + " (booked to the months they correct)", "")));
    }

    /** One warning per initiative, whichever cloud exports carry its months. */
    private void warnAboutDoubleCounting(List<CloudExport> exports, SpendLedger spendOnly) {
        if (exports.isEmpty()) {
            return;
        }
        String category = exports.get(0).category();
        SortedMap<String, SortedSet<YearMonth>> cloudMonths = new TreeMap<>();
        for (CloudExport export : exports) {
            export.allocatedMonths().forEach((id, months) ->
                    cloudMonths.computeIfAbsent(id, k -> new TreeSet<>()).addAll(months));
        }
        cloudMonths.forEach((id, months) -> {
            var bySpend = spendOnly.of(id);
            List<YearMonth> both = months.stream().filter(m -> {
                var categories = bySpend.get(m);
                var amount = categories == null ? null : categories.get(category);
                return amount != null && amount.actual().signum() != 0;
            }).toList();
            if (!both.isEmpty()) {
                record.issue(InputIssue.warning(InputLayout.CLOUD_DIR + "/", 0, id, "actuals of cost category "
                        + category + " for " + join(both) + " come from both spend/ and cloud/ exports:"
                        + " the cost may be counted twice", ""));
            }
        });
    }

    private static String join(java.util.Collection<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }

    private SpendLedger mergeSpend(ReferenceFiles reference, List<Path> spendFiles,
            PortfolioIngest.ExportReadings readings) throws IOException {
        SpendLedger spend = new SpendLedger();
        int said = record.unusableCount();
        long spendRows = 0;
        for (Path p : spendFiles) {
            ExportReading t = readings.of(p);
            if (skippedAsDuplicate(t)) {
                continue;
            }
            t.content(SpendExport.class).mergeInto(spend, reference.ids());
            spendRows += t.dataRows();
            record.record(t, reference.registerUsable());
            warnIfEmpty(t);
        }
        requireRowsInDirectory(InputLayout.SPEND_DIR, spendFiles, spendRows, said);
        warnAboutSpendBeforeStart(spend, reference.register());
        return spend;
    }

    private void mergeKpis(ReferenceFiles reference, List<Path> kpiFiles, PortfolioIngest.ExportReadings readings)
            throws IOException {
        int said = record.unusableCount();
        long kpiRows = 0;
        for (Path p : kpiFiles) {
            ExportReading t = readings.of(p);
            if (skippedAsDuplicate(t)) {
                continue;
            }
            kpiRows += t.dataRows();
            record.record(t, reference.registerUsable());
            latest = t.content(KpiExport.class).mergeInto(latest, record.issues(), reference.criteria());
            warnIfEmpty(t);
        }
        requireRowsInDirectory(InputLayout.KPI_DIR, kpiFiles, kpiRows, said);
    }

    /**
     * SPEC §1.2: spend dated before an initiative's start month counts (ITD is every period up
     * to P), and one warning per initiative names its months, so it never changes a decision
     * unseen.
     */
    private void warnAboutSpendBeforeStart(SpendLedger spend, PortfolioRegister register) {
        for (Initiative initiative : register.initiatives()) {
            YearMonth start = YearMonth.from(initiative.startDate());
            SortedSet<YearMonth> months = spend.monthsWithSpendBefore(initiative.id(), start);
            if (!months.isEmpty()) {
                record.issue(InputIssue.warning(InputLayout.SPEND_DIR + "/", 0, initiative.id(),
                        "spend dated before the start month " + start + ": " + months.stream()
                                .map(YearMonth::toString).collect(Collectors.joining(", "))
                                + " (counted in the figures to date)", ""));
            }
        }
    }

    /** A spend or KPI export byte-identical to one read before is skipped with a warning. */
    private boolean skippedAsDuplicate(ExportReading file) {
        String earlier = readBySha256.putIfAbsent(file.sha256(), file.name());
        if (earlier == null) {
            return false;
        }
        record.issue(InputIssue.warning(file.name(), 0, "",
                "byte-identical to " + earlier + " read before: skipped", ""));
        InputFile inputFile = new InputFile(file.name(), 0, 0, file.sha256(), file.encodingName(), true);
        record.file(inputFile);
        listener.fileRead(inputFile, file.elapsed());
        return true;
    }

    private void warnIfEmpty(ExportReading r) {
        if (r.fileErrors().isEmpty() && r.dataRows() == 0) {
            record.issue(InputIssue.warning(r.name(), 0, "", "no data row", ""));
        }
    }

    /** Said only when no file of the directory was unusable already (that file's reason says why). */
    private void requireRowsInDirectory(String dirName, List<Path> exports, long dataRows, int reasonsBefore) {
        if (!exports.isEmpty() && dataRows == 0 && record.unusableCount() == reasonsBefore) {
            record.unusable(dirName + "/: no data row in any .csv file");
        }
    }
}
