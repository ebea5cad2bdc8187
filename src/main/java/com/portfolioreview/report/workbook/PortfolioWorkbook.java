package com.portfolioreview.report.workbook;

import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.IssueSummary;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the executive workbook of SPEC §3.1 over a copy of the template: Summary, Initiatives,
 * Monthly Spend, KPIs, Data Quality, History, Assumptions. The Summary (small, with charts)
 * is written through XSSF; the other sheets are streamed through SXSSF below the template's
 * header rows, so 100,000s of spend rows stay flat in memory.
 */
public final class PortfolioWorkbook {

    private static final int ROWS_IN_MEMORY = 100;
    /** Deflate level of the .xlsx zip: 1 writes several times faster than POI's default 6. */
    private static final int ZIP_LEVEL = Integer.getInteger("portfolio-review.zip-level", 1);

    private final WorkbookTemplate template;
    private final int maxRowsPerSheet;

    public PortfolioWorkbook(WorkbookTemplate template) {
        this(template, StreamedTable.EXCEL_MAX_ROWS);
    }

    /** For tests: a lower row limit makes the Monthly Spend / KPIs continuation sheets testable. */
    PortfolioWorkbook(WorkbookTemplate template, int maxRowsPerSheet) {
        this.template = Objects.requireNonNull(template, "template");
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /**
     * Writes one workbook to exactly {@code file} (the caller picks temp names and renames).
     * Only initiatives whose business unit equals {@code businessUnit} appear (null = all),
     * with totals for that subset. A failed write deletes the partial file.
     */
    public void write(Path file, PortfolioReview review, PortfolioInputs inputs,
            RunContext run, String businessUnit) throws IOException {
        IssueSummary issues = businessUnit == null ? inputs.issues().summary()
                : issuesByBusinessUnit(review, inputs).getOrDefault(businessUnit, new IssueSummary());
        write(file, review, inputs, run, businessUnit, issues);
    }

    /**
     * As {@link #write(Path, PortfolioReview, PortfolioInputs, RunContext, String)},
     * with the Data Quality sheet's issues already summed up ({@link #issuesByBusinessUnit}).
     */
    public void write(Path file, PortfolioReview review, PortfolioInputs inputs,
            RunContext run, String businessUnit, IssueSummary issues) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(run, "run");
        List<InitiativeReview> reviews = review.reviews().stream()
                .filter(r -> businessUnit == null || businessUnit.equals(r.initiative().businessUnit()))
                .toList();
        String currency = review.reportingCurrency() != null ? review.reportingCurrency() : inputs.reportingCurrency();
        boolean done = false;
        try (XSSFWorkbook xssf = template.open()) {
            TemplateStyles styles = TemplateStyles.read(xssf, currency);
            xssf.removeSheetAt(xssf.getSheetIndex(TemplateStyles.SHEET));
            xssf.setActiveSheet(0);
            xssf.setSelectedTab(0);
            SummarySheet.write(xssf, styles, review, reviews, run.runDate(), businessUnit);
            StreamingWorkbook workbook = new StreamingWorkbook(xssf, ROWS_IN_MEMORY, ZIP_LEVEL);
            try {
                ChangesSheet.write(workbook, styles, reviews, currency);
                InitiativesSheet.write(workbook, styles, reviews);
                MonthlySpendSheet.write(workbook, styles, reviews, inputs.spend(), review.period(), maxRowsPerSheet);
                KpisSheet.write(workbook, styles, reviews, inputs.targets(), inputs.kpis(), review.period(),
                        maxRowsPerSheet);
                DataQualitySheet.write(workbook, styles, reviews, issues, businessUnit == null ? inputs.cloud() : null,
                        StreamedTable.EXCEL_MAX_ROWS);
                HistorySheet.write(workbook, styles, reviews, review.period());
                AssumptionsSheet.write(workbook, styles, inputs, run, review.period(), currency, businessUnit);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    workbook.write(out);
                }
                done = true;
            } finally {
                workbook.dispose();
                workbook.close();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException e) {
            throw new IOException("Cannot write workbook " + file + " over template " + template.file() + ": "
                    + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * Business unit → the issues its workbook shows, summed up in one pass over every issue:
     * those naming one of its initiatives plus those naming no accepted initiative (file-level
     * warnings, unknown or missing ids), which belong to no unit and must not be lost.
     */
    public static Map<String, IssueSummary> issuesByBusinessUnit(PortfolioReview review, PortfolioInputs inputs) {
        Map<String, IssueSummary> byUnit = new TreeMap<>();
        Map<String, IssueSummary> unitOf = new HashMap<>();
        for (InitiativeReview r : review.reviews()) {
            unitOf.put(r.initiative().id(), byUnit.computeIfAbsent(r.initiative().businessUnit(), u -> new IssueSummary()));
        }
        Set<String> known = new HashSet<>();
        inputs.initiatives().forEach(i -> known.add(i.id()));
        Collection<IssueSummary> all = byUnit.values();
        inputs.issues().forEachWithReasonKind((issue, reasonKind) -> {
            IssueSummary unit = unitOf.get(issue.initiativeId());
            if (unit != null) {
                unit.add(issue, reasonKind);
            } else if (!known.contains(issue.initiativeId())) {
                all.forEach(s -> s.add(issue, reasonKind));
            }
        });
        return byUnit;
    }
}
