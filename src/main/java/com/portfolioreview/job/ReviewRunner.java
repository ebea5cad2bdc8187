package com.portfolioreview.job;

import com.portfolioreview.ingest.InputFingerprint;
import com.portfolioreview.ingest.InputUnusableException;
import com.portfolioreview.ingest.ReportPeriodDetector;
import com.portfolioreview.report.workbook.TemplateUnusableException;
import com.portfolioreview.report.workbook.WorkbookTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Runs the review once, as SPEC §4 says (the caller holds the run lock): nothing to do when these inputs
 * were already reviewed, a failed run resumed, and an exit code for every outcome.
 */
@Component
public class ReviewRunner {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final StepSnapshots snapshots;

    public ReviewRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, StepSnapshots snapshots) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.snapshots = snapshots;
    }

    public ExitCode run(RunOptions options) {
        if (!Files.isDirectory(options.inputDir())) {
            log.error("input directory not found: {}", options.inputDir());
            return ExitCode.USAGE;
        }
        try {
            WorkbookTemplate.load(options.templateFile());
        } catch (TemplateUnusableException e) {
            log.error("{}", e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            return review(options);
        } catch (IOException e) {
            log.error("run failed: {}", e.toString());
            return ExitCode.FAILED;
        }
    }

    private ExitCode review(RunOptions options) throws IOException {
        Optional<YearMonth> period = options.period().isPresent() ? options.period()
                : ReportPeriodDetector.latestPeriodWithActuals(options.inputDir());
        if (period.isEmpty()) {
            log.error("input unusable: no spend row in {} has a non-zero actual, so the report period cannot be chosen;"
                    + " add the spend exports or pass --period YYYY-MM", options.inputDir().resolve("spend"));
            return ExitCode.INPUT_UNUSABLE;
        }
        String fingerprint = InputFingerprint.of(options.inputDir());
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period.get().toString(), true)
                .addString(JobParameterNames.FINGERPRINT, fingerprint, true)
                .addString(JobParameterNames.INPUT_DIR, options.inputDir().toString(), false)
                .addString(JobParameterNames.OUTPUT_DIR, options.outputDir().toString(), false);
        if (options.rerun()) {
            builder.addLong(JobParameterNames.RERUN, System.currentTimeMillis(), true);
        }
        JobParameters params = builder.toJobParameters();
        Path outputDir = options.outputDir().resolve(period.get().toString());

        JobExecution last = jobRepository.getLastJobExecution(ReviewJobConfiguration.JOB_NAME, params);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            log.info("nothing to do: run #{} already reviewed period {} with these inputs (fingerprint {}) on {}; outputs in {}",
                    last.getId(), period.get(), fingerprint.substring(0, 12),
                    last.getEndTime() == null ? "?" : last.getEndTime().format(WHEN), outputDir);
            return ExitCode.OK;
        }
        if (last != null && last.isRunning()) {
            // We hold the lock, so no process runs it any more: it was killed.
            log.warn("run #{} (started {}) was interrupted (its process is gone); marking it FAILED to resume it",
                    last.getId(), last.getStartTime() == null ? "?" : last.getStartTime().format(WHEN));
            jobOperator.recover(last);
        }
        if (last != null) {
            log.info("resuming failed run #{} for period {}", last.getId(), period.get());
        }
        log.info("reviewing period {} from {} (fingerprint {})", period.get(), options.inputDir(), fingerprint.substring(0, 12));
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params);
        } catch (Exception e) {
            log.error("cannot start the review: {}", e.getMessage());
            return ExitCode.FAILED;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            snapshots.discard(execution.getJobInstance().getInstanceId());
            log.info("done: period {}: {}; workbook {}; business units in {}; rejects {}; summary {}",
                    period.get(), execution.getExecutionContext().getString(ReviewTasklet.DECISIONS, "?"),
                    outputDir.resolve("portfolio-review-" + period.get() + ".xlsx"),
                    outputDir.resolve("business-units"), outputDir.resolve("rejects.csv"),
                    outputDir.resolve("run-summary.json"));
            return ExitCode.OK;
        }
        return failure(execution);
    }

    private ExitCode failure(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof InputUnusableException unusable) {
                    log.error("input unusable, nothing published; fix the inputs and run again:");
                    unusable.reasons().forEach(r -> log.error("  {}", r));
                    return ExitCode.INPUT_UNUSABLE;
                }
                if (c instanceof TemplateUnusableException template) {
                    log.error("{}", template.getMessage());
                    return ExitCode.USAGE;
                }
            }
        }
        log.error("run #{} failed, nothing published; run again to resume it:", execution.getId());
        for (Throwable t : execution.getAllFailureExceptions()) {
            log.error("  {}", t.toString(), t);
        }
        return ExitCode.FAILED;
    }
}
