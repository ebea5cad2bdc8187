package com.portfolioreview.analysis;

import java.time.YearMonth;

/** The fiscal year that holds a report period, for the year-to-date figures (SPEC §2.2). */
public final class FiscalYear {

    private FiscalYear() {
    }

    /**
     * First month of P's fiscal year: e.g. with an April start, 2026-02 belongs to the fiscal year
     * that began in 2025-04, and 2026-04 starts a new one.
     */
    public static YearMonth startOf(YearMonth period, int fiscalYearStartMonth) {
        YearMonth sameYear = YearMonth.of(period.getYear(), fiscalYearStartMonth);
        return sameYear.isAfter(period) ? sameYear.minusYears(1) : sameYear;
    }
}
