package com.portfolioreview.job;

import com.portfolioreview.ingest.ExportReading;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A partition of step 1: reads one spend or KPI export into its own aggregate and saves it as a
 * step snapshot named after the file ({@link Snapshot#export}), so that a restarted run does not
 * read it again.
 */
public class IngestPartitionTasklet implements Tasklet {

    private final IngestRun run;

    IngestPartitionTasklet(IngestRun run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        // a restarted partition gets the execution context of the execution it restarts
        String name = IngestPartitioner.exportOf(stepExecution, run.inputDir());
        long instance = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        ExportReading reading = run.spoolingIngest(instance, System.nanoTime()).readExport(run.inputDir(), run.period(),
                run.inputDir().resolve(name), run.reference(), stepExecution.getJobExecutionId());
        stepExecution.setReadCount(reading.inputFile().dataRows());
        run.snapshots().saveOnDisk(instance, Snapshot.export(name), reading);
        return RepeatStatus.FINISHED;
    }
}
