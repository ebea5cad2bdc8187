package com.portfolioreview.job;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Creates the Spring Batch job repository tables and the decision history tables on first use,
 * in whichever database the configuration points at (HSQLDB file database by default,
 * PostgreSQL in production). Existing tables are left alone.
 */
@Component
public class RepositorySchema implements InitializingBean {

    private final DataSource dataSource;

    public RepositorySchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String platform = platformOf(c.getMetaData());
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
            boolean needed = false;
            if (!tableExists(c.getMetaData(), "BATCH_JOB_INSTANCE")) {
                populator.addScript(new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
                needed = true;
            }
            if (!tableExists(c.getMetaData(), "REVIEW_DECISION")) {
                populator.addScript(new ClassPathResource("db/review-history.sql"));
                needed = true;
            }
            if (!tableExists(c.getMetaData(), "REVIEW_DELIVERY")) {
                populator.addScript(new ClassPathResource("db/review-delivery.sql"));
                needed = true;
            }
            if (!tableExists(c.getMetaData(), "REVIEW_OUTCOME")) {
                populator.addScript(new ClassPathResource("db/review-outcome.sql"));
                needed = true;
            }
            if (needed) {
                populator.populate(c);
            }
        }
    }

    static String platformOf(DatabaseMetaData md) throws SQLException {
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("hsql")) {
            return "hsqldb";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("unsupported database '" + md.getDatabaseProductName()
                + "': use the embedded HSQLDB or PostgreSQL");
    }

    private static boolean tableExists(DatabaseMetaData md, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
