package com.portfolioreview.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * SPEC §4: the embedded database must not be damaged silently. Before Spring opens it for writing
 * (HSQLDB checkpoints at start and at shutdown, which would make any loss permanent), it is opened
 * read-only and compared with the {@link CommitRecord} of the last run. A database that cannot be
 * opened, or holds less than was recorded, stops the run with the way to restore it.
 */
final class DamagedDatabaseCheck {

    private DamagedDatabaseCheck() {
    }

    /** A database that must not be opened for writing; the message says what was found and what to do. */
    static final class DamagedDatabaseException extends RuntimeException {
        DamagedDatabaseException(Path dataDir, String finding) {
            super("the database in " + dataDir + " " + finding + "; nothing was written to it: restore the directory "
                    + dataDir + " from a backup, or move it away to start a fresh history, then run again");
        }
    }

    static void verify(Path dataDir) {
        Optional<CommitRecord> recorded;
        try {
            recorded = CommitRecord.read(dataDir);
        } catch (IOException e) {
            throw new DamagedDatabaseException(dataDir, "cannot be checked: " + e.getMessage());
        }
        if (!EmbeddedDatabase.exists(dataDir)) {
            if (recorded.isPresent()) {
                throw new DamagedDatabaseException(dataDir, "has lost data it had committed: its files are gone");
            }
            return; // a new database
        }
        Connection c;
        try {
            c = DriverManager.getConnection(EmbeddedDatabase.readOnlyUrl(dataDir), "SA", "");
        } catch (SQLException e) {
            throw new DamagedDatabaseException(dataDir, "cannot be opened (" + oneLine(e) + ")");
        }
        try (c) {
            if (recorded.isPresent()) {
                compare(dataDir, recorded.get(), c);
            }
        } catch (SQLException e) {
            throw new DamagedDatabaseException(dataDir, "cannot be opened (" + oneLine(e) + ")");
        }
    }

    private static void compare(Path dataDir, CommitRecord recorded, Connection c) {
        CommitRecord found;
        try {
            found = CommitRecord.of(c);
        } catch (SQLException e) {
            throw new DamagedDatabaseException(dataDir, "has lost data it had committed (" + oneLine(e) + ")");
        }
        List<String> lost = recorded.shortfallsOf(found);
        if (!lost.isEmpty()) {
            throw new DamagedDatabaseException(dataDir, "has lost data it had committed: " + String.join(", ", lost));
        }
    }

    private static String oneLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }
}
