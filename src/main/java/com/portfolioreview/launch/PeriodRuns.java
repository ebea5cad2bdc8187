package com.portfolioreview.launch;

import com.portfolioreview.job.JobParameterNames;
import com.portfolioreview.job.ReviewJobConfiguration;
import com.portfolioreview.job.StepSnapshots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The runs of one report period in the job repository: which one published the period last, and
 * the failed or interrupted ones that publication supersedes, which are abandoned (SPEC §4) so
 * that no later start can resume them and publish their older decisions over it.
 */
@Component
public class PeriodRuns {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final StepSnapshots snapshots;

    public PeriodRuns(JobRepository jobRepository, JobOperator jobOperator, StepSnapshots snapshots) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.snapshots = snapshots;
    }

    /** The completed run that published the period last, if any. */
    private static Optional<JobExecution> latestOf(List<JobExecution> runs) {
        return runs.stream()
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .max(Comparator.comparingLong(JobExecution::getId));
    }

    /**
     * Abandons every run of {@code period} that did not complete and started before the period's
     * latest publication, and removes its work files; returns that publication (one reading of the
     * job repository for both). The caller holds the run lock, so none of them is still running:
     * one on record as running was killed.
     */
    public Optional<JobExecution> abandonSuperseded(YearMonth period) {
        List<JobExecution> runs = lastExecutions(period);
        Optional<JobExecution> publication = latestOf(runs);
        if (publication.isEmpty()) {
            return publication;
        }
        for (JobExecution stale : runs) {
            BatchStatus status = stale.getStatus();
            if (stale.getId() < publication.get().getId()
                    && status != BatchStatus.COMPLETED && status != BatchStatus.ABANDONED) {
                abandon(stale, publication.get());
            }
        }
        return publication;
    }

    private void abandon(JobExecution stale, JobExecution publication) {
        boolean interrupted = stale.isRunning();
        JobExecution execution = interrupted ? jobOperator.recover(stale) : stale;
        try {
            jobOperator.abandon(execution);
        } catch (JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException("run #" + execution.getId() + " is still on record as running", e);
        }
        snapshots.discard(execution.getJobInstance().getInstanceId());
        log.info("abandoned {} run #{} of period {}: run #{} published the period after it; its work files are removed",
                interrupted ? "interrupted" : "failed", execution.getId(),
                execution.getJobParameters().getString(JobParameterNames.PERIOD), publication.getId());
    }

    /** The last execution of each job instance of {@code period}. */
    private List<JobExecution> lastExecutions(YearMonth period) {
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : jobRepository.findJobInstances(ReviewJobConfiguration.JOB_NAME)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && period.toString().equals(last.getJobParameters().getString(JobParameterNames.PERIOD))) {
                executions.add(last);
            }
        }
        return executions;
    }
}
