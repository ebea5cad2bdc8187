package com.portfolioreview.job;

import com.portfolioreview.ingest.PortfolioIngest;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
            byExport.put(inputDir.resolve(ExportPartitioner.exportOf(partition, inputDir)), partition);
        }
        Set<StepExecution> ordered = new LinkedHashSet<>();
        for (Path export : PortfolioIngest.largestFirst(new ArrayList<>(byExport.keySet()))) {
            ordered.add(byExport.get(export));
        }
        return super.doHandle(manager, ordered);
    }
}
