package com.portfolioreview.job;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts the {@code ingest} partitions largest export first. Spring Batch hands partitions to
 * the readers in no particular order; when the largest file happens to come last, one reader
 * works alone at the end while the other waits (seen: a 118 MB spend export started after the
 * KPI exports). Largest first keeps both readers busy to the end. Which exports run is
 * unchanged (a restart still reads only the unfinished ones).
 */
final class LargestExportFirst extends TaskExecutorPartitionHandler {

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        Path inputDir = Path.of(manager.getJobParameters().getString(JobParameterNames.INPUT_DIR));
        Map<Path, StepExecution> byExport = new HashMap<>();
        for (StepExecution partition : partitions) {
            byExport.put(inputDir.resolve(IngestPartitioner.exportOf(partition, inputDir)), partition);
        }
        Set<StepExecution> ordered = new LinkedHashSet<>();
        for (Path export : largestFirst(new ArrayList<>(byExport.keySet()))) {
            ordered.add(byExport.get(export));
        }
        return super.doHandle(manager, ordered);
    }

    /**
     * {@code exports} in the order they are best read on a few threads: largest file first (a
     * large file started last leaves the other threads idle at the end), ties in the given
     * order. A file whose size cannot be read counts as empty (reading it says why).
     */
    static List<Path> largestFirst(List<Path> exports) {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path p : exports) {
            try {
                sizes.put(p, Files.size(p));
            } catch (IOException e) {
                sizes.put(p, 0L);
            }
        }
        List<Path> order = new ArrayList<>(exports);
        order.sort((a, b) -> Long.compare(sizes.get(b), sizes.get(a)));
        return order;
    }
}
