package com.portfolioreview.job;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.decision.InitiativeReview;
import com.portfolioreview.decision.PastOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.YearMonth;
import java.util.Arrays;
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

    /** The latest completed run of each period before {@code period}: period → job execution id. */
    private Map<YearMonth, Long> latestRuns(YearMonth period) {
        Map<YearMonth, Long> latestRun = new HashMap<>();
        jdbc.query("SELECT d.PERIOD, MAX(d.JOB_EXECUTION_ID) FROM REVIEW_DECISION d"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = d.JOB_EXECUTION_ID"
                        + " WHERE e.STATUS = 'COMPLETED' AND d.PERIOD < ? GROUP BY d.PERIOD",
                rs -> {
                    latestRun.put(YearMonth.parse(rs.getString(1).trim()), rs.getLong(2));
                }, period.toString());
        return latestRun;
    }

    /** Records this run's decisions and what each was based on (inside the publishing step's transaction). */
    public void record(long jobExecutionId, YearMonth period, List<InitiativeReview> reviews) {
        jdbc.update("DELETE FROM REVIEW_OUTCOME WHERE JOB_EXECUTION_ID = ?", jobExecutionId);
        jdbc.batchUpdate("INSERT INTO REVIEW_OUTCOME (JOB_EXECUTION_ID, INITIATIVE_ID, FINDINGS, ATTAINMENT,"
                        + " VARIANCE_ITD, EAC, BENEFIT_ITD, RECOMMENDED_FUNDING) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                reviews, 500, (ps, r) -> {
                    PastOutcome o = PastOutcome.of(r, period);
                    ps.setLong(1, jobExecutionId);
                    ps.setString(2, r.initiative().id());
                    ps.setString(3, String.join(",", o.findings().stream().map(Enum::name).toList()));
                    if (o.attainment() == null) {
                        ps.setNull(4, Types.DOUBLE);
                    } else {
                        ps.setDouble(4, o.attainment());
                    }
                    ps.setBigDecimal(5, cents(o.varianceItd()));
                    ps.setBigDecimal(6, cents(o.eac()));
                    ps.setBigDecimal(7, cents(o.benefitItd()));
                    ps.setBigDecimal(8, cents(o.recommendedFunding()));
                });
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
        Map<YearMonth, Long> latestRun = latestRuns(period);
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

    /**
     * What the latest completed run of each period from {@code from} to before {@code period}
     * published, per initiative: its decision, and the findings and figures recorded with it
     * (a run from before they were recorded gives its decision only).
     */
    public Map<YearMonth, Map<String, PastOutcome>> published(YearMonth from, YearMonth period) {
        Map<YearMonth, Map<String, PastOutcome>> published = new TreeMap<>();
        latestRuns(period).forEach((p, execution) -> {
            if (p.isBefore(from)) {
                return;
            }
            Map<String, PastOutcome> outcomes = new HashMap<>();
            jdbc.query("SELECT d.INITIATIVE_ID, d.DECISION, o.FINDINGS, o.ATTAINMENT, o.VARIANCE_ITD, o.EAC,"
                            + " o.BENEFIT_ITD, o.RECOMMENDED_FUNDING FROM REVIEW_DECISION d LEFT JOIN REVIEW_OUTCOME o"
                            + " ON o.JOB_EXECUTION_ID = d.JOB_EXECUTION_ID AND o.INITIATIVE_ID = d.INITIATIVE_ID"
                            + " WHERE d.JOB_EXECUTION_ID = ?",
                    rs -> {
                        String id = rs.getString(1).trim();
                        Decision decision = Decision.valueOf(rs.getString(2).trim());
                        String codes = rs.getString(3);
                        if (codes == null) { // published before outcomes were recorded
                            outcomes.put(id, PastOutcome.decisionOnly(p, decision));
                            return;
                        }
                        double attainment = rs.getDouble(4);
                        Double a = rs.wasNull() ? null : attainment;
                        outcomes.put(id, new PastOutcome(p, decision, codes.isBlank() ? List.of()
                                : Arrays.stream(codes.trim().split(",")).map(FindingCode::valueOf).toList(),
                                a, rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                                true, true));
                    }, execution);
            published.put(p, outcomes);
        });
        return published;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
