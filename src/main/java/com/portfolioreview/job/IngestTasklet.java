package com.portfolioreview.job;

import com.portfolioreview.ingest.IngestListener;
import com.portfolioreview.ingest.PortfolioIngest;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;

/** Step 1: reads and validates every export of the input directory (SPEC §1). */
@Component
public class IngestTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private final ReviewProperties properties;
    private final StepSnapshots snapshots;

    public IngestTasklet(ReviewProperties properties, StepSnapshots snapshots) {
        this.properties = properties;
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobParameters params = stepExecution.getJobParameters();
        YearMonth period = YearMonth.parse(params.getString(JobParameterNames.PERIOD));
        Path inputDir = Path.of(params.getString(JobParameterNames.INPUT_DIR));

        PortfolioIngest ingest = new PortfolioIngest(properties.getReportingCurrency(),
                properties.getInput().getMaxRejectRatio(), new IngestListener() {
                    @Override
                    public void fileRead(InputFile file, Duration elapsed) {
                        log.info("  read {}: {} rows, {} rejected{} ({}, {} rows/s)", file.name(),
                                String.format("%,d", file.dataRows()), file.rejected(),
                                file.skippedAsDuplicate() ? ", skipped: identical to a file read before" : "",
                                Durations.text(elapsed),
                                String.format("%,.0f", file.dataRows() / Math.max(1e-9, elapsed.toNanos() / 1e9)));
                    }

                    @Override
                    public void rowsRead(String file, long rowsSoFar) {
                        log.info("  {}: {} rows read ({})", file, String.format("%,d", rowsSoFar),
                                Durations.since(started));
                    }

                    @Override
                    public void rowsRead(String file, long rowsSoFar, Duration sinceFileStart) {
                        log.info("  {}: {} rows read, {} rows/s ({})", file, String.format("%,d", rowsSoFar),
                                String.format("%,.0f", rowsSoFar / Math.max(1e-9, sinceFileStart.toNanos() / 1e9)),
                                Durations.since(started));
                    }
                });
        PortfolioInputs inputs = ingest.read(inputDir, period);
        long rows = inputs.files().stream().mapToLong(InputFile::dataRows).sum();
        long rejected = inputs.issues().stream().filter(InputIssue::isRejected).count();
        long warnings = inputs.issues().size() - rejected;
        stepExecution.setReadCount(rows);
        contribution.incrementFilterCount(rejected);
        snapshots.save(stepExecution.getJobExecution().getJobInstance().getInstanceId(), "inputs", inputs);
        log.info("step ingest: {} files, {} rows read, {} rejected, {} warnings, {} initiatives ({})",
                inputs.files().size(), String.format("%,d", rows), rejected, warnings, inputs.initiatives().size(),
                Durations.since(started));
        return RepeatStatus.FINISHED;
    }
}
