package com.portfolioreview.report.workbook;

import com.portfolioreview.portfolio.CloudCosts;
import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The Assumptions sheet (SPEC §3.1.7): what the run was and what it assumed — program
 * version, job execution id, run date, input fingerprint, period, reporting currency, scope,
 * then every {@code review.*} setting in key order; below, the FX rates used, the input files
 * read and the cloud exports with their allocated and unallocated cost.
 */
final class AssumptionsSheet {

    static final String NAME = "Assumptions";
    static final List<String> HEADER = List.of("Setting", "Value");
    static final List<String> FX_HEADER = List.of("FX Period", "Currency", "Rate");
    static final List<String> CLOUD_HEADER = List.of("Cloud Export", "Rows", "Allocated", "Unallocated");
    static final List<String> FILE_HEADER = List.of("Input File", "Rows", "Rejected", "SHA-256", "Encoding",
            "Skipped Duplicate");

    private AssumptionsSheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, PortfolioInputs inputs, RunContext run,
            YearMonth period, String reportingCurrency, String businessUnit) {
        StreamedTable t = new StreamedTable(workbook, NAME, HEADER, StreamedTable.EXCEL_MAX_ROWS, styles);
        setting(t, "Program version", run.programVersion());
        t.nextRow();
        t.text(0, "Job execution id");
        t.identifier(1, run.jobExecutionId());
        t.nextRow();
        t.text(0, "Run date");
        t.date(1, run.runDate());
        setting(t, "Input fingerprint", run.inputFingerprint());
        setting(t, "Report period", CellValues.period(period));
        setting(t, "Reporting currency", reportingCurrency);
        setting(t, "Scope", businessUnit == null ? "Whole portfolio" : "Business unit: " + businessUnit);
        if (run.configuration() != null) {
            for (Map.Entry<String, String> entry : run.configuration().entrySet()) {
                setting(t, entry.getKey(), entry.getValue());
            }
        }
        t.skipRow();
        t.sectionHeader(FX_HEADER);
        List<FxRate> rates = inputs.fxRatesUsed() == null ? List.of() : inputs.fxRatesUsed();
        for (FxRate rate : rates) {
            t.nextRow();
            t.text(0, CellValues.period(rate.period()));
            t.text(1, rate.currency());
            t.decimal(2, rate.rate());
        }
        if (rates.isEmpty()) {
            t.nextRow();
            t.text(0, "none: every amount was in " + reportingCurrency);
        }
        t.skipRow();
        t.sectionHeader(FILE_HEADER);
        for (InputFile file : inputs.files() == null ? List.<InputFile>of() : inputs.files()) {
            t.nextRow();
            t.text(0, file.name());
            t.integer(1, file.dataRows());
            t.integer(2, file.rejected());
            t.text(3, file.sha256());
            t.text(4, file.encoding());
            t.text(5, file.skippedAsDuplicate() ? "yes" : "no");
        }
        CloudCosts cloud = inputs.cloud();
        if (cloud != null && !cloud.isEmpty()) {
            t.skipRow();
            t.sectionHeader(CLOUD_HEADER);
            for (CloudCosts.File file : cloud.files()) {
                t.nextRow();
                t.text(0, file.name());
                t.integer(1, file.rows());
                t.money(2, file.allocated());
                t.money(3, file.unallocated());
            }
        }
        t.finish(0, false);
    }

    private static void setting(StreamedTable t, String key, String value) {
        t.nextRow();
        t.text(0, key);
        t.text(1, value);
    }
}
