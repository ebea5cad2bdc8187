package com.portfolioreview.job;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PortfolioReview;
import com.portfolioreview.report.workbook.DecisionHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decisions of every published run, kept in the job repository's database, so that the
 * History sheet can show how each initiative's verdict moved month after month.
 */
@Component
public class DecisionHistoryStore {

    private final JdbcTemplate jdbc;

    public DecisionHistoryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records this run's decisions (inside the publishing step's transaction). */
    public void record(long jobExecutionId, YearMonth period, List<InitiativeReview> reviews) {
        jdbc.update("DELETE FROM REVIEW_DECISION WHERE JOB_EXECUTION_ID = ?", jobExecutionId);
        jdbc.batchUpdate("INSERT INTO REVIEW_DECISION (JOB_EXECUTION_ID, PERIOD, INITIATIVE_ID, DECISION) VALUES (?, ?, ?, ?)",
                reviews, 500, (ps, r) -> {
                    ps.setLong(1, jobExecutionId);
                    ps.setString(2, period.toString());
                    ps.setString(3, r.initiative().id());
                    ps.setString(4, r.decision().name());
                });
    }

    /**
     * For each period before {@code period}: the decisions of the latest completed run of that
     * period. Period → initiative id → decision, periods ascending.
     */
    public TreeMap<YearMonth, Map<String, Decision>> before(YearMonth period) {
        Map<YearMonth, Long> latestRun = new HashMap<>();
        jdbc.query("SELECT d.PERIOD, MAX(d.JOB_EXECUTION_ID) FROM REVIEW_DECISION d"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = d.JOB_EXECUTION_ID"
                        + " WHERE e.STATUS = 'COMPLETED' AND d.PERIOD < ? GROUP BY d.PERIOD",
                rs -> {
                    latestRun.put(YearMonth.parse(rs.getString(1).trim()), rs.getLong(2));
                }, period.toString());
        TreeMap<YearMonth, Map<String, Decision>> history = new TreeMap<>();
        latestRun.forEach((p, execution) -> {
            Map<String, Decision> decisions = new TreeMap<>();
            jdbc.query("SELECT INITIATIVE_ID, DECISION FROM REVIEW_DECISION WHERE JOB_EXECUTION_ID = ?",
                    rs -> {
                        decisions.put(rs.getString(1), Decision.valueOf(rs.getString(2).trim()));
                    }, execution);
            history.put(p, decisions);
        });
        return history;
    }

    /** The published decisions of the periods before {@code period}, and this review's for it. */
    DecisionHistory upTo(YearMonth period, PortfolioReview review) {
        TreeMap<YearMonth, Map<String, com.portfolioreview.decision.Decision>> earlier = before(period);
        List<YearMonth> periods = new ArrayList<>(earlier.keySet());
        periods.add(period);
        Map<String, Map<YearMonth, com.portfolioreview.decision.Decision>> byInitiative = new TreeMap<>();
        earlier.forEach((p, decisions) -> decisions.forEach((id, d) ->
                byInitiative.computeIfAbsent(id, k -> new TreeMap<>()).put(p, d)));
        for (InitiativeReview r : review.reviews()) {
            byInitiative.computeIfAbsent(r.initiative().id(), k -> new TreeMap<>()).put(period, r.decision());
        }
        return new DecisionHistory(periods, byInitiative);
    }
}
