package com.portfolioreview.launch;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What is checked before anything is locked or started: an input directory and a configuration
 * file that can be read (the file as strict YAML), and directories the database and the outputs
 * can use. Each failure is a usage error (exit 2) with one line saying what to change.
 */
final class LaunchChecks {

    private LaunchChecks() {
    }

    /** An input directory or configuration file that cannot be read is a usage error, found before anything starts. */
    static void checkReadable(RunOptions options) throws RunOptions.UsageException {
        if (!Files.isDirectory(options.inputDir())) {
            throw new RunOptions.UsageException("input directory not found: " + options.inputDir());
        }
        if (!Files.isReadable(options.inputDir()) || !Files.isExecutable(options.inputDir())) {
            throw new RunOptions.UsageException("input directory not readable: " + options.inputDir());
        }
        if (options.configFile().isPresent()
                && (!Files.isRegularFile(options.configFile().get()) || !Files.isReadable(options.configFile().get()))) {
            throw new RunOptions.UsageException("configuration file not found or not readable: " + options.configFile().get());
        }
        if (options.configFile().isPresent()) {
            checkYaml(options.configFile().get());
        }
    }

    /**
     * A configuration file that is not YAML is named with the line and column of the problem. A key
     * given twice counts as not YAML (the YAML spec says keys are unique): which value would win is
     * not obvious, and Spring's own loader would fail later with a stack trace.
     */
    static void checkYaml(Path file) throws RunOptions.UsageException {
        LoaderOptions strict = new LoaderOptions();
        strict.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object ignored : new Yaml(strict).loadAll(reader)) {
                // parsing every document is the check
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new RunOptions.UsageException("configuration file " + file + " is not valid YAML: " + e.getProblem()
                    + (mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"));
        } catch (YAMLException | IOException e) {
            throw new RunOptions.UsageException("configuration file " + file + " cannot be read as YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * A data directory the database URL cannot carry, or an output or data directory inside the input
     * directory (the inputs are never written to, not even a lock file): a usage error, found before
     * anything is created.
     */
    static Optional<String> unusableDirectory(RunOptions options) {
        Optional<String> why = EmbeddedDatabase.whyUrlCannotCarry(options.dataDir());
        if (why.isPresent()) {
            return Optional.of("--data " + options.dataDir() + " cannot hold the database: " + why.get()
                    + "; choose another directory");
        }
        Path input = resolved(options.inputDir());
        if (resolved(options.outputDir()).startsWith(input)) {
            return Optional.of("the output directory " + options.outputDir() + " is inside the input directory "
                    + options.inputDir() + "; choose an --output outside it (inputs are never written to)");
        }
        if (resolved(options.dataDir()).startsWith(input)) {
            return Optional.of("the data directory " + options.dataDir() + " is inside the input directory "
                    + options.inputDir() + "; choose a --data outside it (inputs are never written to)");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists. */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                // not there (yet): try its parent
            }
        }
        return absolute;
    }
}
