package com.portfolioreview.report.workbook;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.decision.Finding;
import com.portfolioreview.decision.FundingRecommendation;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.report.workbook.ooxml.StreamingWorkbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Initiatives sheet (SPEC §3.1.2): one row per initiative in review order. Variance,
 * Variance %, ROI ITD, Attainment Gap and Released Funding are Excel formulas over the
 * same row's cells, saved with the value they compute from the cells as written (money in
 * cents), so the sheet opens with figures even where nothing recalculates.
 */
final class InitiativesSheet {

    static final String NAME = "Initiatives";
    static final List<String> HEADER = List.of(
            "Initiative ID", "Name", "Business Unit", "Owner", "Use Case", "Stage", "Age (months)",
            "Maturity (months)", "Budget (month)", "Actual (month)", "Variance (month)", "Variance % (month)",
            "Budget YTD", "Actual YTD", "Variance YTD", "Budget ITD", "Actual ITD", "Variance ITD",
            "Variance % ITD", "Approved Budget", "Burn Rate", "EAC", "VAC", "Benefit (month)", "Benefit ITD",
            "ROI ITD", "Attainment", "Expected Attainment", "Attainment Gap", "Projected Net 12M", "NPV",
            "Payback", "Data Quality", "Decision", "Findings", "Next Quarter Budget", "Recommended Funding",
            "Released Funding", "Reallocated Funding", "EAC (plan)", "Required Burn Rate", "Decision Last Month");

    private InitiativesSheet() {
    }

    static void write(StreamingWorkbook workbook, TemplateStyles styles, List<InitiativeReview> reviews) {
        StreamedTable table = new StreamedTable(workbook, NAME, HEADER, StreamedTable.EXCEL_MAX_ROWS, styles);
        for (InitiativeReview review : reviews) {
            table.nextRow();
            writeRow(table, styles, review);
        }
        table.finish(1, true);
        table.printLandscapeOnePageWide();
    }

    private static void writeRow(StreamedTable t, TemplateStyles styles, InitiativeReview review) {
        Initiative i = review.initiative();
        InitiativeFigures f = review.figures();
        int r = t.excelRow();
        t.text(0, i.id());
        t.text(1, i.name());
        t.text(2, i.businessUnit());
        t.text(3, i.owner());
        t.text(4, i.useCase());
        t.text(5, i.stage() == null ? "" : i.stage().name());
        t.integer(6, (long) f.ageMonths());
        t.integer(7, (long) f.maturityMonths());
        // spend of the month, YTD and ITD: I..S
        t.money(8, f.budgetMonth());
        t.money(9, f.actualMonth());
        difference(t, styles, 10, "J" + r + "-I" + r, f.actualMonth(), f.budgetMonth());
        ratio(t, styles, 11, "K" + r, "I" + r, f.actualMonth(), f.budgetMonth());
        t.money(12, f.budgetYtd());
        t.money(13, f.actualYtd());
        difference(t, styles, 14, "N" + r + "-M" + r, f.actualYtd(), f.budgetYtd());
        t.money(15, f.budgetItd());
        t.money(16, f.actualItd());
        difference(t, styles, 17, "Q" + r + "-P" + r, f.actualItd(), f.budgetItd());
        ratio(t, styles, 18, "R" + r, "P" + r, f.actualItd(), f.budgetItd());
        t.money(19, f.approvedBudget());
        t.money(20, f.burnRate());
        t.money(21, f.eac());
        t.money(22, f.vac());
        t.money(23, f.benefitMonth());
        t.money(24, f.benefitItd());
        roi(t, styles, 25, r, f.benefitItd(), f.actualItd());
        t.percent(26, f.attainment());
        t.percent(27, f.expectedAttainment());
        attainmentGap(t, styles, 28, r, f.attainment(), f.expectedAttainment());
        t.money(29, f.projectedNet12m());
        t.money(30, f.npv());
        t.text(31, f.payback());
        t.integer(32, (long) f.dqScore());
        t.text(33, review.decision().name(), styles.decision(review.decision()));
        t.wrappedText(34, review.findings() == null ? ""
                : review.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        FundingRecommendation funding = review.funding();
        BigDecimal next = funding == null ? null : funding.nextQuarterBudget();
        BigDecimal recommended = funding == null ? null : funding.recommendedFunding();
        t.money(35, next);
        t.money(36, recommended);
        if (next != null && recommended != null) {
            BigDecimal released = CellValues.cents(next).subtract(CellValues.cents(recommended)).max(BigDecimal.ZERO);
            t.formula(37, "MAX(0,AJ" + r + "-AK" + r + ")", released.doubleValue(), styles.money());
        } else {
            t.money(37, funding == null ? null : funding.releasedFunding());
        }
        t.money(38, funding == null ? null : funding.reallocatedFunding());
        t.money(39, f.eacPlan());
        t.money(40, f.requiredBurnRate());
        PastOutcome last = review.history().lastMonth();
        if (last == null) {
            t.blank(41, styles.text());
        } else {
            t.text(41, last.decision().name(), styles.decision(last.decision()));
        }
    }

    /** minuend − subtrahend over two money cells (as written, in cents); blank when either is empty. */
    private static void difference(StreamedTable t, TemplateStyles styles, int column, String formula,
            BigDecimal minuend, BigDecimal subtrahend) {
        if (minuend == null || subtrahend == null) {
            t.blank(column, styles.money());
            return;
        }
        BigDecimal value = CellValues.cents(minuend).subtract(CellValues.cents(subtrahend));
        t.formula(column, formula, value.doubleValue(), styles.money());
    }

    /** variance / budget, empty when the budget is 0. */
    private static void ratio(StreamedTable t, TemplateStyles styles, int column, String varianceCell,
            String budgetCell, BigDecimal actual, BigDecimal budget) {
        if (actual == null || budget == null) {
            t.blank(column, styles.percent());
            return;
        }
        String formula = "IF(" + budgetCell + "=0,\"\"," + varianceCell + "/" + budgetCell + ")";
        double b = CellValues.cents(budget).doubleValue();
        double v = CellValues.cents(actual).subtract(CellValues.cents(budget)).doubleValue();
        t.formula(column, formula, b == 0 ? "" : (Object) (v / b), styles.percent());
    }

    /** (benefit_itd − actual_itd) / actual_itd, empty when actual_itd is 0. */
    private static void roi(StreamedTable t, TemplateStyles styles, int column, int r, BigDecimal benefitItd,
            BigDecimal actualItd) {
        String formula = "IF(Q" + r + "=0,\"\",(Y" + r + "-Q" + r + ")/Q" + r + ")";
        if (actualItd == null || (benefitItd == null && CellValues.cents(actualItd).signum() != 0)) {
            t.blank(column, styles.percent());
            return;
        }
        double a = CellValues.cents(actualItd).doubleValue();
        if (a == 0) {
            t.formula(column, formula, "", styles.percent());
            return;
        }
        double b = CellValues.cents(benefitItd).doubleValue();
        t.formula(column, formula, (b - a) / a, styles.percent());
    }

    /** attainment − expected attainment, empty when attainment is. */
    private static void attainmentGap(StreamedTable t, TemplateStyles styles, int column, int r, Double attainment,
            Double expected) {
        String formula = "IF(AA" + r + "=\"\",\"\",AA" + r + "-AB" + r + ")";
        if (attainment == null || !Double.isFinite(attainment)) {
            t.formula(column, formula, "", styles.percent());
        } else if (expected == null) {
            t.blank(column, styles.percent());
        } else {
            t.formula(column, formula, attainment - expected, styles.percent());
        }
    }
}
