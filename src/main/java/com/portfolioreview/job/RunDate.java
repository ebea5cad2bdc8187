package com.portfolioreview.job;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "Today" of a run (SPEC §1.2): {@code review.run-date}, else the system clock's date, fixed when
 * the run starts and kept as a job parameter, so that a run resumed after midnight at a month's
 * end still judges which actuals are "in the future" as the partitions it already read did.
 */
final class RunDate {

    private RunDate() {
    }

    /** Today's month for a step of the run, from its job parameter {@code run.date} ({@code YYYY-MM-DD}). */
    static YearMonth monthOf(String runDate, ReviewProperties properties) {
        return YearMonth.from(runDate == null ? properties.today() : LocalDate.parse(runDate));
    }
}
