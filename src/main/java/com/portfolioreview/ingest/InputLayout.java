package com.portfolioreview.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the inputs live in the input directory (SPEC §1) and which files count: the four
 * top-level files, and the {@code .csv} files (case-insensitive) of {@code spend/}, {@code kpi/}
 * and {@code cloud/} (there also {@code .csv.gz}) in file-name order, hidden (dot) files ignored. Sub-directories are not searched. Only regular
 * files are read; {@link InputEntryCheck} names every other entry that should have been one.
 */
public final class InputLayout {

    static final String REGISTER = "initiatives.csv";
    static final String TARGETS = "kpi_targets.csv";
    static final String FX_RATES = "fx_rates.csv";
    static final String SPEND_DIR = "spend";
    static final String KPI_DIR = "kpi";
    static final String CLOUD_DIR = "cloud";
    static final String CLOUD_ALLOCATION = "cloud_allocation.csv";

    private InputLayout() {
    }

    /** A top-level input file, when present. */
    static Optional<Path> topFile(Path inputDir, String name) {
        Path p = inputDir.resolve(name);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** The selected exports of a sub-directory in file-name order; empty when the directory is missing. */
    static Optional<List<Path>> exports(Path inputDir, String dirName) throws IOException {
        Path dir = inputDir.resolve(dirName);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return Optional.of(entries.filter(p -> isExportName(p, dirName) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList());
        }
    }

    /** Not hidden, and ending in {@code .csv} (case-insensitive): an entry that must be a readable export. */
    static boolean isExportName(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** In {@code cloud/}, also {@code .csv.gz}: cloud exports usually arrive compressed (SPEC §1.4). */
    static boolean isExportName(Path p, String dirName) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return isExportName(p) || dirName.equals(CLOUD_DIR) && !name.startsWith(".") && name.endsWith(".csv.gz");
    }

    /** Every entry of a sub-directory whose name says it is an export, whatever it is, in file-name order. */
    static List<Path> exportEntries(Path inputDir, String dirName) throws IOException {
        Path dir = inputDir.resolve(dirName);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> isExportName(p, dirName))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    /** The spend, KPI and cloud exports of an input directory, each in file-name order. */
    public static List<Path> exportFiles(Path inputDir) throws IOException {
        List<Path> all = new ArrayList<>();
        exports(inputDir, SPEND_DIR).ifPresent(all::addAll);
        exports(inputDir, KPI_DIR).ifPresent(all::addAll);
        exports(inputDir, CLOUD_DIR).ifPresent(all::addAll);
        return all;
    }

    /** Every input file the job reads, whatever their order. */
    static List<Path> allInputs(Path inputDir) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String name : List.of(REGISTER, TARGETS, FX_RATES, CLOUD_ALLOCATION)) {
            topFile(inputDir, name).ifPresent(all::add);
        }
        all.addAll(exportFiles(inputDir));
        return all;
    }
}
