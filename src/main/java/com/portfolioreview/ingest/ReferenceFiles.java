package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.portfolio.InputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The fx rates, the register, the KPI targets and the cloud allocation rules, which the exports
 * are read against, and what reading them recorded.
 */
record ReferenceFiles(ExchangeRates rates, PortfolioRegister register, InitiativeIds ids, SuccessCriteria criteria,
        CloudAllocation allocation, IngestRecord.Snapshot record) {

    /** Without a valid register row every export row would be an unknown initiative. */
    boolean registerUsable() {
        return !register.isEmpty();
    }

    /**
     * Reads fx_rates.csv first (the other files need it), then the register, then the KPI
     * targets, telling {@code listener} about each file as it is read.
     */
    static ReferenceFiles read(Path inputDir, YearMonth period, IngestSettings settings, IngestListener listener)
            throws IOException {
        IngestRecord record = new IngestRecord(inputDir, settings);
        String reportingCurrency = settings.reportingCurrency();

        ExchangeRates rates = new ExchangeRates(reportingCurrency);
        Optional<Path> fx = record.presentFile(InputLayout.FX_RATES);
        if (fx.isPresent()) {
            long t0 = System.nanoTime();
            FileReading<ExchangeRates> r = FxRateReader.read(ExportFile.inspect(inputDir, fx.get()), reportingCurrency,
                    listener);
            if (r.tally().fileErrors().isEmpty()) {
                rates = r.content();
            }
            told(listener, record.record(r, true), t0);
        }

        PortfolioRegister register = new PortfolioRegister();
        Optional<Path> registerFile = record.requiredFile(InputLayout.REGISTER);
        if (registerFile.isPresent()) {
            long t0 = System.nanoTime();
            FileReading<PortfolioRegister> r = RegisterReader.read(ExportFile.inspect(inputDir, registerFile.get()),
                    period, rates, listener);
            register = r.content();
            told(listener, record.record(r, true), t0);
            record.requireDataRows(r.tally());
            if (r.tally().fileErrors().isEmpty() && r.tally().dataRows() > 0 && register.isEmpty()) {
                record.unusable(InputLayout.REGISTER + ": no valid row (all " + r.tally().dataRows()
                        + " data rows rejected)");
            }
        }

        SuccessCriteria criteria = new SuccessCriteria();
        Optional<Path> targetsFile = record.requiredFile(InputLayout.TARGETS);
        if (targetsFile.isPresent()) {
            long t0 = System.nanoTime();
            FileReading<SuccessCriteria> r = KpiTargetReader.read(ExportFile.inspect(inputDir, targetsFile.get()),
                    register, period, rates, listener);
            criteria = r.content();
            told(listener, record.record(r, !register.isEmpty()), t0);
            record.requireDataRows(r.tally());
        }
        CloudAllocation allocation = CloudAllocation.byTag(settings.cloud().initiativeTag(), register);
        Optional<Path> allocationFile = record.presentFile(InputLayout.CLOUD_ALLOCATION);
        if (allocationFile.isPresent()) {
            long t0 = System.nanoTime();
            FileReading<CloudAllocation> r = CloudAllocationReader.read(
                    ExportFile.inspect(inputDir, allocationFile.get()), register, listener);
            allocation = r.content();
            told(listener, record.record(r, !register.isEmpty()), t0);
        }
        return new ReferenceFiles(rates, register, new InitiativeIds(register.initiatives()), criteria, allocation,
                record.snapshot());
    }

    private static void told(IngestListener listener, InputFile file, long startNanos) {
        listener.fileRead(file, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
