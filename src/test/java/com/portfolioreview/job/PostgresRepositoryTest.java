package com.portfolioreview.job;

import com.portfolioreview.launch.DatabaseRunLock;

import com.portfolioreview.testsupport.InputFolder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production database: a --config file pointing spring.datasource.* at a real PostgreSQL
 * server moves the job repository and the decision history there, with no code change, and
 * machines sharing that database take turns through a PostgreSQL advisory lock.
 */
class PostgresRepositoryTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void jobRepositoryAndHistoryLiveInPostgresAndASecondMachineWaitsForTheAdvisoryLock() throws Exception {
        InputFolder.smallPortfolio(tmp.resolve("in"));
        Files.writeString(tmp.resolve("production.yml"), """
                spring:
                  datasource:
                    url: jdbc:postgresql://localhost:%d/postgres
                    username: postgres
                    password: ""
                """.formatted(postgres.getPort()));
        String[] args = {"--input", "in", "--output", "out", "--data", "db", "--config", "production.yml"};

        ReviewProcess.Result first = ReviewProcess.run(tmp, args);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("done: period 2026-10");
        ReviewProcess.Result second = ReviewProcess.run(tmp, args);
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.lines()).hasSize(1);
        assertThat(second.output()).contains("nothing to do: run #");
        // nothing went to the embedded database: its directory holds only the run lock
        try (var files = Files.list(tmp.resolve("db"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("portfolio-review.")))
                    .containsExactly("portfolio-review.lock");
        }

        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            List<String> executions = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.STATUS, i.JOB_NAME FROM BATCH_JOB_EXECUTION e"
                         + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID")) {
                while (rs.next()) {
                    executions.add(rs.getString(2) + " " + rs.getString(1));
                }
            }
            assertThat(executions).as("the second start ran nothing").containsExactly("portfolioReview COMPLETED");

            Map<String, String> decisions = new TreeMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT INITIATIVE_ID, DECISION FROM REVIEW_DECISION WHERE PERIOD = '2026-10'")) {
                while (rs.next()) {
                    decisions.put(rs.getString(1), rs.getString(2));
                }
            }
            Map<String, String> published = new TreeMap<>();
            JsonNode summary = JsonMapper.builder().build().readTree(tmp.resolve("out/2026-10/run-summary.json").toFile());
            for (JsonNode n : summary.get("initiatives")) {
                published.put(n.get("initiative_id").asString(), n.get("decision").asString());
            }
            assertThat(decisions).hasSize(3).isEqualTo(published);

            // another machine (its own data directory, so its own file lock) is running the review right now
            try (Connection otherMachine = postgres.getPostgresDatabase().getConnection()) {
                holdAdvisoryLock(otherMachine, "portfolio-review pid 4242@finance-02 2026-10");
                ReviewProcess.Result refused = ReviewProcess.run(tmp, "--input", "in", "--output", "out",
                        "--data", "other-db", "--config", "production.yml", "--rerun");
                assertThat(refused.exitCode()).as(refused.output()).isEqualTo(4);
                assertThat(refused.lines()).hasSize(1);
                assertThat(refused.output()).contains("another run holds the database lock: "
                        + "portfolio-review pid 4242@finance-02 2026-10 (database session ");
                UnattendedRunTest.assertNoStackTrace(refused);
            }
        }
    }

    private static void holdAdvisoryLock(Connection c, String applicationName) throws SQLException {
        try (PreparedStatement name = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            name.setString(1, applicationName);
            name.execute();
        }
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, DatabaseRunLock.KEY);
            try (ResultSet rs = lock.executeQuery()) {
                assertThat(rs.next() && rs.getBoolean(1)).isTrue();
            }
        }
    }
}
