package com.portfolioreview.launch;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import java.sql.SQLException;

/**
 * A Spring context that did not start, as one line and an exit code: a configuration property
 * that failed to bind or validate is a usage error (exit 2) naming the key; a database that
 * cannot be reached, and anything else, exit 1.
 */
final class StartupFailure {

    private StartupFailure() {
    }

    /** A context that does not start is a configuration problem (exit 2) when a property failed to bind. */
    static int exitCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindValidationException invalid) {
                for (ObjectError error : invalid.getValidationErrors().getAllErrors()) {
                    String key = invalid.getValidationErrors().getName() + "."
                            + (error instanceof FieldError field ? kebab(field.getField()) : error.getObjectName());
                    Object rejected = error instanceof FieldError field ? field.getRejectedValue() : null;
                    System.out.println("portfolio-review: configuration error: " + key + " " + error.getDefaultMessage()
                            + (rejected == null ? "" : " (was " + rejected + ")"));
                }
                return configurationError();
            }
            if (t instanceof UnboundConfigurationPropertiesException unbound) {
                for (ConfigurationProperty p : unbound.getUnboundProperties()) {
                    System.out.println("portfolio-review: configuration error: unknown key " + p.getName()
                            + (p.getOrigin() == null ? "" : " (" + p.getOrigin() + ")"));
                }
                return configurationError();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                System.out.println("portfolio-review: configuration error: " + bind.getName() + ": "
                        + rootOf(bind).getMessage().replace(System.lineSeparator(), " ").trim());
                return configurationError();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof CannotGetJdbcConnectionException) {
                System.out.println("portfolio-review: cannot use the database: " + oneLine(rootOf(e))
                        + "; check spring.datasource.* and run again");
                return ExitCode.FAILED.code();
            }
        }
        System.out.println("portfolio-review: cannot start: " + oneLine(rootOf(e)));
        return ExitCode.FAILED.code();
    }

    /** Configuration errors were printed one per line; the usage text says where configuration comes from. */
    static int configurationError() {
        System.out.println(RunOptions.USAGE);
        return ExitCode.USAGE.code();
    }

    static String oneLine(Throwable t) {
        return (t.getClass().getSimpleName() + ": " + (t.getMessage() == null ? "" : t.getMessage()))
                .lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }

    static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    /** fiscalYearStartMonth → fiscal-year-start-month, rules.cancel.maxBehind → rules.cancel.max-behind. */
    static String kebab(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
