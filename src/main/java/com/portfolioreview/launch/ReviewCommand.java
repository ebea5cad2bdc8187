package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewJobConfiguration;
import com.portfolioreview.PortfolioReviewApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The program: parses the command line, starts Spring with the database under {@code --data},
 * runs the review and returns the SPEC §4 exit code. Expected errors print one clear line,
 * never a stack trace.
 */
public final class ReviewCommand {

    /** System property set by run.sh: the project directory (base of the default paths). */
    public static final String HOME_PROPERTY = "portfolio.review.home";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReviewCommand() {
    }

    public static int run(String[] args) {
        Path cwd = Path.of("").toAbsolutePath();
        return run(args, Path.of(System.getProperty(HOME_PROPERTY, cwd.toString())).toAbsolutePath(), cwd);
    }

    /**
     * @param home the project directory: base of the default input/, output/, data/ and templates/
     * @param cwd  base of the paths given on the command line
     */
    public static int run(String[] args, Path home, Path cwd) {
        RunOptions options;
        try {
            options = RunOptions.parse(args, home, cwd);
            LaunchChecks.checkReadable(options);
        } catch (RunOptions.UsageException e) {
            return usageError(e.getMessage());
        }
        Optional<String> unusable = LaunchChecks.unusableDirectory(options);
        if (unusable.isPresent()) {
            System.out.println("portfolio-review: " + unusable.get());
            return ExitCode.USAGE.code();
        }
        // The lock comes before Spring starts: the embedded database must only ever be opened by its holder.
        String started = LocalDateTime.now().format(WHEN);
        long pid = ProcessHandle.current().pid();
        String host = hostName();
        StringBuilder holder = new StringBuilder();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(options.dataDir(), RunLock.DATA_LOCK, false,
                    holderText(options.period(), started, pid, host), holder);
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot lock the data directory " + options.dataDir() + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (lock.isEmpty()) {
            System.out.println("portfolio-review: another run holds the lock on " + options.dataDir() + ": "
                    + (holder.isEmpty() ? "unknown holder" : holder) + "; exiting");
            return ExitCode.LOCKED.code();
        }
        try (RunLock held = lock.get(); StopSignal ignored = StopSignal.watch(options.dataDir())) {
            return runHoldingTheDataLock(options, held, started, pid, host);
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot release the lock: " + e.getMessage());
            return ExitCode.FAILED.code();
        }
    }

    /** Two runs never write the same output directory, even with different databases (SPEC §3): it has its own lock. */
    private static int runHoldingTheDataLock(RunOptions options, RunLock dataLock, String started, long pid, String host)
            throws IOException {
        if (Files.exists(options.outputDir()) && !Files.isDirectory(options.outputDir())) {
            // A file where the output directory should be: no run can publish there, and this one fails at
            // publishing, resumable once the file is moved away (SPEC §4), as it did before there was a lock.
            return runHoldingTheLocks(options, dataLock, List.of(dataLock), started, pid, host);
        }
        StringBuilder holder = new StringBuilder();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(options.outputDir(), RunLock.OUTPUT_LOCK, true,
                    holderText(options.period(), started, pid, host), holder);
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot lock the output directory " + options.outputDir() + ": "
                    + StartupFailure.oneLine(e) + "; make it a directory this user can write, or choose another --output");
            return ExitCode.USAGE.code();
        }
        if (lock.isEmpty()) {
            System.out.println("portfolio-review: another run holds the lock on " + options.outputDir() + ": "
                    + (holder.isEmpty() ? "unknown holder" : holder) + "; exiting");
            return ExitCode.LOCKED.code();
        }
        try (RunLock outputLock = lock.get()) {
            return runHoldingTheLocks(options, dataLock, List.of(dataLock, outputLock), started, pid, host);
        }
    }

    /** Unless a live run still has the database open (its lock file was deleted by hand), Spring starts and the review runs. */
    private static int runHoldingTheLocks(RunOptions options, RunLock dataLock, List<RunLock> fileLocks, String started,
                                          long pid, String host) {
        try {
            if (EmbeddedDatabase.isOpenInAnotherRun(options.dataDir(), dataLock.previousHolderVanished())) {
                System.out.println("portfolio-review: another run has the database in " + options.dataDir()
                        + " open, though its lock file " + options.dataDir().resolve(RunLock.DATA_LOCK)
                        + " was deleted (never delete it by hand); exiting: run again once it has ended");
                return ExitCode.LOCKED.code();
            }
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot check the database's lock file "
                    + EmbeddedDatabase.lockFile(options.dataDir()) + ": " + StartupFailure.oneLine(e) + "; exiting");
            return ExitCode.FAILED.code();
        }
        ConfigurableApplicationContext context;
        try {
            context = application(options).run(springArguments(options));
        } catch (RuntimeException e) {
            OptionalInt refused = databaseRefusal(e, options);
            return refused.isPresent() ? refused.getAsInt() : StartupFailure.exitCode(e);
        }
        try (context) {
            boolean embedded = EmbeddedDatabase.isConfigured(context.getEnvironment(), options.dataDir());
            if (embedded) {
                try {
                    dataLock.alsoHold(EmbeddedDatabase.lockFile(options.dataDir()));
                } catch (IOException e) {
                    System.out.println("portfolio-review: warning: cannot lock " + EmbeddedDatabase.lockFile(options.dataDir())
                            + " (" + StartupFailure.oneLine(e) + "); only " + options.dataDir().resolve(RunLock.DATA_LOCK)
                            + " and HSQLDB's heartbeat keep other runs out");
                }
            }
            fileLocks.forEach(RunLock::watch);
            int exit = runHoldingTheDatabaseLock(context, options, fileLocks, started, pid, host);
            if (embedded) {
                recordCommitted(context, options.dataDir());
            }
            return exit;
        }
    }

    /** Records outside the database what it has committed, for {@link DamagedDatabaseCheck} at the next start. */
    private static void recordCommitted(ConfigurableApplicationContext context, Path dataDir) {
        try (Connection c = context.getBean(DataSource.class).getConnection()) {
            CommitRecord.of(c).write(dataDir);
        } catch (SQLException | IOException e) {
            System.out.println("portfolio-review: cannot record what the database committed in " + dataDir.resolve(CommitRecord.FILE)
                    + ": " + StartupFailure.oneLine(e) + "; the next start checks the database against the previous record");
        }
    }

    /** A damaged database (exit 1) or one another program has open (exit 4), found as Spring started. */
    private static OptionalInt databaseRefusal(RuntimeException e, RunOptions options) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DamagedDatabaseCheck.DamagedDatabaseException damaged) {
                System.out.println("portfolio-review: " + damaged.getMessage());
                return OptionalInt.of(ExitCode.FAILED.code());
            }
        }
        if (EmbeddedDatabase.isLockRefusal(e)) {
            System.out.println("portfolio-review: another program has the database in " + options.dataDir()
                    + " open (HSQLDB's lock file " + EmbeddedDatabase.lockFile(options.dataDir())
                    + " is in use); exiting: close that program and run again");
            return OptionalInt.of(ExitCode.LOCKED.code());
        }
        return OptionalInt.empty();
    }

    /** With PostgreSQL, machines sharing the database also take turns (advisory lock); then the review runs. */
    private static int runHoldingTheDatabaseLock(ConfigurableApplicationContext context, RunOptions options, List<RunLock> fileLocks,
                                                 String started, long pid, String host) {
        StringBuilder holder = new StringBuilder();
        Optional<DatabaseRunLock> dbLock;
        try {
            dbLock = DatabaseRunLock.tryAcquire(context.getBean(DataSource.class),
                    "portfolio-review pid " + pid + "@" + host + " " + options.period().map(YearMonth::toString).orElse("latest"),
                    holder);
        } catch (SQLException e) {
            System.out.println("portfolio-review: cannot take the database lock: " + e.getMessage());
            return ExitCode.FAILED.code();
        }
        if (dbLock.isEmpty()) {
            System.out.println("portfolio-review: another run holds the database lock: " + holder + "; exiting");
            return ExitCode.LOCKED.code();
        }
        try (DatabaseRunLock held = dbLock.get()) {
            return context.getBean(ReviewRunner.class).run(options, period -> {
                for (RunLock fileLock : fileLocks) {
                    try {
                        fileLock.describe(holderText(Optional.of(period), started, pid, host));
                    } catch (IOException e) {
                        // the lock itself is held; only the description for a refused run is older
                    }
                }
            }).code();
        } catch (SQLException e) {
            System.out.println("portfolio-review: cannot release the database lock: " + e.getMessage());
            return ExitCode.FAILED.code();
        }
    }

    private static String holderText(Optional<YearMonth> period, String started, long pid, String host) {
        return "period " + period.map(YearMonth::toString).orElse("(latest, not yet chosen)") + ", started " + started
                + ", process " + pid + " on " + host;
    }

    /** The machine's name without a DNS lookup, which could hang a cron run on a host with broken name resolution. */
    private static String hostName() {
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String name = Files.readString(Path.of(file)).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or not readable: try the next source
            }
        }
        String env = System.getenv().getOrDefault("HOSTNAME", System.getenv("COMPUTERNAME"));
        return env == null || env.isBlank() ? "unknown host" : env;
    }

    private static int usageError(String message) {
        System.out.println("portfolio-review: " + message);
        System.out.println(RunOptions.USAGE);
        return ExitCode.USAGE.code();
    }

    static SpringApplication application(RunOptions options) {
        SpringApplication app = new SpringApplication(PortfolioReviewApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", EmbeddedDatabase.url(options.dataDir()));
        defaults.put("spring.datasource.username", "SA");
        defaults.put("spring.datasource.password", "");
        // where the job keeps its work files: beside the embedded database, whichever database is used
        defaults.put(ReviewJobConfiguration.DATA_DIR_PROPERTY, options.dataDir().toString());
        app.setDefaultProperties(defaults);
        // A stop signal must not close the database under the running job: see StopSignal.
        app.setRegisterShutdownHook(false);
        // the configuration is known here, and no bean has opened the database yet
        app.addInitializers(ctx -> {
            if (EmbeddedDatabase.isConfigured(ctx.getEnvironment(), options.dataDir())) {
                DamagedDatabaseCheck.verify(options.dataDir());
            }
        });
        return app;
    }

    private static String[] springArguments(RunOptions options) {
        List<String> args = new ArrayList<>();
        options.configFile().ifPresent(f -> args.add("--spring.config.additional-location=file:" + f.toAbsolutePath()));
        return args.toArray(String[]::new);
    }

}
