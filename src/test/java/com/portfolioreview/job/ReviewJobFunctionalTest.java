package com.portfolioreview.job;

import com.portfolioreview.PortfolioReviewApplication;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.ingest.ExportReading;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's steps as Spring Batch runs them, in one application context and without the
 * launcher: the {@code ingest} partitions and their names, the order of the steps, what each
 * step counts, the hand-over between steps through {@link StepSnapshots}, and a restart that runs
 * only the step that failed. Input: {@link InputFolder#smallPortfolio}, period 2026-10.
 */
@SpringBatchTest
@SpringBootTest(classes = PortfolioReviewApplication.class)
class ReviewJobFunctionalTest {

    private static final Path DATA = temporaryFolder();
    private static final Path TEMPLATE = Path.of("templates", "portfolio-review.xlsx").toAbsolutePath();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:mem:steps-" + UUID.randomUUID());
        registry.add("spring.datasource.username", () -> "SA");
        registry.add(ReviewJobConfiguration.DATA_DIR_PROPERTY, DATA::toString);
    }

    @Autowired
    private JobOperatorTestUtils batch;
    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private StepSnapshots snapshots;

    @Test
    void ingestReadsEachExportInAPartitionNamedAfterItsFile() throws IOException {
        Path input = InputFolder.smallPortfolio(newFolder()).dir();

        JobExecution execution = batch.startStep(ReviewJobConfiguration.INGEST_STEP, parameters(input, newFolder()),
                new ExecutionContext());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Long> readByPartition = new TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().equals(ReviewJobConfiguration.INGEST_STEP)) {
                readByPartition.put(step.getStepName(), step.getReadCount());
            }
        }
        // data rows per file: spend-2026-h1 6, spend-2026-h2 8, spend-eu 3, kpi-2026 3
        assertThat(readByPartition).containsExactly(
                Map.entry("ingest:kpi/kpi-2026.csv", 3L),
                Map.entry("ingest:spend/spend-2026-h1.csv", 6L),
                Map.entry("ingest:spend/spend-2026-h2.csv", 8L),
                Map.entry("ingest:spend/spend-eu.csv", 3L));
        long instance = execution.getJobInstance().getInstanceId();
        ExportReading eu = snapshots.take(instance, Snapshot.export("spend/spend-eu.csv"));
        assertThat(eu.inputFile().name()).isEqualTo("spend/spend-eu.csv");
        assertThat(eu.inputFile().dataRows()).isEqualTo(3);
    }

    @Test
    void theStepsRunInOrderAndHandTheirResultsOnThroughTheirSnapshots() throws Exception {
        Path input = InputFolder.smallPortfolio(newFolder()).dir();
        Path output = newFolder();

        JobExecution execution = batch.startJob(parameters(input, output));

        assertThat(execution.getStatus()).as("%s", execution.getAllFailureExceptions()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder("ingest", "ingest:kpi/kpi-2026.csv", "ingest:spend/spend-2026-h1.csv",
                        "ingest:spend/spend-2026-h2.csv", "ingest:spend/spend-eu.csv", "merge-inputs", "review", "publish",
                        "deliver");
        // rows of every file: initiatives 3, kpi_targets 3, fx_rates 4 and the exports 3 + 6 + 8 + 3
        assertThat(steps(execution).get("merge-inputs").getReadCount()).isEqualTo(30);
        assertThat(steps(execution).get("review").getWriteCount()).as("one review per initiative").isEqualTo(3);
        assertThat(output.resolve("2026-10/portfolio-review-2026-10.xlsx")).isRegularFile();

        // a resumed run has only the files: what it reads back is what the steps handed on in memory
        long instance = execution.getJobInstance().getInstanceId();
        StepSnapshots resumed = new StepSnapshots(DATA);
        PortfolioReview handedOn = snapshots.load(instance, Snapshot.REVIEW);
        assertThat(resumed.load(instance, Snapshot.REVIEW)).isNotSameAs(handedOn).isEqualTo(handedOn);
        PortfolioInputs inputs = resumed.load(instance, Snapshot.INPUTS);
        assertThat(inputs.initiatives()).hasSize(3);
        assertThat(handedOn.period()).hasToString("2026-10");
        assertThat(handedOn.reviews()).extracting(r -> r.initiative().id())
                .containsExactlyInAnyOrder("AI-001", "AI-002", "AI-003");
    }

    @Test
    void aRestartRunsOnlyTheStepThatFailed() throws Exception {
        Path input = InputFolder.smallPortfolio(newFolder()).dir();
        Path output = newFolder().resolve("out");
        Files.writeString(output, "not a directory");

        JobParameters parameters = parameters(input, output);
        JobExecution failed = batch.startJob(parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(steps(failed).get("publish").getStatus()).isEqualTo(BatchStatus.FAILED);

        Files.delete(output);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("publish", "deliver");
        assertThat(output.resolve("2026-10/run-summary.json")).isRegularFile();
    }

    /** A step's execution by name (not a method returning a StepExecution: @SpringBatchTest would take it for a factory). */
    private static Map<String, StepExecution> steps(JobExecution execution) {
        Map<String, StepExecution> byName = new TreeMap<>();
        execution.getStepExecutions().forEach(s -> byName.put(s.getStepName(), s));
        return byName;
    }

    /** As the launcher gives them, with fingerprints that tell the tests' runs apart. */
    private static JobParameters parameters(Path input, Path output) {
        String run = UUID.randomUUID().toString();
        return new JobParametersBuilder()
                .addString(JobParameterNames.PERIOD, "2026-10", true)
                .addString(JobParameterNames.FINGERPRINT, run, true)
                .addString(JobParameterNames.CONFIGURATION, "test", true)
                .addString(JobParameterNames.INPUT_DIR, input.toString(), false)
                .addString(JobParameterNames.OUTPUT_DIR, output.toString(), false)
                .addString(JobParameterNames.TEMPLATE_FILE, TEMPLATE.toString(), false)
                .addString(JobParameterNames.RUN_DATE, "2026-11-05", false)
                .toJobParameters();
    }

    private static Path newFolder() throws IOException {
        return Files.createTempDirectory(DATA, "case");
    }

    private static Path temporaryFolder() {
        try {
            Path dir = Files.createTempDirectory("review-job-steps");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
