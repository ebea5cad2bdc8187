package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One row of the portfolio register ({@code initiatives.csv}).
 *
 * @param approvedBudget         lifetime budget converted into the reporting currency at the
 *                               report period's rate (SPEC §1.1)
 * @param currency               the register's currency of approved_budget
 * @param approvedBudgetOriginal approved_budget as written, in {@code currency}
 */
public record Initiative(
        String id,
        String name,
        String businessUnit,
        String owner,
        String ownerEmail,
        String useCase,
        Stage stage,
        LocalDate startDate,
        LocalDate plannedEndDate,
        BigDecimal approvedBudget,
        String currency,
        BigDecimal approvedBudgetOriginal,
        int maturityMonths) implements Serializable {

    /** S: the month of start_date. */
    public YearMonth startMonth() {
        return YearMonth.from(startDate);
    }

    /** E: the month of planned_end_date. */
    public YearMonth endMonth() {
        return YearMonth.from(plannedEndDate);
    }
}
