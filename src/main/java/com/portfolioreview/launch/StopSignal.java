package com.portfolioreview.launch;

import java.nio.file.Path;

/**
 * What the operator is told when the JVM is stopped by a signal (SIGTERM, Ctrl-C) while a run
 * holds the lock: that it was stopped and that the next start resumes it.
 *
 * <p>Spring's own shutdown hook is turned off for the program (see {@link ReviewCommand}): it
 * closed the database pool under the running job, which then failed with "Could not open JDBC
 * Connection". Without it the JVM stops the job where it is, the execution stays on record as
 * running, and the next start treats it as interrupted and resumes it, as after {@code kill -9}.
 */
final class StopSignal implements AutoCloseable {

    private final Thread hook;

    private StopSignal(Path dataDir) {
        this.hook = new Thread(() -> System.out.println("portfolio-review: stopped by a signal (SIGTERM or Ctrl-C)"
                + " before the run on " + dataDir + " finished; the next start resumes it where it stopped"),
                "portfolio-review-stop");
    }

    /** Watches for a stop until {@link #close()}, for the run on {@code dataDir}. */
    static StopSignal watch(Path dataDir) {
        StopSignal signal = new StopSignal(dataDir);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** The run ended by itself: an exit from now on is not a stop. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already stopping: the hook says so
        }
    }
}
