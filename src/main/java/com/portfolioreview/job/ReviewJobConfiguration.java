package com.portfolioreview.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly review job: {@code ingest} (read and validate every export) → {@code review}
 * (SPEC §2 figures, findings, decisions, funding) → {@code publish} (workbooks, rejects.csv,
 * run-summary.json, decision history, atomic rename). Each step hands its result to the next
 * through {@link StepSnapshots}, so a restart resumes at the step that failed.
 */
@Configuration
public class ReviewJobConfiguration {

    public static final String JOB_NAME = "portfolioReview";

    @Bean
    public Job portfolioReviewJob(JobRepository jobRepository, Step ingestStep, Step reviewStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(ingestStep)
                .next(reviewStep)
                .next(publishStep)
                .build();
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tx, IngestTasklet tasklet) {
        return new StepBuilder("ingest", jobRepository).tasklet(tasklet, tx).build();
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
    public StepSnapshots stepSnapshots(RunOptions options) {
        return new StepSnapshots(options.dataDir());
    }
}
