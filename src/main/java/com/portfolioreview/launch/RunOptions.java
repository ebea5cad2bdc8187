package com.portfolioreview.launch;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command line of SPEC §4:
 * {@code [--period YYYY-MM] [--input DIR] [--output DIR] [--data DIR] [--config FILE] [--rerun]}.
 * Paths given on the command line are relative to the current directory; the defaults are
 * relative to the project directory (where run.sh lives). Each option may be given once.
 */
public record RunOptions(
        Optional<YearMonth> period,
        Path inputDir,
        Path outputDir,
        Path dataDir,
        Path templateFile,
        Optional<Path> configFile,
        boolean rerun,
        boolean deliver) {

    public static final String USAGE = """
            usage: run.sh [--period YYYY-MM] [--input DIR] [--output DIR] [--data DIR] [--config FILE] [--rerun]
                          [--no-deliver]
              --period YYYY-MM  report period (default: latest period with a non-zero actual in spend/)
              --input DIR       input directory (default: <project>/input)
              --output DIR      output directory (default: <project>/output)
              --data DIR        embedded database directory (default: <project>/data)
              --config FILE     YAML file overriding the packaged application.yml
              --rerun           run again even when these inputs were already reviewed
              --no-deliver      publish without e-mailing the workbooks (the next start sends them)""";

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

    /** A bad command line: exit code 2 with the message and the usage text. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param projectDir where run.sh lives: the base of the default paths
     * @param cwd        the current directory: the base of paths given on the command line
     */
    public static RunOptions parse(String[] args, Path projectDir, Path cwd) throws UsageException {
        Optional<YearMonth> period = Optional.empty();
        Path input = projectDir.resolve("input");
        Path output = projectDir.resolve("output");
        Path data = projectDir.resolve("data");
        Optional<Path> config = Optional.empty();
        boolean rerun = false;
        boolean deliver = true;
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.startsWith("--") && !given.add(name)) {
                // the last one silently winning could review another period than the operator meant
                throw new UsageException(name + " given twice; give it once");
            }
            switch (name) {
                case "--rerun", "--no-deliver" -> {
                    if (value != null) {
                        throw new UsageException(name + " takes no value");
                    }
                    if (name.equals("--rerun")) {
                        rerun = true;
                    } else {
                        deliver = false;
                    }
                }
                case "--period", "--input", "--output", "--data", "--config" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            throw new UsageException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (value.isBlank()) {
                        throw new UsageException(name + " needs a value");
                    }
                    switch (name) {
                        case "--period" -> period = Optional.of(parsePeriod(value));
                        case "--input" -> input = cwd.resolve(value);
                        case "--output" -> output = cwd.resolve(value);
                        case "--data" -> data = cwd.resolve(value);
                        default -> config = Optional.of(cwd.resolve(value));
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new RunOptions(period, input.normalize(), output.normalize(), data.normalize(),
                projectDir.resolve("templates").resolve("portfolio-review.xlsx").normalize(),
                config.map(Path::normalize), rerun, deliver);
    }

    private static YearMonth parsePeriod(String value) throws UsageException {
        if (!PERIOD.matcher(value).matches()) {
            throw new UsageException("--period must be YYYY-MM, got '" + value + "'");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period must be YYYY-MM, got '" + value + "'");
        }
    }
}
