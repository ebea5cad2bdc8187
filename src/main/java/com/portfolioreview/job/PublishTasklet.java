package com.portfolioreview.job;

import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.portfolio.IssueSummary;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.report.BusinessUnitFileName;
import com.portfolioreview.report.Publication;
import com.portfolioreview.report.IssuesCsv;
import com.portfolioreview.report.RunSummaryJson;
import com.portfolioreview.report.workbook.DecisionHistory;
import com.portfolioreview.report.workbook.PortfolioWorkbook;
import com.portfolioreview.report.workbook.RunContext;
import com.portfolioreview.report.workbook.WorkbookTempFiles;
import com.portfolioreview.report.workbook.WorkbookTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Step 4 ({@code publish}): writes every output of SPEC §3 into a new set beside {@code <output>/<P>}, records the
 * decisions in the history table, then swaps the new set in as a whole ({@link Publication}).
 * Anything failing, the step's commit included, leaves the previous outputs as they were.
 */
@Component
public class PublishTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    /** Job execution context key: the published paths, for the last log line. */
    public static final String PUBLISHED = "published.paths";

    private final ReviewProperties properties;
    private final StepSnapshots snapshots;
    private final DecisionHistoryStore history;
    /** {@code --data}: POI's temporary files go under it. */
    private final Path dataDir;
    private final ProgramVersion version;
    /** The outputs are written on these threads ({@link ReviewJobConfiguration#outputWriters}). */
    private final AsyncTaskExecutor writers;

    public PublishTasklet(ReviewProperties properties, StepSnapshots snapshots, DecisionHistoryStore history,
                          @Value("${" + ReviewJobConfiguration.DATA_DIR_PROPERTY + "}") Path dataDir, ProgramVersion version,
                          @Qualifier("outputWriters") AsyncTaskExecutor writers) {
        this.properties = properties;
        this.snapshots = snapshots;
        this.history = history;
        this.dataDir = dataDir;
        this.version = version;
        this.writers = writers;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        long started = System.nanoTime();
        JobExecution execution = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long instance = execution.getJobInstance().getInstanceId();
        JobParameters params = execution.getJobParameters();
        YearMonth period = YearMonth.parse(params.getString(JobParameterNames.PERIOD));
        Path outputDir = Path.of(params.getString(JobParameterNames.OUTPUT_DIR)).resolve(period.toString());

        PortfolioInputs inputs = snapshots.load(instance, "inputs", PortfolioInputs.class);
        PortfolioReview review = snapshots.load(instance, "review", PortfolioReview.class);
        WorkbookTemplate template = WorkbookTemplate.load(Path.of(params.getString(JobParameterNames.TEMPLATE_FILE)));
        PortfolioWorkbook workbook = new PortfolioWorkbook(template);
        RunContext run = new RunContext(version.text(), execution.getId(), LocalDateTime.now(),
                params.getString(JobParameterNames.FINGERPRINT), properties.asText());
        DecisionHistory decisionHistory = decisionHistory(period, review);

        List<Path> published;
        try (Publication publication = Publication.of(outputDir)) {
            // The outputs are written on two threads (the portfolio's workbook, the largest, first;
            // the business units' meanwhile), each to its file in the new set.
            List<Callable<Void>> outputs = new ArrayList<>();
            Path portfolioFile = publication.reserve("portfolio-review-" + period + ".xlsx");
            outputs.add(() -> {
                workbook.write(portfolioFile, review, inputs, decisionHistory, run, null);
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
            Map<String, String> fileNames = businessUnitFileNames(review);
            for (Map.Entry<String, String> bu : fileNames.entrySet()) {
                Path file = publication.reserve("business-units/portfolio-review-" + period + "-" + bu.getValue() + ".xlsx");
                outputs.add(() -> {
                    workbook.write(file, review, inputs, decisionHistory, run, bu.getKey(),
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
                writeAll(writers, outputs);
            } finally {
                removeWorkbookTempFiles();
            }
            history.record(execution.getId(), period, review.reviews());
            published = publication.swapIn();
            settleWhenRecorded(publication, period);
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

    /**
     * Runs every write on the {@code outputWriters} threads; after a failure the writes not yet
     * started are skipped, and the first failure is rethrown once every write has ended: a write
     * still running must not create its file after the publication removed the temporary files.
     */
    static void writeAll(AsyncTaskExecutor writers, List<Callable<Void>> writes) throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> w : writes) {
            done.add(writers.submit(() -> {
                if (failed.get()) {
                    return null;
                }
                try {
                    return w.call();
                } catch (Exception | Error e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        Throwable failure = null;
        boolean interrupted = false;
        for (Future<Void> f : done) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                    break;
                } catch (InterruptedException e) {
                    failed.set(true);
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failure == null) {
                throw new InterruptedException("interrupted while writing the outputs");
            }
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private DecisionHistory decisionHistory(YearMonth period, PortfolioReview review) {
        TreeMap<YearMonth, Map<String, com.portfolioreview.decision.Decision>> earlier = history.before(period);
        List<YearMonth> periods = new ArrayList<>(earlier.keySet());
        periods.add(period);
        Map<String, Map<YearMonth, com.portfolioreview.decision.Decision>> byInitiative = new TreeMap<>();
        earlier.forEach((p, decisions) -> decisions.forEach((id, d) ->
                byInitiative.computeIfAbsent(id, k -> new TreeMap<>()).put(p, d)));
        for (InitiativeReview r : review.reviews()) {
            byInitiative.computeIfAbsent(r.initiative().id(), k -> new TreeMap<>()).put(period, r.decision());
        }
        return new DecisionHistory(periods, byInitiative);
    }

    /**
     * Business unit → file-name part, unique even when two units differ only in punctuation or
     * case: a unit whose name another unit took gets the name with its hash (SPEC §3).
     */
    static Map<String, String> businessUnitFileNames(PortfolioReview review) {
        Set<String> units = new TreeSet<>();
        review.reviews().forEach(r -> units.add(r.initiative().businessUnit()));
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String unit : units) {
            String name = BusinessUnitFileName.of(unit);
            if (!taken.add(name)) {
                name = BusinessUnitFileName.hashed(unit);
                if (!taken.add(name)) {
                    throw new IllegalStateException("business units " + unit + " and another have the same file name " + name);
                }
            }
            names.put(unit, name);
        }
        return names;
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

    /**
     * The previous set stays aside until the step's transaction (the decision history, the step's
     * completion) commits, then it is removed; if the transaction rolls back, the previous set is
     * put back, so a failed run has published nothing and the history agrees with the outputs.
     */
    private static void settleWhenRecorded(Publication publication, YearMonth period) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            removePrevious(publication, period);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    putPreviousBack(publication, period);
                } else {
                    removePrevious(publication, period);
                }
            }
        });
    }

    private static void removePrevious(Publication publication, YearMonth period) {
        try {
            publication.removePrevious();
        } catch (IOException e) {
            log.warn("could not remove the previous outputs of {} from {}: {}; the next start removes them", period,
                    publication.previousAside(), e.getMessage());
        }
    }

    private static void putPreviousBack(Publication publication, YearMonth period) {
        try {
            publication.putPreviousBack();
            log.info("the outputs of {} published by this failed run were taken back: {} holds the previous ones again",
                    period, publication.target());
        } catch (IOException e) {
            log.error("the run failed after publishing {} and could not take its outputs back: {}", period, e.getMessage());
        }
    }
}
