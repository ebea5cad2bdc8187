package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a reading of the inputs has recorded so far: the issues in reading order, every reason
 * the input is unusable, the files read and the FX rates used.
 */
final class IngestRecord {

    /** What a reading recorded, fixed: the reference files' record, taken over by the merge. */
    record Snapshot(InputIssues issues, List<String> unusable, List<InputFile> files, List<FxRate> ratesUsed) {
    }

    private final Path inputDir;
    private final double maxRejectRatio;
    private final InputIssues.Builder issues;
    private final List<String> unusable = new ArrayList<>();
    private final List<InputFile> files = new ArrayList<>();
    private final Set<FxRate> ratesUsed = new TreeSet<>(CurrencyConversion.BY_PERIOD_AND_CURRENCY);

    IngestRecord(Path inputDir, IngestSettings settings) {
        this.inputDir = inputDir;
        this.maxRejectRatio = settings.maxRejectRatio();
        this.issues = new InputIssues.Builder(settings.issueSpool());
    }

    /** A top-level file when it is a readable file; when something else stands in its place, says what. */
    Optional<Path> presentFile(String name) {
        InputEntryCheck.fileProblem(inputDir, inputDir.resolve(name), false).ifPresent(unusable::add);
        return InputLayout.topFile(inputDir, name);
    }

    /** As {@link #presentFile}, and a file that is not there at all is missing. */
    Optional<Path> requiredFile(String name) {
        Optional<Path> p = presentFile(name);
        if (p.isEmpty() && !Files.exists(inputDir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            unusable.add(name + ": required file is missing");
        }
        return p;
    }

    /**
     * The readable exports of spend/ or kpi/; every other entry named like an export (a
     * dangling link, a directory, a FIFO, ...) makes the input unusable: a month must not
     * go missing silently.
     */
    List<Path> requiredExports(String dirName) throws IOException {
        Optional<List<Path>> exports = InputLayout.exports(inputDir, dirName);
        if (exports.isEmpty()) {
            unusable.add(dirName + "/: required directory is missing");
            return List.of();
        }
        List<Path> entries = InputLayout.exportEntries(inputDir, dirName);
        for (Path entry : entries) {
            InputEntryCheck.fileProblem(inputDir, entry, false).ifPresent(unusable::add);
        }
        if (entries.isEmpty()) {
            unusable.add(dirName + "/: no .csv file");
        }
        return exports.get();
    }

    /**
     * Records a file's issues, file errors, rates used and its InputFile, and checks its
     * reject ratio (not when the register is unusable: every row would be an unknown
     * initiative, which says nothing about the file). Returns the InputFile.
     */
    InputFile record(FileReading<?> r, boolean checkRejectRatio) {
        FileTally tally = r.tally();
        issues.addAll(tally.issues());
        unusable.addAll(tally.fileErrors());
        if (checkRejectRatio) {
            tally.rejectLimitExceeded(maxRejectRatio).ifPresent(unusable::add);
        }
        ratesUsed.addAll(r.ratesUsed());
        InputFile inputFile = tally.inputFile(r.file());
        files.add(inputFile);
        return inputFile;
    }

    /** As {@link #record(FileReading, boolean)}, for an export read apart. */
    void record(ExportReading r, boolean checkRejectRatio) {
        issues.addAll(r.issues());
        unusable.addAll(r.fileErrors());
        if (checkRejectRatio && r.rejectLimitExceeded() != null) {
            unusable.add(r.rejectLimitExceeded());
        }
        ratesUsed.addAll(r.ratesUsed());
        files.add(r.inputFile());
    }

    /** A required file without a data row makes the input unusable. */
    void requireDataRows(FileTally tally) {
        if (tally.fileErrors().isEmpty() && tally.dataRows() == 0) {
            unusable.add(tally.file() + ": no data row");
        }
    }

    void unusable(String reason) {
        unusable.add(reason);
    }

    /** How many reasons the input is unusable were recorded so far. */
    int unusableCount() {
        return unusable.size();
    }

    void issue(InputIssue issue) {
        issues.add(issue);
    }

    /** The issues recorded so far, for a part that adds its own as it goes (the KPI merge's restatements). */
    InputIssues.Builder issues() {
        return issues;
    }

    /** A file read but not counted (a duplicate). */
    void file(InputFile file) {
        files.add(file);
    }

    /** Takes over what another reading recorded, as if this one had. */
    void adopt(Snapshot s) {
        issues.addAll(s.issues());
        unusable.addAll(s.unusable());
        files.addAll(s.files());
        ratesUsed.addAll(s.ratesUsed());
    }

    /** What was recorded; nothing can be added after. */
    Snapshot snapshot() {
        return new Snapshot(issues.build(), List.copyOf(unusable), List.copyOf(files), List.copyOf(ratesUsed));
    }

    /** Throws every reason recorded that makes the input unusable, if any. */
    void requireUsable() throws InputUnusableException {
        if (!unusable.isEmpty()) {
            throw new InputUnusableException(unusable);
        }
    }
}
