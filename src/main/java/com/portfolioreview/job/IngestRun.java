package com.portfolioreview.job;

import com.portfolioreview.ingest.CloudSettings;
import com.portfolioreview.ingest.PortfolioIngest;
import com.portfolioreview.ingest.SharedReference;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What the reading steps of a run ({@code ingest}, its partitions, {@code merge-inputs}) share:
 * the settings, the reference files read once per execution, the input folder, the report period
 * and today's month, bound from the job parameters for each step.
 *
 * @param reference the fx rates, register and KPI targets, read before partitioning for the partitions of
 *                  this job execution
 * @param runMonth  today's month (job parameter {@code run.date}): later actuals are bad rows
 */
record IngestRun(ReviewProperties properties, StepSnapshots snapshots, SharedReference reference, Path inputDir,
                 YearMonth period, YearMonth runMonth) {

    /** The reading, with its progress lines timed from {@code started} ({@link System#nanoTime()}). */
    PortfolioIngest ingest(long started) {
        ReviewProperties.Cloud cloud = properties.cloud();
        return new PortfolioIngest(properties.reportingCurrency(), properties.input().maxRejectRatio(), runMonth,
                new IngestProgress(started)).withCloud(new CloudSettings(cloud.costColumn(), cloud.periodColumn(),
                cloud.initiativeTag(), cloud.costCategory()));
    }

    /** The reading of a step that writes its rejected rows and warnings to the job instance's spool. */
    PortfolioIngest spoolingIngest(long jobInstanceId, long started) {
        return ingest(started).spoolingIssuesIn(snapshots.issueSpool(jobInstanceId));
    }
}
