package com.portfolioreview.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The SPEC §2.1–§2.4 figures of one initiative for report period P. Money is in the
 * reporting currency, unrounded. A {@code null} is an empty value ("empty" in the SPEC):
 * the rules that read it do not hold, and the workbook shows an empty cell.
 *
 * <p>For a NOT_STARTED initiative ({@code notStarted}) only the spend figures, the approved
 * budget and the data-quality figures are filled; age is 0.
 */
public record InitiativeFigures(
        String initiativeId,
        YearMonth period,
        boolean notStarted,
        // §2.1 age
        int ageMonths,
        int maturityMonths,
        boolean mature,
        // §2.2 spend
        BigDecimal budgetMonth,
        BigDecimal actualMonth,
        BigDecimal varianceMonth,
        Double varianceMonthPct,
        BigDecimal budgetYtd,
        BigDecimal actualYtd,
        BigDecimal varianceYtd,
        BigDecimal budgetItd,
        BigDecimal actualItd,
        BigDecimal varianceItd,
        Double varianceItdPct,
        BigDecimal approvedBudget,
        BigDecimal burnRate,
        int monthsRemaining,
        BigDecimal eac,
        BigDecimal vac,
        Double vacPct,
        BigDecimal eacPlan,
        BigDecimal requiredBurnRate,
        // §2.3 benefits
        BigDecimal benefitMonth,
        BigDecimal benefitItd,
        BigDecimal benefitRunRate,
        Double attainment,
        Double expectedAttainment,
        Double attainmentGap,
        Double roiItd,
        BigDecimal netRunRate,
        BigDecimal projectedNet12m,
        BigDecimal npv,
        String payback,
        // §2.4 data quality
        double kpiCompleteness,
        double spendCompleteness,
        int fresh,
        int rejectedRows,
        int dqScore) {
}
