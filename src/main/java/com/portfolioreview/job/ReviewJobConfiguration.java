package com.portfolioreview.job;

import com.portfolioreview.ingest.SharedReference;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * The monthly review job: {@code ingest} (one partition per spend or KPI export, two at a time,
 * each reading its file into its own aggregate) → {@code merge-inputs} (the aggregates merged in
 * file-name order with the fx rates, the register and the KPI targets, and validated) →
 * {@code review} (SPEC §2 figures, findings, decisions, funding) → {@code publish} (workbooks,
 * rejects.csv, run-summary.json, decision history, atomic rename). Each step, and each
 * partition, hands its result on through {@link StepSnapshots}, so a restart resumes at the step
 * that failed and, within {@code ingest}, reads only the exports not read before.
 */
@Configuration
public class ReviewJobConfiguration {

    public static final String JOB_NAME = "portfolioReview";
    /** Set by the launcher from {@code --data}: the job's work files go under {@code <data>/work/}. */
    public static final String DATA_DIR_PROPERTY = "portfolio-review.data-dir";
    public static final String INGEST_STEP = "ingest";
    /** Exports read at the same time: reading is CPU-bound (docs/performance.md). */
    static final int READERS = 2;
    /** Outputs written at the same time. */
    static final int WRITERS = 2;

    @Bean
    public Job portfolioReviewJob(JobRepository jobRepository, Step ingestStep, Step mergeInputsStep, Step reviewStep,
            Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(mergeInputsStep)
                .next(reviewStep)
                .next(publishStep)
                .build();
    }

    /** The reference files read before partitioning, handed to the partitions of the same execution. */
    @Bean
    public SharedReference sharedReference() {
        return new SharedReference();
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, ExportPartitioner partitioner, Step exportReadStep,
            TaskExecutor exportReaders) {
        LargestExportFirst readers = new LargestExportFirst();
        readers.setStep(exportReadStep);
        readers.setTaskExecutor(exportReaders);
        readers.setGridSize(READERS);
        return new StepBuilder(INGEST_STEP, jobRepository)
                .partitioner(INGEST_STEP, partitioner)
                .partitionHandler(readers)
                .step(exportReadStep)
                .listener(partitioner)
                .build();
    }

    /** The worker of {@code ingest}: its executions are named {@code ingest:spend/2026-10.csv}. */
    @Bean
    public Step exportReadStep(JobRepository jobRepository, PlatformTransactionManager tx, ExportReadTasklet tasklet) {
        return new StepBuilder(INGEST_STEP, jobRepository).tasklet(tasklet, tx).build();
    }

    @Bean
    public TaskExecutor exportReaders() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(READERS);
        executor.setMaxPoolSize(READERS);
        executor.setThreadNamePrefix("ingest-");
        executor.setDaemon(true);
        return executor;
    }

    /** Writers of {@code publish}: two outputs at a time (memory stays flat: SXSSF keeps 100 rows per sheet). */
    @Bean
    public ThreadPoolTaskExecutor outputWriters() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(WRITERS);
        executor.setMaxPoolSize(WRITERS);
        executor.setThreadNamePrefix("publish-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    public Step mergeInputsStep(JobRepository jobRepository, PlatformTransactionManager tx, MergeInputsTasklet tasklet) {
        return new StepBuilder("merge-inputs", jobRepository).tasklet(tasklet, tx).build();
    }

    @Bean
    public Step reviewStep(JobRepository jobRepository, PlatformTransactionManager tx, ReviewTasklet tasklet) {
        return new StepBuilder("review", jobRepository).tasklet(tasklet, tx).build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, PublishTasklet tasklet) {
        return new StepBuilder("publish", jobRepository).tasklet(tasklet, tx).build();
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(ReviewProperties properties, StepSnapshots snapshots,
            DecisionHistoryStore history, ProgramVersion version, @Qualifier("outputWriters") AsyncTaskExecutor writers,
            @Value("${" + DATA_DIR_PROPERTY + "}") Path dataDir,
            @Value("#{jobParameters['" + JobParameterNames.PERIOD + "']}") YearMonth period,
            @Value("#{jobParameters['" + JobParameterNames.OUTPUT_DIR + "']}") Path outputDir,
            @Value("#{jobParameters['" + JobParameterNames.TEMPLATE_FILE + "']}") Path templateFile,
            @Value("#{jobParameters['" + JobParameterNames.FINGERPRINT + "']}") String inputFingerprint) {
        return new PublishTasklet(properties, snapshots, history, version, writers, dataDir, period, outputDir,
                templateFile, inputFingerprint);
    }

    @Bean
    public StepSnapshots stepSnapshots(@Value("${" + DATA_DIR_PROPERTY + "}") Path dataDir) {
        return new StepSnapshots(dataDir);
    }
}
