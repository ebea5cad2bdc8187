package com.portfolioreview.delivery;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Every message a delivery sent, in the job repository's database (SPEC §5): run, recipient,
 * item (the workbook's file name, or an owner's notice), the workbook's SHA-256, the content key
 * (what was reviewed: the input and configuration fingerprints), the message id and the time.
 * Each row is written as soon as its message is accepted by the server, outside any step
 * transaction, so that a failure or a kill afterwards cannot make the next start send it again.
 */
public class DeliveryLedger {

    private final JdbcTemplate jdbc;

    public DeliveryLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this recipient already has this item of this review content. */
    boolean sent(YearMonth period, String recipient, String item, String contentKey) {
        return count("SELECT COUNT(*) FROM REVIEW_DELIVERY WHERE PERIOD = ? AND RECIPIENT = ? AND ITEM = ?"
                + " AND CONTENT_KEY = ?", period.toString(), recipient, item, contentKey) > 0;
    }

    /** Whether this recipient had this item of the period from another review: a later one is a correction. */
    boolean sentOther(YearMonth period, String recipient, String item, String contentKey) {
        return count("SELECT COUNT(*) FROM REVIEW_DELIVERY WHERE PERIOD = ? AND RECIPIENT = ? AND ITEM = ?"
                + " AND CONTENT_KEY <> ?", period.toString(), recipient, item, contentKey) > 0;
    }

    void record(long jobExecutionId, YearMonth period, String recipient, String item, String sha256,
                String contentKey, String messageId, LocalDateTime sentAt) {
        jdbc.update("INSERT INTO REVIEW_DELIVERY (JOB_EXECUTION_ID, PERIOD, RECIPIENT, ITEM, SHA256, CONTENT_KEY,"
                        + " MESSAGE_ID, SENT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", jobExecutionId, period.toString(),
                recipient, item, sha256, contentKey, messageId, Timestamp.valueOf(sentAt));
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
