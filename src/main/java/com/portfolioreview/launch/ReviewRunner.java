package com.portfolioreview.launch;

import com.portfolioreview.delivery.Delivery;
import com.portfolioreview.job.DeliverTasklet;
import com.portfolioreview.job.JobParameterNames;
import com.portfolioreview.job.ReviewJobConfiguration;
import com.portfolioreview.job.ReviewProperties;
import com.portfolioreview.job.ReviewTasklet;
import com.portfolioreview.job.StepSnapshots;
import com.portfolioreview.ingest.InputEntryCheck;
import com.portfolioreview.ingest.InputFingerprint;
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
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the review once, as SPEC §4 says (the caller holds the run lock): nothing to do when the period's
 * latest publication is of these inputs and settings, a failed run resumed unless a later run published
 * its period, and an exit code for every outcome.
 */
@Component
public class ReviewRunner {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final StepSnapshots snapshots;
    private final PeriodRuns periodRuns;
    private final ReviewProperties properties;
    private final Delivery delivery;

    public ReviewRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, StepSnapshots snapshots,
                        PeriodRuns periodRuns, ReviewProperties properties, Delivery delivery) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.snapshots = snapshots;
        this.periodRuns = periodRuns;
        this.properties = properties;
        this.delivery = delivery;
    }

    public ExitCode run(RunOptions options) {
        return run(options, period -> { });
    }

    /** @param periodChosen told the report period as soon as it is known (to describe the run lock's holder) */
    public ExitCode run(RunOptions options, Consumer<YearMonth> periodChosen) {
        KilledRunLeftovers.clearUp(options);
        if (!delivery.isOff() && !delivery.hasServer()) {
            log.error("configuration error: review.delivery names recipients but spring.mail.host is not set;"
                    + " set the mail server (README, Delivery) or remove the recipients");
            return ExitCode.USAGE;
        }
        try {
            WorkbookTemplate.load(options.templateFile());
        } catch (TemplateUnusableException e) {
            log.error("{}", e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            return review(options, periodChosen);
        } catch (IOException | UncheckedIOException e) {
            log.error("run failed: cannot read the inputs in {}: {}", options.inputDir(), e.getMessage());
            return ExitCode.FAILED;
        }
    }

    private ExitCode review(RunOptions options, Consumer<YearMonth> periodChosen) throws IOException {
        // before the period is chosen: an export that cannot be read must not move it back a month
        List<String> unreadable = InputEntryCheck.problems(options.inputDir());
        if (!unreadable.isEmpty()) {
            return RunFailure.inputUnusable(unreadable);
        }
        Optional<YearMonth> period = options.period().isPresent() ? options.period()
                : ReportPeriodDetector.latestPeriodWithActuals(options.inputDir(),
                        YearMonth.from(properties.today()));
        if (period.isEmpty()) {
            log.error("input unusable: no spend row in {} has a non-zero actual, so the report period cannot be chosen;"
                    + " add the spend exports or pass --period YYYY-MM", options.inputDir().resolve("spend"));
            return ExitCode.INPUT_UNUSABLE;
        }
        periodChosen.accept(period.get());
        String fingerprint = InputFingerprint.of(options.inputDir());
        String configuration = ConfigurationFingerprint.of(properties, options.templateFile());
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, period.get().toString(), true)
                .addString(JobParameterNames.FINGERPRINT, fingerprint, true)
                .addString(JobParameterNames.CONFIGURATION, configuration, true)
                .addString(JobParameterNames.INPUT_DIR, options.inputDir().toString(), false)
                .addString(JobParameterNames.OUTPUT_DIR, options.outputDir().toString(), false)
                .addString(JobParameterNames.TEMPLATE_FILE, options.templateFile().toString(), false)
                .addString(JobParameterNames.DELIVER, Boolean.toString(options.deliver()), false);
        Path outputDir = options.outputDir().resolve(period.get().toString());

        // A run that completed but was stopped before abandoning what it superseded is finished here.
        Optional<JobExecution> publication = periodRuns.abandonSuperseded(period.get());
        if (!options.rerun() && publication.isPresent() && isOf(publication.get(), fingerprint, configuration)) {
            ExitCode done = nothingToDo(publication.get(), period.get(), fingerprint, outputDir);
            return options.deliver() ? deliverMissing(publication.get(), period.get(), outputDir) : done;
        }
        JobExecution last = options.rerun() ? null
                : jobRepository.getLastJobExecution(ReviewJobConfiguration.JOB_NAME, builder.toJobParameters());
        boolean superseded = last != null
                && (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED);
        if (superseded) {
            // What is in input/ now is what the operator wants reviewed: afresh, as that run cannot be resumed.
            log.info("{}; reviewing these inputs afresh", supersededText(last, publication, period.get()));
        }
        if (options.rerun() || superseded) {
            builder.addLong(JobParameterNames.RERUN, System.currentTimeMillis(), true);
            last = null;
        }
        JobParameters params = builder.toJobParameters();
        if (last != null && last.isRunning()) {
            // We hold the lock, so no process runs it any more: it was killed.
            log.warn("run #{} (started {}) was interrupted: its process is gone (killed or crashed) while it was {};"
                            + " marking it FAILED to resume it",
                    last.getId(), last.getStartTime() == null ? "?" : last.getStartTime().format(WHEN), stepOf(last));
            last = jobOperator.recover(last);
        }
        if (last != null) {
            log.info("resuming failed run #{} for period {} at step {}", last.getId(), period.get(), resumeStepOf(last));
        }
        params = withRunDate(params, last);
        log.info("reviewing period {} from {} (fingerprint {})", period.get(), options.inputDir(), fingerprint.substring(0, 12));
        JobExecution execution;
        try {
            execution = jobOperator.start(job, params);
        } catch (OutOfMemoryError e) {
            return RunFailure.outOfMemory("the review ran out of memory", e);
        } catch (Exception e) {
            log.error("cannot start the review: {}", e.getMessage());
            return ExitCode.FAILED;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            snapshots.discard(execution.getJobInstance().getInstanceId());
            periodRuns.abandonSuperseded(period.get());
            log.info("done: period {}: {}; workbook {}; business units in {}; rejects {}; summary {}",
                    period.get(), execution.getExecutionContext().getString(ReviewTasklet.DECISIONS, "?"),
                    outputDir.resolve("portfolio-review-" + period.get() + ".xlsx"),
                    outputDir.resolve("business-units"), outputDir.resolve("rejects.csv"),
                    outputDir.resolve("run-summary.json"));
            String undelivered = execution.getExecutionContext().getString(DeliverTasklet.UNDELIVERED, "");
            return undelivered.isEmpty() ? ExitCode.OK : ExitCode.NOT_DELIVERED;
        }
        return RunFailure.of(execution);
    }

    private static ExitCode nothingToDo(JobExecution published, YearMonth period, String fingerprint, Path outputDir) {
        log.info("nothing to do: run #{} already reviewed period {} with these inputs (fingerprint {}) on {}; outputs in {}",
                published.getId(), period, fingerprint.substring(0, 12),
                published.getEndTime() == null ? "?" : published.getEndTime().format(WHEN), outputDir);
        Path workbook = outputDir.resolve("portfolio-review-" + period + ".xlsx");
        if (!Files.isRegularFile(workbook)) {
            log.warn("the workbook {} is no longer there: run with --rerun to write it again", workbook);
        }
        return ExitCode.OK;
    }

    /**
     * A start with nothing to review still sends what the publication's delivery left unsent
     * (SPEC §5): exit 5 when some of it fails again.
     */
    private ExitCode deliverMissing(JobExecution published, YearMonth period, Path outputDir) {
        if (delivery.isOff()) {
            return ExitCode.OK;
        }
        JobParameters params = published.getJobParameters();
        try {
            Delivery.Outcome outcome = delivery.deliver(period, outputDir, published.getId(), DeliverTasklet.contentKey(
                    params.getString(JobParameterNames.FINGERPRINT), params.getString(JobParameterNames.CONFIGURATION)));
            return outcome.complete() ? ExitCode.OK : ExitCode.NOT_DELIVERED;
        } catch (IOException e) {
            log.error("delivery of period {} failed: cannot read what was published in {}: {}", period, outputDir,
                    e.getMessage());
            return ExitCode.NOT_DELIVERED;
        }
    }

    /** Why the run of these inputs and settings is not the period's publication any more. */
    private static String supersededText(JobExecution last, Optional<JobExecution> publication, YearMonth period) {
        String since = publication.map(p -> "run #" + p.getId()).orElse("another run");
        return last.getStatus() == BatchStatus.COMPLETED
                ? "run #" + last.getId() + " reviewed these inputs and settings, but " + since + " published period "
                        + period + " since from others"
                : "failed run #" + last.getId() + " of these inputs and settings was abandoned when " + since
                        + " published period " + period + " from others";
    }

    /** Whether {@code execution} reviewed these inputs with these settings. */
    private static boolean isOf(JobExecution execution, String fingerprint, String configuration) {
        JobParameters params = execution.getJobParameters();
        return fingerprint.equals(params.getString(JobParameterNames.FINGERPRINT))
                && configuration.equals(params.getString(JobParameterNames.CONFIGURATION));
    }

    /** "in step ingest" for the step a stale run was executing. */
    private static String stepOf(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus().isRunning())
                .map(s -> "in step " + s.getStepName())
                .reduce((a, b) -> b)
                .orElse("between steps");
    }

    /** "Today" as a job parameter: the failed run's when resuming it, so that its partitions agree. */
    private JobParameters withRunDate(JobParameters params, JobExecution resumed) {
        return new JobParametersBuilder(params)
                .addString(JobParameterNames.RUN_DATE, runDate(resumed).toString(), false)
                .toJobParameters();
    }

    /**
     * The date a new run uses, or the one the failed run it resumes used: a run resumed after
     * midnight at a month's end still judges which actuals are "in the future" as its partitions did.
     */
    private LocalDate runDate(JobExecution resumed) {
        if (resumed != null) {
            String date = resumed.getJobParameters().getString(JobParameterNames.RUN_DATE);
            if (date != null) {
                return LocalDate.parse(date);
            }
        }
        return properties.today();
    }

    /** The first step of the job that this execution did not complete: where the restart begins. */
    private String resumeStepOf(JobExecution execution) {
        Set<String> completed = new HashSet<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.COMPLETED) {
                completed.add(step.getStepName());
            }
        }
        List<String> steps = job instanceof SimpleJob simple ? List.copyOf(simple.getStepNames()) : List.of();
        for (String step : steps) {
            if (!completed.contains(step)) {
                return step;
            }
        }
        return "?";
    }

}
