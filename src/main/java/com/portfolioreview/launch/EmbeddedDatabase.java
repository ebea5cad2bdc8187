package com.portfolioreview.launch;

import org.springframework.core.env.Environment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded HSQLDB file database under {@code --data}: its JDBC URL, the data paths that URL
 * cannot carry, and HSQLDB's own lock file {@code portfolio-review.lck}.
 *
 * <p>HSQLDB's lock file is the second guard behind {@link RunLock}: the run that has the database
 * open also keeps an OS lock on it, so a run whose {@code portfolio-review.lock} was deleted is
 * still refused, and HSQLDB itself refuses any other program while the file's heartbeat is fresh.
 * A kill -9 leaves the file behind with a heartbeat HSQLDB trusts for ten more seconds; once the
 * run lock shows its holder was killed and no live run holds the file, it is removed at once.
 */
final class EmbeddedDatabase {

    /** The database's files are {@code <data>/portfolio-review.*}. */
    static final String NAME = "portfolio-review";
    /** HSQLDB's "Database lock acquisition failure". */
    private static final int LOCK_ACQUISITION_FAILURE = -451;

    private EmbeddedDatabase() {
    }

    /**
     * Why {@code dataDir} cannot be carried by the database URL, if it cannot: HSQLDB reads {@code ;}
     * as the start of URL properties (the database would land outside the directory), and Spring
     * reads <code>${</code> as a placeholder.
     */
    static Optional<String> whyUrlCannotCarry(Path dataDir) {
        String path = dataDir.toString();
        if (path.contains(";")) {
            return Optional.of("the database URL cannot carry ';' in a path");
        }
        if (path.contains("${")) {
            return Optional.of("the database URL cannot carry '${' in a path");
        }
        return Optional.empty();
    }

    /**
     * write_delay=false: every commit is on disk before the run goes on, so a run killed with kill -9
     * is still on record (STARTED) and gets resumed. lock_file=true: HSQLDB's own lock file guards the
     * files too (see the class comment).
     */
    static String url(Path dataDir) {
        return jdbcPrefix(dataDir) + ";shutdown=true;hsqldb.tx=mvcc;hsqldb.lock_file=true;hsqldb.write_delay=false";
    }

    /** Opened read-only, nothing is written, not even a checkpoint, whatever the files hold. */
    static String readOnlyUrl(Path dataDir) {
        return jdbcPrefix(dataDir) + ";readonly=true;shutdown=true";
    }

    private static String jdbcPrefix(Path dataDir) {
        return "jdbc:hsqldb:file:" + dataDir.resolve(NAME);
    }

    /** True when the configuration leaves the job repository in this embedded database (not PostgreSQL). */
    static boolean isConfigured(Environment environment, Path dataDir) {
        return url(dataDir).equals(environment.getProperty("spring.datasource.url"));
    }

    static Path lockFile(Path dataDir) {
        return dataDir.resolve(NAME + ".lck");
    }

    /** True when some database file exists: the database is not new. */
    static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(NAME + ".properties")) || Files.exists(dataDir.resolve(NAME + ".script"));
    }

    /**
     * True when a live run has the database open (it keeps HSQLDB's lock file locked). A lock file
     * left by a run that was killed ({@code holderKilled}: the run lock was not released) is removed.
     */
    static boolean isOpenInAnotherRun(Path dataDir, boolean holderKilled) throws IOException {
        Path lck = lockFile(dataDir);
        try (FileChannel channel = FileChannel.open(lck, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
        } catch (NoSuchFileException e) {
            return false;
        }
        if (holderKilled) {
            Files.deleteIfExists(lck);
        }
        return false;
    }

    /** True when HSQLDB refused to open the database because another program holds its lock file. */
    static boolean isLockRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == LOCK_ACQUISITION_FAILURE) {
                return true;
            }
        }
        return false;
    }
}
