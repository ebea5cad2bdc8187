package com.portfolioreview.job;

import com.portfolioreview.delivery.Delivery;
import com.portfolioreview.ingest.SharedReference;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
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
 *
 * <p>One bean per step, then the step-scoped beans that do each step's work, bound to the job
 * parameters they need ({@link JobParameterNames}), then the thread pools.
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

    private static final String PERIOD = "#{jobParameters['" + JobParameterNames.PERIOD + "']}";
    private static final String INPUT_DIR = "#{jobParameters['" + JobParameterNames.INPUT_DIR + "']}";
    private static final String OUTPUT_DIR = "#{jobParameters['" + JobParameterNames.OUTPUT_DIR + "']}";
    private static final String TEMPLATE_FILE = "#{jobParameters['" + JobParameterNames.TEMPLATE_FILE + "']}";
    private static final String FINGERPRINT = "#{jobParameters['" + JobParameterNames.FINGERPRINT + "']}";
    private static final String RUN_DATE = "#{jobParameters['" + JobParameterNames.RUN_DATE + "']}";
    private static final String CONFIGURATION = "#{jobParameters['" + JobParameterNames.CONFIGURATION + "']}";
    private static final String DELIVER = "#{jobParameters['" + JobParameterNames.DELIVER + "']}";
    private static final String DATA_DIR = "${" + DATA_DIR_PROPERTY + "}";

    @Bean
    public Job portfolioReviewJob(JobRepository jobRepository, Step ingestStep, Step mergeInputsStep, Step reviewStep,
            Step publishStep, Step deliverStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(mergeInputsStep)
                .next(reviewStep)
                .next(publishStep)
                .next(deliverStep)
                .build();
    }

    // ---- the steps

    /** Step 1: partitioned, one partition per export, {@link #READERS} at a time, largest first. */
    @Bean
    public Step ingestStep(JobRepository jobRepository, IngestPartitioner ingestPartitioner, Step ingestPartitionStep,
            TaskExecutor exportReaders) {
        LargestExportFirst readers = new LargestExportFirst();
        readers.setStep(ingestPartitionStep);
        readers.setTaskExecutor(exportReaders);
        readers.setGridSize(READERS);
        return new StepBuilder(INGEST_STEP, jobRepository)
                .partitioner(INGEST_STEP, ingestPartitioner)
                .partitionHandler(readers)
                .step(ingestPartitionStep)
                .listener(ingestPartitioner)
                .build();
    }

    /** The worker of {@code ingest}: its executions are named {@code ingest:spend/2026-10.csv}. */
    @Bean
    public Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager tx,
            IngestPartitionTasklet ingestPartitionTasklet) {
        return new StepBuilder(INGEST_STEP, jobRepository).tasklet(ingestPartitionTasklet, tx).build();
    }

    /** Step 2. */
    @Bean
    public Step mergeInputsStep(JobRepository jobRepository, PlatformTransactionManager tx,
            MergeInputsTasklet mergeInputsTasklet) {
        return new StepBuilder("merge-inputs", jobRepository).tasklet(mergeInputsTasklet, tx).build();
    }

    /** Step 3. */
    @Bean
    public Step reviewStep(JobRepository jobRepository, PlatformTransactionManager tx, ReviewTasklet reviewTasklet) {
        return new StepBuilder("review", jobRepository).tasklet(reviewTasklet, tx).build();
    }

    /** Step 4. */
    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager tx, PublishTasklet publishTasklet) {
        return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, tx).build();
    }

    /**
     * Step 5: without a transaction of its own, so that each message's ledger row is committed as
     * soon as it is written (a kill or a failure later must not make the next start send it again).
     */
    @Bean
    public Step deliverStep(JobRepository jobRepository, DeliverTasklet deliverTasklet) {
        return new StepBuilder("deliver", jobRepository).tasklet(deliverTasklet, new ResourcelessTransactionManager())
                .build();
    }

    // ---- what each step does, bound to its job parameters

    /**
     * What the reading steps share, bound for each of them (no proxy: a record cannot have one, and
     * its users are step-scoped too, so they get it when their step starts).
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
    IngestRun ingestRun(ReviewProperties properties, StepSnapshots snapshots, SharedReference reference,
            @Value(INPUT_DIR) Path inputDir, @Value(PERIOD) YearMonth period, @Value(RUN_DATE) String runDate) {
        return new IngestRun(properties, snapshots, reference, inputDir, period, RunDate.monthOf(runDate, properties));
    }

    @Bean
    @StepScope
    public IngestPartitioner ingestPartitioner(IngestRun ingestRun) {
        return new IngestPartitioner(ingestRun);
    }

    @Bean
    @StepScope
    public IngestPartitionTasklet ingestPartitionTasklet(IngestRun ingestRun) {
        return new IngestPartitionTasklet(ingestRun);
    }

    @Bean
    @StepScope
    public MergeInputsTasklet mergeInputsTasklet(IngestRun ingestRun) {
        return new MergeInputsTasklet(ingestRun);
    }

    @Bean
    public ReviewTasklet reviewTasklet(ReviewProperties properties, StepSnapshots snapshots,
                                       DecisionHistoryStore history) {
        return new ReviewTasklet(properties, snapshots, history);
    }

    @Bean
    @StepScope
    public PublishTasklet publishTasklet(ReviewProperties properties, StepSnapshots snapshots,
            DecisionHistoryStore history, ProgramVersion version, @Qualifier("outputWriters") AsyncTaskExecutor writers,
            @Value(DATA_DIR) Path dataDir, @Value(PERIOD) YearMonth period, @Value(OUTPUT_DIR) Path outputDir,
            @Value(TEMPLATE_FILE) Path templateFile, @Value(FINGERPRINT) String inputFingerprint) {
        return new PublishTasklet(properties, snapshots, history, version, writers, dataDir, period, outputDir,
                templateFile, inputFingerprint);
    }

    @Bean
    @StepScope
    public DeliverTasklet deliverTasklet(Delivery delivery, @Value(PERIOD) YearMonth period,
            @Value(OUTPUT_DIR) Path outputDir, @Value(FINGERPRINT) String inputFingerprint,
            @Value(CONFIGURATION) String configuration, @Value(DELIVER) String deliver) {
        return new DeliverTasklet(delivery, period, outputDir, inputFingerprint, configuration,
                !"false".equals(deliver));
    }

    // ---- shared by the steps

    /** The reference files read before partitioning, handed to the partitions of the same execution. */
    @Bean
    public SharedReference sharedReference() {
        return new SharedReference();
    }

    @Bean
    public StepSnapshots stepSnapshots(@Value(DATA_DIR) Path dataDir) {
        return new StepSnapshots(dataDir);
    }

    /** The threads of {@code ingest}'s partitions: reading is CPU-bound (docs/performance.md). */
    @Bean
    public TaskExecutor exportReaders() {
        return threads(READERS, "ingest-");
    }

    /** Writers of {@code publish}: two outputs at a time (memory stays flat: SXSSF keeps 100 rows per sheet). */
    @Bean
    public ThreadPoolTaskExecutor outputWriters() {
        return threads(WRITERS, "publish-");
    }

    private static ThreadPoolTaskExecutor threads(int count, String prefix) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(count);
        executor.setMaxPoolSize(count);
        executor.setThreadNamePrefix(prefix);
        executor.setDaemon(true);
        return executor;
    }
}
