package com.portfolioreview.report.workbook;

import com.portfolioreview.report.workbook.ooxml.XmlBytes;

import com.portfolioreview.analysis.Ratio;
import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.PortfolioTotals;
import com.portfolioreview.decision.DecisionsToActOn;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.decision.PortfolioReview;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Summary sheet (SPEC §3.1.1), written through XSSF below the template's rows (its
 * title): period and run date, totals, decisions with their funding, released, reallocated
 * and unallocated funds, budget vs actual ITD by business unit, the five largest ITD
 * overspends and the five largest value creators by benefit ITD, and two charts (budget vs
 * actual ITD by business unit; initiatives per decision) drawn from those cells.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    private static final int TOP = 5;
    /** Characters of a finding sentence on one line of its column (at most 62 widths of a digit; text is narrower). */
    private static final int WRAP_CHARS = 70;
    private static final int CHART_COLUMN = 7;
    private static final int CHART_WIDTH = 8;
    private static final int CHART_HEIGHT = 18;

    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private int next;
    private final int[] widths = new int[CHART_COLUMN];

    private static final byte[] BUDGET_COLOUR = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};
    private static final byte[] ACTUAL_COLOUR = {(byte) 0xED, (byte) 0x7D, (byte) 0x31};

    private SummarySheet(XSSFSheet sheet, TemplateStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.next = WorkbookTemplate.firstFreeRow(sheet) + 1;
    }

    static void write(XSSFWorkbook workbook, TemplateStyles styles, PortfolioReview review,
            List<InitiativeReview> reviews, LocalDateTime runDate, String businessUnit) {
        new SummarySheet(workbook.getSheet(NAME), styles).write(review, reviews, runDate, businessUnit);
    }

    private void write(PortfolioReview review, List<InitiativeReview> reviews, LocalDateTime runDate,
            String businessUnit) {
        PortfolioTotals totals = PortfolioTotals.of(reviews);
        int firstRow = next;
        label("Report period", CellValues.period(review.period()));
        XSSFRow dateRow = row();
        text(dateRow, 0, "Run date", styles.text());
        if (runDate != null) {
            XSSFCell cell = dateRow.createCell(1);
            cell.setCellValue(runDate);
            cell.setCellStyle(styles.date());
            widths[1] = Math.max(widths[1], 16);
        }
        label("Scope", businessUnit == null ? "Whole portfolio" : "Business unit: " + businessUnit);
        label("Reporting currency", review.reportingCurrency());
        next++;

        header("Totals", "Budget", "Actual", "Variance", "Variance %");
        totalsRow("Month", totals.budgetMonth(), totals.actualMonth(), totals.varianceMonth());
        totalsRow("Year to date", totals.budgetYtd(), totals.actualYtd(), totals.varianceYtd());
        totalsRow("Inception to date", totals.budgetItd(), totals.actualItd(), totals.varianceItd());
        moneyLine("Benefit ITD", totals.benefitItd());
        XSSFRow roi = row();
        text(roi, 0, "Portfolio ROI ITD", styles.text());
        percent(roi, 1, totals.portfolioRoi());
        next++;

        int decisionHeader = next;
        header("Decision", "Initiatives", "Recommended Funding");
        for (Decision d : Decision.values()) {
            XSSFRow row = row();
            text(row, 0, d.name(), styles.decision(d));
            integer(row, 1, totals.countOf(d));
            money(row, 2, totals.recommendedFundingOf(d));
        }
        XSSFRow total = row();
        text(total, 0, "Total", styles.text());
        integer(total, 1, totals.initiatives());
        money(total, 2, totals.recommendedFunding());
        next++;

        if (businessUnit == null) {
            moneyLine("Released funding", review.releasedFunding());
            moneyLine("Reallocated funding", review.reallocatedFunding());
            moneyLine("Unallocated funding", review.unallocatedFunding());
        } else {
            moneyLine("Released funding (this unit)", totals.releasedFunding());
            moneyLine("Reallocated funding (to this unit)", totals.reallocatedFunding());
            moneyLine("Unallocated funding (whole portfolio)", review.unallocatedFunding());
        }
        next++;

        decisionsToActOn(reviews);
        next++;

        int unitHeader = next;
        header("Business Unit", "Budget ITD", "Actual ITD", "Variance ITD");
        Map<String, List<InitiativeReview>> byUnit = new TreeMap<>();
        for (InitiativeReview r : reviews) {
            byUnit.computeIfAbsent(r.initiative().businessUnit(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<InitiativeReview>> unit : byUnit.entrySet()) {
            PortfolioTotals t = PortfolioTotals.of(unit.getValue());
            XSSFRow row = row();
            text(row, 0, unit.getKey(), styles.text());
            money(row, 1, t.budgetItd());
            money(row, 2, t.actualItd());
            money(row, 3, t.varianceItd());
        }
        int unitLast = next - 1;
        next++;

        text(row(), 0, "Five largest overspends (variance ITD)", styles.text());
        header("Initiative ID", "Name", "Business Unit", "Variance ITD", "Variance % ITD");
        List<InitiativeReview> overspends = reviews.stream()
                .filter(r -> r.figures().varianceItd() != null && r.figures().varianceItd().signum() > 0)
                .sorted(Comparator.comparing((InitiativeReview r) -> r.figures().varianceItd()).reversed()
                        .thenComparing(r -> r.initiative().id()))
                .limit(TOP).toList();
        for (InitiativeReview r : overspends) {
            XSSFRow row = initiativeRow(r);
            money(row, 3, r.figures().varianceItd());
            percent(row, 4, r.figures().varianceItdPct());
        }
        noneIfEmpty(overspends, "No initiative is over its budget to date");
        next++;

        text(row(), 0, "Five largest value creators (benefit ITD)", styles.text());
        header("Initiative ID", "Name", "Business Unit", "Benefit ITD", "ROI ITD");
        List<InitiativeReview> creators = reviews.stream()
                .filter(r -> r.figures().benefitItd() != null && r.figures().benefitItd().signum() > 0)
                .sorted(Comparator.comparing((InitiativeReview r) -> r.figures().benefitItd()).reversed()
                        .thenComparing(r -> r.initiative().id()))
                .limit(TOP).toList();
        for (InitiativeReview r : creators) {
            XSSFRow row = initiativeRow(r);
            money(row, 3, r.figures().benefitItd());
            percent(row, 4, r.figures().roiItd());
        }
        noneIfEmpty(creators, "No initiative has created value to date");

        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), (Math.min(60, widths[c]) + 2) * 256));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        if (unitLast > unitHeader) {
            unitChart(firstRow, unitHeader, unitLast);
        }
        decisionChart(firstRow + CHART_HEIGHT + 1, decisionHeader);
    }

    private void unitChart(int anchorRow, int header, int last) {
        XSSFChart chart = chart(anchorRow, "Budget vs actual (ITD) by business unit");
        XDDFCategoryAxis units = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis money = chart.createValueAxis(AxisPosition.LEFT);
        money.setCrosses(AxisCrosses.AUTO_ZERO);
        money.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(header + 1, last, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, units, money);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        for (int c = 1; c <= 2; c++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(header + 1, last, c, c));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(sheet.getRow(header).getCell(c).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), header, c, true, true));
            series.setFillProperties(solid(c == 1 ? BUDGET_COLOUR : ACTUAL_COLOUR));
        }
        chart.plot(data);
    }

    private void decisionChart(int anchorRow, int header) {
        XSSFChart chart = chart(anchorRow, "Initiatives per decision");
        XDDFCategoryAxis decisions = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        int first = header + 1;
        int last = header + Decision.values().length;
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, decisions, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1)));
        series.setTitle("Initiatives", new CellReference(sheet.getSheetName(), header, 1, true, true));
        series.setFillProperties(solid(BUDGET_COLOUR));
        chart.plot(data);
    }

    /**
     * Bars need an explicit fill: without one LibreOffice draws the axes and the legend but no
     * bars (seen when converting the sample workbook to PDF).
     */
    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private XSSFChart chart(int anchorRow, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, anchorRow,
                CHART_COLUMN + CHART_WIDTH, anchorRow + CHART_HEIGHT));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    /**
     * Every CANCEL (STALLED among them) and every changed decision, worst first, with its first
     * finding and the funding it releases; at most {@value DecisionsToActOn#SHOWN} lines.
     */
    private void decisionsToActOn(List<InitiativeReview> reviews) {
        text(row(), 0, "Decisions to act on", styles.text());
        header("Initiative ID", "Name", "Decision", "Last Month", "Why (first finding)", "Released Funding");
        List<InitiativeReview> toActOn = DecisionsToActOn.of(reviews);
        for (InitiativeReview r : toActOn.subList(0, Math.min(DecisionsToActOn.SHOWN, toActOn.size()))) {
            XSSFRow row = row();
            text(row, 0, r.initiative().id(), styles.text());
            text(row, 1, r.initiative().name(), styles.text());
            text(row, 2, r.decision().name(), styles.decision(r.decision()));
            PastOutcome last = r.history().lastMonth();
            if (last != null) {
                text(row, 3, last.decision().name(), styles.decision(last.decision()));
            }
            // the whole sentence, wrapped: an executive reads why without opening the Initiatives sheet
            String why = r.findings().isEmpty() ? "" : r.findings().get(0).toString();
            text(row, 4, why, styles.wrappedText());
            int lines = (why.length() + WRAP_CHARS - 1) / WRAP_CHARS;
            if (lines > 1) { // a row with wrapped text is as tall as its lines only where its height is set
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
            money(row, 5, r.funding() == null ? null : r.funding().releasedFunding());
        }
        if (toActOn.size() > DecisionsToActOn.SHOWN) {
            text(row(), 0, "and " + (toActOn.size() - DecisionsToActOn.SHOWN) + " more on the Changes sheet",
                    styles.text());
        }
        noneIfEmpty(toActOn, "No initiative to cancel and no decision changed since last month");
    }

    private XSSFRow initiativeRow(InitiativeReview r) {
        XSSFRow row = row();
        text(row, 0, r.initiative().id(), styles.text());
        text(row, 1, r.initiative().name(), styles.text());
        text(row, 2, r.initiative().businessUnit(), styles.text());
        return row;
    }

    private void noneIfEmpty(List<?> rows, String sentence) {
        if (rows.isEmpty()) {
            text(row(), 0, sentence, styles.text());
        }
    }

    private XSSFRow row() {
        XSSFRow row = sheet.getRow(next);
        return row != null ? sheet.getRow(next++) : sheet.createRow(next++);
    }

    private void header(String... titles) {
        XSSFRow row = row();
        for (int c = 0; c < titles.length; c++) {
            text(row, c, titles[c], styles.header());
        }
    }

    private void label(String label, String value) {
        XSSFRow row = row();
        text(row, 0, label, styles.text());
        text(row, 1, value, styles.text());
    }

    private void moneyLine(String label, BigDecimal amount) {
        XSSFRow row = row();
        text(row, 0, label, styles.text());
        money(row, 1, amount);
    }

    private void totalsRow(String label, BigDecimal budget, BigDecimal actual, BigDecimal variance) {
        XSSFRow row = row();
        text(row, 0, label, styles.text());
        money(row, 1, budget);
        money(row, 2, actual);
        money(row, 3, variance);
        percent(row, 4, Ratio.of(variance, budget));
    }

    private void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        String text = CellValues.text(value);
        cell.setCellValue(text);
        track(column, CellValues.displayWidth(text));
    }

    private void money(XSSFRow row, int column, BigDecimal amount) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(styles.money());
        if (amount != null) {
            double value = XmlBytes.requireFinite(CellValues.cents(amount).doubleValue());
            cell.setCellValue(value);
            track(column, CellValues.moneyWidth(value));
        }
    }

    private void percent(XSSFRow row, int column, Double ratio) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(styles.percent());
        if (ratio != null && Double.isFinite(ratio)) {
            cell.setCellValue(ratio);
        }
    }

    private void integer(XSSFRow row, int column, int value) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(styles.integer());
        cell.setCellValue(value);
    }

    private void track(int column, int chars) {
        if (column < widths.length) {
            widths[column] = Math.max(widths[column], chars);
        }
    }
}
