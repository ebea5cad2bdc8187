package com.portfolioreview.sample;

import static com.portfolioreview.portfolio.Direction.HIGHER_IS_BETTER;
import static com.portfolioreview.portfolio.Direction.LOWER_IS_BETTER;

import com.portfolioreview.portfolio.Direction;
import java.util.List;
import java.util.Map;

/** Believable success criteria per use case; the first KPI of each list is the primary one. */
final class KpiCatalog {

    static final String INCIDENT_RESPONSE = "Automated incident response";
    static final String PREDICTIVE_MAINTENANCE = "Predictive maintenance";
    static final String CAPACITY_PLANNING = "Capacity planning";
    static final String EVENT_CORRELATION = "AIOps event correlation";
    static final String TICKET_TRIAGE = "Ticket triage / deflection";
    static final String ANOMALY_DETECTION = "Anomaly detection";
    static final String CHANGE_RISK = "Change risk scoring";
    static final String LOG_ANALYTICS = "Log analytics";
    static final String VULNERABILITY = "Vulnerability prioritisation";

    /** A KPI as a use case usually defines it; baseline and target are scaled per initiative. */
    record KpiTemplate(String name, String unit, Direction direction, double baseline, double target,
                       int decimals, boolean percent) {
    }

    private static KpiTemplate higher(String name, String unit, double baseline, double target, int decimals) {
        return new KpiTemplate(name, unit, HIGHER_IS_BETTER, baseline, target, decimals, "%".equals(unit));
    }

    private static KpiTemplate lower(String name, String unit, double baseline, double target, int decimals) {
        return new KpiTemplate(name, unit, LOWER_IS_BETTER, baseline, target, decimals, "%".equals(unit));
    }

    private static final Map<String, List<KpiTemplate>> BY_USE_CASE = Map.of(
            INCIDENT_RESPONSE, List.of(
                    lower("MTTR", "minutes", 240, 110, 0),
                    higher("Incidents auto-resolved", "incidents/month", 20, 380, 0),
                    lower("L3 escalations", "escalations/month", 140, 80, 0),
                    lower("After-hours pages", "pages/month", 320, 150, 0)),
            PREDICTIVE_MAINTENANCE, List.of(
                    lower("Unplanned downtime", "hours/month", 64, 24, 1),
                    higher("Failure prediction precision", "%", 55, 85, 1),
                    lower("Emergency work orders", "work orders/month", 90, 40, 0),
                    higher("Hardware replaced before failure", "%", 10, 60, 1)),
            CAPACITY_PLANNING, List.of(
                    higher("Forecast accuracy", "%", 68, 92, 1),
                    lower("Idle capacity", "%", 38, 20, 1),
                    lower("Capacity-related incidents", "incidents/month", 36, 10, 0),
                    lower("Provisioning lead time", "days", 12, 3, 1)),
            EVENT_CORRELATION, List.of(
                    lower("Alerts per incident", "alerts", 45, 8, 1),
                    lower("Duplicate tickets", "tickets/month", 900, 200, 0),
                    lower("MTTD", "minutes", 35, 8, 1),
                    higher("Correlation accuracy", "%", 50, 90, 1)),
            TICKET_TRIAGE, List.of(
                    higher("Tickets deflected", "tickets/month", 120, 3500, 0),
                    lower("Misrouted tickets", "%", 18, 6, 1),
                    higher("First contact resolution", "%", 62, 80, 1),
                    lower("Average handle time", "minutes", 14, 9, 1)),
            ANOMALY_DETECTION, List.of(
                    lower("False-positive rate", "%", 42, 12, 1),
                    higher("Detection lead time", "minutes", 0, 45, 1),
                    higher("Incidents detected before user report", "%", 20, 70, 1)),
            CHANGE_RISK, List.of(
                    lower("Change failure rate", "%", 14, 6, 1),
                    lower("Emergency changes", "changes/month", 60, 20, 0),
                    lower("CAB review effort", "hours/month", 160, 70, 0)),
            LOG_ANALYTICS, List.of(
                    lower("Mean time to investigate", "minutes", 95, 30, 1),
                    higher("Root cause found within 1 hour", "%", 25, 70, 1),
                    lower("Log queries per incident", "queries", 40, 12, 1)),
            VULNERABILITY, List.of(
                    lower("Critical vulnerabilities past SLA", "vulnerabilities", 180, 40, 0),
                    lower("Mean time to remediate", "days", 45, 15, 1),
                    higher("Patches prioritised by risk", "%", 20, 85, 1)));

    private KpiCatalog() {
    }

    static List<KpiTemplate> of(String useCase) {
        List<KpiTemplate> templates = BY_USE_CASE.get(useCase);
        if (templates == null) {
            throw new IllegalArgumentException("no KPI templates for use case " + useCase);
        }
        return templates;
    }
}
