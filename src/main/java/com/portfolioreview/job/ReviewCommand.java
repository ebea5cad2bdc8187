package com.portfolioreview.job;

import com.portfolioreview.PortfolioReviewApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
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
        } catch (RunOptions.UsageException e) {
            System.out.println("portfolio-review: " + e.getMessage());
            System.out.println(RunOptions.USAGE);
            return ExitCode.USAGE.code();
        }
        if (options.configFile().isPresent() && !Files.isReadable(options.configFile().get())) {
            System.out.println("portfolio-review: configuration file not found or not readable: " + options.configFile().get());
            return ExitCode.USAGE.code();
        }
        // The lock comes before Spring starts: the embedded database must only ever be opened by its holder.
        String who = "period " + options.period().map(YearMonth::toString).orElse("(latest)") + ", started "
                + LocalDateTime.now().format(WHEN) + ", process " + ProcessHandle.current().pid();
        StringBuilder holder = new StringBuilder();
        Optional<RunLock> lock;
        try {
            lock = RunLock.tryAcquire(options.dataDir(), who, holder);
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot lock the data directory " + options.dataDir() + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (lock.isEmpty()) {
            System.out.println("portfolio-review: another run holds the lock on " + options.dataDir() + ": "
                    + (holder.isEmpty() ? "unknown holder" : holder));
            return ExitCode.LOCKED.code();
        }
        try (RunLock held = lock.get()) {
            ConfigurableApplicationContext context;
            try {
                context = application(options).run(springArguments(options));
            } catch (RuntimeException e) {
                return startupFailure(e);
            }
            try (context) {
                return context.getBean(ReviewRunner.class).run(options).code();
            }
        } catch (IOException e) {
            System.out.println("portfolio-review: cannot release the lock: " + e.getMessage());
            return ExitCode.FAILED.code();
        }
    }

    static SpringApplication application(RunOptions options) {
        SpringApplication app = new SpringApplication(PortfolioReviewApplication.class);
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.datasource.url", "jdbc:hsqldb:file:" + options.dataDir().resolve("portfolio-review")
                + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.lock_file=false");
        defaults.put("spring.datasource.username", "SA");
        defaults.put("spring.datasource.password", "");
        app.setDefaultProperties(defaults);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("runOptions", options));
        return app;
    }

    private static String[] springArguments(RunOptions options) {
        List<String> args = new ArrayList<>();
        options.configFile().ifPresent(f -> args.add("--spring.config.additional-location=file:" + f.toAbsolutePath()));
        return args.toArray(String[]::new);
    }

    /** A context that does not start is a configuration problem (exit 2) when a property failed to bind. */
    private static int startupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindValidationException invalid) {
                for (ObjectError error : invalid.getValidationErrors().getAllErrors()) {
                    String key = invalid.getValidationErrors().getName() + "."
                            + (error instanceof FieldError field ? kebab(field.getField()) : error.getObjectName());
                    Object rejected = error instanceof FieldError field ? field.getRejectedValue() : null;
                    System.out.println("portfolio-review: configuration error: " + key + " " + error.getDefaultMessage()
                            + (rejected == null ? "" : " (was " + rejected + ")"));
                }
                return ExitCode.USAGE.code();
            }
            if (t instanceof UnboundConfigurationPropertiesException unbound) {
                for (ConfigurationProperty p : unbound.getUnboundProperties()) {
                    System.out.println("portfolio-review: configuration error: unknown key " + p.getName()
                            + (p.getOrigin() == null ? "" : " (" + p.getOrigin() + ")"));
                }
                return ExitCode.USAGE.code();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                System.out.println("portfolio-review: configuration error: " + bind.getName() + ": "
                        + rootOf(bind).getMessage().replace(System.lineSeparator(), " ").trim());
                return ExitCode.USAGE.code();
            }
        }
        System.out.println("portfolio-review: cannot start: " + rootOf(e));
        return ExitCode.FAILED.code();
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** fiscalYearStartMonth → fiscal-year-start-month, rules.cancel.maxBehind → rules.cancel.max-behind. */
    private static String kebab(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
