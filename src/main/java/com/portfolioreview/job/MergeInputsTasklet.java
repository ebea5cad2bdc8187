package com.portfolioreview.job;

import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.PortfolioInputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Step 2 ({@code merge-inputs}): merges the readings the {@code ingest} partitions saved, one
 * per spend or KPI export, in file-name order, with fx_rates.csv, the register and the KPI
 * targets, and validates the whole (SPEC §1): the inputs the review step is given.
 */
public class MergeInputsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private final IngestRun run;

    MergeInputsTasklet(IngestRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        long instanceId = stepExecution.getJobExecution().getJobInstance().getInstanceId();

        Path inputDir = run.inputDir();
        StepSnapshots snapshots = run.snapshots();
        PortfolioInputs inputs = run.spoolingIngest(instanceId, started).merge(inputDir, run.period(),
                export -> snapshots.take(instanceId, Snapshot.export(inputDir.relativize(export).toString().replace('\\', '/'))),
                run.reference(), stepExecution.getJobExecutionId());
        long rows = inputs.files().stream().mapToLong(InputFile::dataRows).sum();
        long rejected = inputs.issues().rejected();
        long warnings = inputs.issues().warnings();
        stepExecution.setReadCount(rows);
        contribution.incrementFilterCount(rejected);
        snapshots.save(instanceId, Snapshot.INPUTS, inputs);
        log.info("step ingest: {} files, {} rows read, {} rejected, {} {}, {} initiatives ({})",
                inputs.files().size(), String.format("%,d", rows), String.format("%,d", rejected),
                String.format("%,d", warnings), warnings == 1 ? "warning" : "warnings",
                String.format("%,d", inputs.initiatives().size()),
                Durations.text(sinceIngestStarted(stepExecution, started)));
        return RepeatStatus.FINISHED;
    }

    /** Since the {@code ingest} step of this run started (its partitions read the exports). */
    private static Duration sinceIngestStarted(StepExecution merge, long mergeStarted) {
        Duration mergeTime = Duration.ofNanos(System.nanoTime() - mergeStarted);
        return merge.getJobExecution().getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ReviewJobConfiguration.INGEST_STEP) && s.getStartTime() != null)
                .map(s -> Duration.between(s.getStartTime(), LocalDateTime.now()))
                .filter(d -> d.compareTo(mergeTime) >= 0)
                .findFirst()
                .orElse(mergeTime);
    }
}
