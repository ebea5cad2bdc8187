package com.portfolioreview.launch;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * One run at a time per database when the job repository lives in PostgreSQL, which several
 * machines may share: a session-level advisory lock ({@code pg_try_advisory_lock}) held on one
 * connection for the whole run. PostgreSQL releases it when that connection ends, so a killed
 * process or a lost machine never leaves it behind. For the embedded HSQLDB database the file
 * lock on the data directory ({@link RunLock}) is enough, and this lock holds nothing.
 */
public final class DatabaseRunLock implements AutoCloseable {

    /** The advisory lock key: "PortRevw" as a 64-bit number, the same for every installation. */
    public static final long KEY = 0x506F_7274_5265_7677L;

    /** PostgreSQL keeps at most 63 bytes of application_name. */
    private static final int APPLICATION_NAME_LIMIT = 63;

    private final Connection connection;

    private DatabaseRunLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * The lock, or empty with {@code holder} describing the session that holds it.
     *
     * @param who what other runs are told about this one (kept as the session's application_name)
     */
    public static Optional<DatabaseRunLock> tryAcquire(DataSource dataSource, String who, StringBuilder holder)
            throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                c.close();
                return Optional.of(new DatabaseRunLock(null));
            }
            c.setAutoCommit(true);
            try (PreparedStatement name = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                name.setString(1, who.length() > APPLICATION_NAME_LIMIT ? who.substring(0, APPLICATION_NAME_LIMIT) : who);
                name.execute();
            }
            boolean locked;
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                try (ResultSet rs = lock.executeQuery()) {
                    locked = rs.next() && rs.getBoolean(1);
                }
            }
            if (locked) {
                return Optional.of(new DatabaseRunLock(c));
            }
            holder.append(describeHolder(c));
            c.close();
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static String describeHolder(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT a.application_name, a.client_addr, a.backend_start, a.pid"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND ((l.classid::bigint << 32) | l.objid::bigint) = ?")) {
            q.setLong(1, KEY);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return "a session that has just ended; try again";
                }
                return rs.getString(1) + " (database session " + rs.getInt(4) + " from "
                        + (rs.getString(2) == null ? "a local socket" : rs.getString(2)) + ", connected "
                        + rs.getTimestamp(3).toLocalDateTime().withNano(0).toString().replace('T', ' ') + ")";
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        }
    }
}
