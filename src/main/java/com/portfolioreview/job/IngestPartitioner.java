package com.portfolioreview.job;

import com.portfolioreview.ingest.InputLayout;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Step 1 ({@code ingest}) is partitioned: one partition per spend or KPI export (the files of
 * spend/ then kpi/ in file-name order, hidden and non-.csv files ignored), named by the file's
 * name relative to the input directory ({@code ingest:spend/2026-10.csv}), cut with a hash when
 * the step name would not fit Spring Batch's STEP_NAME column (100 characters, on every
 * database); the partition's execution context holds the full name, which its reader uses.
 * Before partitioning, fx_rates.csv, the register and the KPI targets are read once, reported,
 * and shared with the partitions of this job execution (a partition run by another process
 * reads them again, silently). A restarted run re-runs only the partitions that did not
 * complete.
 */
public class IngestPartitioner implements Partitioner, StepExecutionListener {

    /** The execution-context key of the export a partition reads ({@code spend/2026-10.csv}). */
    static final String NAME = "name";
    /** The length of Spring Batch's BATCH_STEP_EXECUTION.STEP_NAME. */
    static final int MAX_STEP_NAME = 100;

    private final IngestRun run;
    private final Path inputDir;

    IngestPartitioner(IngestRun run) {
        this.run = run;
        this.inputDir = run.inputDir();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        // read once here, reported, and kept for this execution's partitions
        run.ingest(System.nanoTime()).readReferenceFiles(inputDir, run.period(), run.reference(),
                stepExecution.getJobExecutionId());
    }

    /**
     * The export a partition reads, relative to the input directory: {@code spend/2026-10.csv}. A
     * partition restarted after its process was killed or stopped by a signal may come back without
     * the execution context it was given; its name is then found again among the exports, by the
     * step name each of them gets (the same input files, as the input fingerprint is identifying).
     */
    static String exportOf(StepExecution partition, Path inputDir) {
        ExecutionContext context = partition.getExecutionContext();
        if (context.containsKey(NAME)) {
            return context.getString(NAME);
        }
        String key = partition.getStepName().substring(partition.getStepName().indexOf(':') + 1);
        try {
            for (Path export : InputLayout.exportFiles(inputDir)) {
                String name = nameOf(inputDir, export);
                if (partitionKey(name).equals(key)) {
                    context.putString(NAME, name);
                    return name;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs in " + inputDir + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("no export in " + inputDir + " is read by the partition " + partition.getStepName());
    }

    private static String nameOf(Path inputDir, Path export) {
        return inputDir.relativize(export).toString().replace('\\', '/');
    }

    /** The partition's key: its step is named {@code ingest:<key>}, which must fit STEP_NAME. */
    static String partitionKey(String exportName) {
        return FittedName.of(exportName, MAX_STEP_NAME - ReviewJobConfiguration.INGEST_STEP.length() - 1);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        try {
            for (Path export : InputLayout.exportFiles(inputDir)) {
                String name = nameOf(inputDir, export);
                ExecutionContext context = new ExecutionContext();
                context.putString(NAME, name);
                ExecutionContext other = partitions.putIfAbsent(partitionKey(name), context);
                if (other != null) { // never seen: 32 bits of SHA-256 tell long names apart
                    throw new IllegalStateException("two exports get the same step name " + partitionKey(name) + ": "
                            + other.getString(NAME) + " and " + name + "; rename one of them");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the inputs in " + inputDir + ": " + e.getMessage(), e);
        }
        return partitions;
    }
}
