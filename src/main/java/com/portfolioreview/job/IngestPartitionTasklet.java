package com.portfolioreview.job;

import com.portfolioreview.ingest.ExportReading;
import com.portfolioreview.ingest.PortfolioIngest;
import com.portfolioreview.ingest.SharedReference;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * A partition of step 1: reads one spend or KPI export into its own aggregate and saves it as a
 * step snapshot named after the file ({@link Snapshot#export}), so that a restarted run does not
 * read it again.
 */
public class IngestPartitionTasklet implements Tasklet {

    private final ReviewProperties properties;
    private final StepSnapshots snapshots;
    /** The fx rates, register and KPI targets, read once per job execution for all its partitions. */
    private final SharedReference reference;
    private final Path inputDir;
    private final YearMonth period;
    private final YearMonth runMonth;

    IngestPartitionTasklet(ReviewProperties properties, StepSnapshots snapshots, SharedReference reference,
            Path inputDir, YearMonth period, YearMonth runMonth) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.reference = reference;
        this.inputDir = inputDir;
        this.period = period;
        this.runMonth = runMonth;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        // a restarted partition gets the execution context of the execution it restarts
        String name = IngestPartitioner.exportOf(stepExecution, inputDir);
        PortfolioIngest ingest = new PortfolioIngest(properties.reportingCurrency(),
                properties.input().maxRejectRatio(), runMonth,
                new IngestProgress(System.nanoTime()))
                .spoolingIssuesIn(snapshots.issueSpool(stepExecution.getJobExecution().getJobInstance().getInstanceId()));
        ExportReading reading = ingest.readExport(inputDir, period, inputDir.resolve(name), reference,
                stepExecution.getJobExecutionId());
        stepExecution.setReadCount(reading.inputFile().dataRows());
        snapshots.saveOnDisk(stepExecution.getJobExecution().getJobInstance().getInstanceId(), Snapshot.export(name), reading);
        return RepeatStatus.FINISHED;
    }
}
