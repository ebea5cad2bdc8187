package com.portfolioreview.job;

import org.springframework.batch.core.job.parameters.JobParameters;

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

    /** Today's month for a step of the run. */
    static YearMonth monthOf(JobParameters params, ReviewProperties properties) {
        String date = params.getString(JobParameterNames.RUN_DATE);
        return YearMonth.from(date == null ? properties.today() : LocalDate.parse(date));
    }
}
