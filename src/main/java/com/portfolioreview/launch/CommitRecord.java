package com.portfolioreview.launch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the embedded database had committed when the last run ended, kept outside it in
 * {@code <data>/portfolio-review.committed}: the last job execution id, the number of step
 * executions and the number of decision-history rows. None of them ever goes down, so a database
 * that shows less has lost data (a truncated or restored-too-old file) and must not be used.
 * Written after the database committed, so a kill -9 in between leaves the database ahead of the
 * record, never behind it.
 */
record CommitRecord(long lastJobExecutionId, long stepExecutions, long historyRows) {

    static final String FILE = EmbeddedDatabase.NAME + ".committed";

    /** What {@code c}'s database holds now. */
    static CommitRecord of(Connection c) throws SQLException {
        return new CommitRecord(
                number(c, "SELECT COALESCE(MAX(JOB_EXECUTION_ID), -1) FROM BATCH_JOB_EXECUTION"),
                number(c, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION"),
                number(c, "SELECT COUNT(*) FROM REVIEW_DECISION"));
    }

    private static long number(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Optional<CommitRecord> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return Optional.of(new CommitRecord(Long.parseLong(p.getProperty("last-job-execution-id")),
                    Long.parseLong(p.getProperty("step-executions")), Long.parseLong(p.getProperty("history-rows"))));
        } catch (NumberFormatException e) {
            throw new IOException(file + " is not a record this program wrote");
        }
    }

    /** Replaces the record atomically: a crash leaves the old one or the new one, never half of one. */
    void write(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             Writer w = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
            w.write("# What the database in this directory had committed when the last run ended; checked at every"
                    + " start.\n# Never edit: a database holding less than this has lost data.\n"
                    + "last-job-execution-id=" + lastJobExecutionId + "\nstep-executions=" + stepExecutions
                    + "\nhistory-rows=" + historyRows + "\n");
            w.flush();
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** What {@code database} holds less of than this record, e.g. "history rows 0 (recorded 40)". */
    List<String> shortfallsOf(CommitRecord database) {
        List<String> lost = new ArrayList<>();
        if (database.lastJobExecutionId < lastJobExecutionId) {
            lost.add("last job execution #" + database.lastJobExecutionId + " (recorded #" + lastJobExecutionId + ")");
        }
        if (database.stepExecutions < stepExecutions) {
            lost.add("step executions " + database.stepExecutions + " (recorded " + stepExecutions + ")");
        }
        if (database.historyRows < historyRows) {
            lost.add("decision history rows " + database.historyRows + " (recorded " + historyRows + ")");
        }
        return lost;
    }
}
