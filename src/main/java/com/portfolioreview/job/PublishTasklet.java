package com.portfolioreview.job;

import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.IssueSummary;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.report.BusinessUnitFileName;
import com.portfolioreview.report.Publication;
import com.portfolioreview.report.IssuesCsv;
import com.portfolioreview.report.RunSummaryJson;
import com.portfolioreview.report.workbook.PortfolioWorkbook;
import com.portfolioreview.report.workbook.RunContext;
import com.portfolioreview.report.workbook.WorkbookTempFiles;
import com.portfolioreview.report.workbook.WorkbookTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.task.AsyncTaskExecutor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Step 4 ({@code publish}): writes every output of SPEC §3 into a new set beside {@code <output>/<P>}, records the
 * decisions in the history table, then swaps the new set in as a whole ({@link Publication}).
 * Anything failing, the step's commit included, leaves the previous outputs as they were.
 */
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    /** Job execution context key: the published paths, for the last log line. */
    public static final String PUBLISHED = "published.paths";

    private final ReviewProperties properties;
    private final StepSnapshots snapshots;
    private final DecisionHistoryStore history;
    private final ProgramVersion version;
    /** The outputs are written on these threads ({@link ReviewJobConfiguration#outputWriters}). */
    private final AsyncTaskExecutor writers;
    /** {@code --data}: POI's temporary files go under it. */
    private final Path dataDir;
    private final YearMonth period;
    /** {@code <output>/<period>}. */
    private final Path outputDir;
    private final Path templateFile;
    private final String inputFingerprint;

    PublishTasklet(ReviewProperties properties, StepSnapshots snapshots, DecisionHistoryStore history,
                   ProgramVersion version, AsyncTaskExecutor writers, Path dataDir,
                   YearMonth period, Path outputRoot, Path templateFile, String inputFingerprint) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.history = history;
        this.version = version;
        this.writers = writers;
        this.dataDir = dataDir;
        this.period = period;
        this.outputDir = outputRoot.resolve(period.toString());
        this.templateFile = templateFile;
        this.inputFingerprint = inputFingerprint;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instance = execution.getJobInstance().getInstanceId();

        PortfolioInputs inputs = snapshots.load(instance, Snapshot.INPUTS);
        PortfolioReview review = snapshots.load(instance, Snapshot.REVIEW);
        WorkbookTemplate template = WorkbookTemplate.load(templateFile);
        PortfolioWorkbook workbook = new PortfolioWorkbook(template);
        RunContext run = new RunContext(version.text(), execution.getId(), LocalDateTime.now(),
                inputFingerprint, properties.asText());

        List<Path> published;
        try (Publication publication = Publication.of(outputDir)) {
            // The outputs are written on two threads (the portfolio's workbook, the largest, first;
            // the business units' meanwhile), each to its file in the new set.
            List<Callable<Void>> outputs = new ArrayList<>();
            Path portfolioFile = publication.reserve("portfolio-review-" + period + ".xlsx");
            outputs.add(() -> {
                workbook.write(portfolioFile, review, inputs, run, null);
                return null;
            });
            // the business units' Data Quality issues, summed up in one pass over every issue
            // while the portfolio's workbook is written (the units' writes wait for them)
            FutureTask<Map<String, IssueSummary>> unitIssues = new FutureTask<>(
                    () -> PortfolioWorkbook.issuesByBusinessUnit(review, inputs));
            outputs.add(() -> {
                unitIssues.run();
                resultOf(unitIssues);
                return null;
            });
            Map<String, String> fileNames = BusinessUnitFileName.forUnits(
                    review.reviews().stream().map(r -> r.initiative().businessUnit()).toList());
            for (Map.Entry<String, String> bu : fileNames.entrySet()) {
                Path file = publication.reserve("business-units/portfolio-review-" + period + "-" + bu.getValue() + ".xlsx");
                outputs.add(() -> {
                    workbook.write(file, review, inputs, run, bu.getKey(),
                            resultOf(unitIssues).getOrDefault(bu.getKey(), new IssueSummary()));
                    return null;
                });
            }
            // the small outputs last, on whichever writer is free first
            for (IssuesCsv list : IssuesCsv.values()) {
                Path listFile = publication.reserve(list.fileName());
                outputs.add(() -> {
                    list.write(listFile, inputs.issues());
                    return null;
                });
            }
            Path summaryFile = publication.reserve("run-summary.json");
            outputs.add(() -> {
                RunSummaryJson.write(summaryFile, review, inputs, run);
                return null;
            });
            try {
                OutputWrites.writeAll(writers, outputs);
            } finally {
                removeWorkbookTempFiles();
            }
            history.record(execution.getId(), period, review.reviews());
            published = publication.swapIn();
            PreviousOutputs.settleWhenRecorded(publication, period);
        }
        contribution.incrementWriteCount(published.size());
        execution.getExecutionContext().putString(PUBLISHED, outputDir.toString());
        log.info("step publish: {} files written to {} ({})", published.size(), outputDir, Durations.since(started));
        return RepeatStatus.FINISHED;
    }

    /** A task's result, or what it threw as it was thrown. */
    private static <T> T resultOf(Future<T> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) e.getCause();
        }
    }

    /** SXSSF removed its own files; the folder goes too (POI makes it again when needed). */
    private void removeWorkbookTempFiles() {
        Path folder = WorkbookTempFiles.folderUnder(dataDir);
        try {
            WorkbookTempFiles.removeAll(folder);
        } catch (IOException e) {
            log.warn("cannot remove the workbook temporary files in {}: {}; the next start removes them", folder, e.getMessage());
        }
    }
}
