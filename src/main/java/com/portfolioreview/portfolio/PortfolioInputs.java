package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Everything accepted from the input directory for one report period, plus what was rejected.
 * Money is already in the reporting currency.
 *
 * @param initiatives register rows that were accepted, in register order
 * @param targets     initiative id → its accepted KPI targets (in file order)
 * @param fxRatesUsed the rates that converted at least one amount (sorted by period, currency)
 * @param issues      every rejected row and warning, in reading order (kept in spool files when many)
 * @param files       every input file read, in reading order
 * @param cloud       the cloud bills read: what was allocated, what was not (SPEC §1.4)
 */
public record PortfolioInputs(
        YearMonth period,
        String reportingCurrency,
        List<Initiative> initiatives,
        Map<String, List<KpiTarget>> targets,
        SpendLedger spend,
        KpiMeasurements kpis,
        List<FxRate> fxRatesUsed,
        InputIssues issues,
        List<InputFile> files,
        CloudCosts cloud,
        List<FxRate> registerRates) implements Serializable {

    /** Inputs without cloud exports. */
    public PortfolioInputs(YearMonth period, String reportingCurrency, List<Initiative> initiatives,
            Map<String, List<KpiTarget>> targets, SpendLedger spend, KpiMeasurements kpis, List<FxRate> fxRatesUsed,
            InputIssues issues, List<InputFile> files) {
        this(period, reportingCurrency, initiatives, targets, spend, kpis, fxRatesUsed, issues, files, CloudCosts.NONE);
    }

    /** Inputs without the register currencies' rates of other months (every initiative in the reporting currency). */
    public PortfolioInputs(YearMonth period, String reportingCurrency, List<Initiative> initiatives,
            Map<String, List<KpiTarget>> targets, SpendLedger spend, KpiMeasurements kpis, List<FxRate> fxRatesUsed,
            InputIssues issues, List<InputFile> files, CloudCosts cloud) {
        this(period, reportingCurrency, initiatives, targets, spend, kpis, fxRatesUsed, issues, files, cloud, List.of());
    }

    public PortfolioInputs {
        // kept in a form that a step snapshot saves as plain fields, not 65,000 objects
        if (targets != null && !(targets instanceof TargetsByInitiative)) {
            targets = new TargetsByInitiative(targets);
        }
    }

    /** Rejected rows that name the initiative (SPEC §2.4 rejected_rows); summary rows are not bad rows. */
    public int rejectedRowsOf(String initiativeId) {
        return rejectedRowsByInitiative().getOrDefault(initiativeId, 0);
    }

    /** Initiative id → rejected rows naming it (counted as the issues were found). */
    public Map<String, Integer> rejectedRowsByInitiative() {
        return issues.rejectedRowsByInitiative();
    }
}
