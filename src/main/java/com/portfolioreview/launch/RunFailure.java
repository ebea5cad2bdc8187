package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewJobConfiguration;
import com.portfolioreview.job.SnapshotFormat;
import com.portfolioreview.job.StepSnapshots;
import com.portfolioreview.ingest.InputUnusableException;
import com.portfolioreview.report.workbook.TemplateUnusableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run that did not complete prints, and its exit code (SPEC §4): unusable inputs (3), a
 * template or configuration problem (2), and for a failed run (1) whether running again resumes
 * it (a file, disk or database problem), needs more heap, or would fail the same way and needs
 * {@code --rerun}. Expected problems are one line each; a defect keeps its stack trace.
 */
final class RunFailure {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private RunFailure() {
    }

    static ExitCode inputUnusable(List<String> reasons) {
        log.error("input unusable, nothing published; fix the inputs and run again:");
        reasons.forEach(r -> log.error("  {}", r));
        return ExitCode.INPUT_UNUSABLE;
    }

    static ExitCode of(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof InputUnusableException unusable) {
                    return inputUnusable(unusable.reasons());
                }
                if (c instanceof TemplateUnusableException template) {
                    log.error("{}", template.getMessage());
                    return ExitCode.USAGE;
                }
            }
        }
        String step = failedStepOf(execution);
        List<Throwable> failures = failures(execution);
        for (Throwable t : failures) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof SnapshotFormat.OtherVersionException otherVersion) {
                    log.error("run #{} cannot resume the run it continues, nothing published: {}", execution.getId(),
                            otherVersion.getMessage());
                    return ExitCode.FAILED;
                }
            }
        }
        for (Throwable t : failures) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof OutOfMemoryError oom) {
                    return outOfMemory("run #" + execution.getId() + " ran out of memory in step " + step, oom);
                }
            }
        }
        if (failures.stream().allMatch(RunFailure::isEnvironmentProblem)) {
            log.error("run #{} failed in step {}, nothing published; fix the cause below and run again to resume it:",
                    execution.getId(), step);
            failures.forEach(t -> log.error("  {}", causeChain(t)));
        } else {
            // Resuming runs the same code on the same saved state: it would fail the same way.
            log.error("run #{} failed in step {} with an unexpected error, nothing published; running again would fail"
                    + " the same way: run with --rerun to review afresh, and if that fails too, report it with this log:",
                    execution.getId(), step);
            failures.forEach(t -> log.error("  {}", causeChain(t), t));
        }
        return ExitCode.FAILED;
    }

    /**
     * Too little heap for these inputs fails the same way on resume: the operator must give the
     * JVM more (run.sh passes {@code JAVA_OPTS} to it). One line; the stack trace says nothing useful.
     */
    static ExitCode outOfMemory(String what, OutOfMemoryError e) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        long doubledMb = Long.highestOneBit(Math.max(1, 2 * heapMb - 1)) << 1;
        String suggested = doubledMb >= 1024 ? (doubledMb >> 10) + "g" : doubledMb + "m";
        log.error("{} ({}), nothing published; raise the heap through JAVA_OPTS (e.g. JAVA_OPTS=-Xmx{}; this run had"
                + " {} MB) and run again: it resumes where it stopped", what, e.getMessage(), suggested, heapMb);
        return ExitCode.FAILED;
    }

    /**
     * Every failure of the run, except the partitioned step's own summary when one of its
     * partitions failed (the partition's failure says what happened).
     */
    private static List<Throwable> failures(JobExecution execution) {
        List<Throwable> all = new ArrayList<>(execution.getFailureExceptions());
        boolean partitionFailed = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().startsWith(ReviewJobConfiguration.INGEST_STEP + ":")
                        && !s.getFailureExceptions().isEmpty());
        for (StepExecution step : execution.getStepExecutions()) {
            if (!(partitionFailed && step.getStepName().equals(ReviewJobConfiguration.INGEST_STEP))) {
                all.addAll(step.getFailureExceptions());
            }
        }
        return all;
    }

    private static String failedStepOf(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED)
                .map(StepExecution::getStepName)
                .reduce((a, b) -> b)
                .orElse("?");
    }

    /**
     * A file that cannot be read or written, a full disk, a lost database: the operator fixes it and
     * runs again, so one line says what happened. Anything else (a defect, a damaged work file) would
     * fail the same way on resume and keeps its stack trace.
     */
    private static boolean isEnvironmentProblem(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StepSnapshots.UnreadableException) {
                return false; // the same file is read again on resume
            }
            if (c instanceof IOException || c instanceof UncheckedIOException || c instanceof DataAccessException
                    || c instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** "cannot create /x/2026-10: FileAlreadyExistsException: /x" with no repeated messages. */
    private static String causeChain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String message = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            if (previous != null && previous.contains(message)) {
                continue;
            }
            if (c instanceof java.nio.file.FileSystemException) {
                message = c.getClass().getSimpleName() + ": " + message;
            }
            sb.append(sb.isEmpty() ? "" : ": ").append(message);
            previous = message;
        }
        return sb.toString();
    }
}
