package com.portfolioreview.sample;

import static com.portfolioreview.sample.Archetype.BEHIND_CURVE_MATURE;
import static com.portfolioreview.sample.Archetype.BEHIND_CURVE_STALLED_NOW;
import static com.portfolioreview.sample.Archetype.DATA_GAPPED;
import static com.portfolioreview.sample.Archetype.FORECAST_OVERRUNNING;
import static com.portfolioreview.sample.Archetype.MISSED;
import static com.portfolioreview.sample.Archetype.MISSED_AND_OVERSPENT;
import static com.portfolioreview.sample.Archetype.NOT_STARTED;
import static com.portfolioreview.sample.Archetype.NO_EVIDENCE_MATURE;
import static com.portfolioreview.sample.Archetype.ON_TRACK;
import static com.portfolioreview.sample.Archetype.OVERSPENT;
import static com.portfolioreview.sample.Archetype.OVERSPENT_AND_OVERRUNNING;
import static com.portfolioreview.sample.Archetype.RUNAWAY;
import static com.portfolioreview.sample.Archetype.YOUNG_BEHIND;
import static com.portfolioreview.sample.Archetype.YOUNG_ON_TRACK;
import static com.portfolioreview.sample.Archetype.YOUNG_OVERSPENT;
import static com.portfolioreview.sample.Archetype.YOUNG_WEAK;
import static com.portfolioreview.sample.KpiCatalog.ANOMALY_DETECTION;
import static com.portfolioreview.sample.KpiCatalog.CAPACITY_PLANNING;
import static com.portfolioreview.sample.KpiCatalog.CHANGE_RISK;
import static com.portfolioreview.sample.KpiCatalog.EVENT_CORRELATION;
import static com.portfolioreview.sample.KpiCatalog.INCIDENT_RESPONSE;
import static com.portfolioreview.sample.KpiCatalog.LOG_ANALYTICS;
import static com.portfolioreview.sample.KpiCatalog.PREDICTIVE_MAINTENANCE;
import static com.portfolioreview.sample.KpiCatalog.TICKET_TRIAGE;
import static com.portfolioreview.sample.KpiCatalog.VULNERABILITY;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The 40 initiatives of the sample portfolio, each built from an archetype. Ages are at
 * P = 2026-10 (months from the start month to P, both ends counted).
 */
final class SampleDesigns {

    static final String INFRA = "Infrastructure & Cloud";
    static final String SERVICE_DESK = "Service Desk";
    static final String NETWORK = "Network Operations";
    static final String SECURITY = "Security Operations";
    static final String ENTERPRISE_APPS = "Enterprise Applications";

    private SampleDesigns() {
    }

    private static YearMonth ym(int year, int month) {
        return YearMonth.of(year, month);
    }

    static List<InitiativeDesign> all() {
        return List.of(
                // ---------------------------------------------------------------- Infrastructure & Cloud
                new InitiativeDesign("INF-001", "Predictive disk failure on SAN arrays", INFRA, "Priya Raman",
                        "priya.raman@example.com", PREDICTIVE_MAINTENANCE, "PRODUCTION", "2024-11-04", "2027-06-30",
                        12, "USD", ON_TRACK) // age 24
                        .size(1_800_000).attainment(1.02).valueMultiple(2.6).badAmountIn(ym(2025, 6)),
                new InitiativeDesign("INF-002", "Cloud capacity forecaster", INFRA, "Marcus Feld",
                        "marcus.feld@example.com", CAPACITY_PLANNING, "PRODUCTION", "2025-02-03", "2026-12-18",
                        9, "USD", ON_TRACK) // age 21, plan rows only for 2026-11 and 2026-12 (ends 2026-12)
                        .size(950_000).attainment(0.97).valueMultiple(3.0).sparseKpiGaps(0.05),
                new InitiativeDesign("INF-003", "=SUM(Savings) pilot", INFRA, "Hannah Okafor",
                        "hannah.okafor@example.com", CAPACITY_PLANNING, "PILOT", "2026-05-11", "2027-10-29",
                        12, "USD", YOUNG_ON_TRACK) // age 6, expected 0.50
                        .size(600_000).attainment(0.56).valueMultiple(2.2),
                new InitiativeDesign("INF-004", "Self-healing VM restarts", INFRA, "Tomás Herrera",
                        "tomas.herrera@example.com", INCIDENT_RESPONSE, "PRODUCTION", "2025-01-13", "2026-09-30",
                        9, "USD", ON_TRACK) // age 22, past its planned end (0 months remaining), run mode
                        .size(700_000).attainment(1.00).valueMultiple(2.4).noForwardPlan()
                        .credit(ym(2026, 10), "COMPUTE", "612.75"),
                new InitiativeDesign("INF-005", "Storage tiering optimiser", INFRA, "Greg Novak",
                        "greg.novak@example.com", CAPACITY_PLANNING, "PILOT", "2025-06-02", "2027-03-31",
                        12, "USD", MISSED) // age 17
                        .size(1_100_000).attainment(0.32).valueMultiple(1.5).noForwardPlan(),
                new InitiativeDesign("INF-006", "Kubernetes anomaly detection", INFRA, "Aisha Siddiqui",
                        "aisha.siddiqui@example.com", ANOMALY_DETECTION, "PILOT", "2025-10-06", "2027-09-30",
                        12, "USD", RUNAWAY) // age 13, mature, attainment 0.58 keeps MISSED_TARGET off
                        .size(1_400_000).attainment(0.58).valueMultiple(1.8),
                new InitiativeDesign("INF-007", "Predictive maintenance, chillers & UPS", INFRA, "Jürgen Weiß",
                        "juergen.weiss@example.com", PREDICTIVE_MAINTENANCE, "PRODUCTION", "2025/03/03", "2027-12-31",
                        12, "EUR", FORECAST_OVERRUNNING) // age 20
                        .size(3_200_000).attainment(0.97).valueMultiple(2.0),
                new InitiativeDesign("INF-008", "Backup job failure prediction", INFRA, "Lena Park",
                        "", PREDICTIVE_MAINTENANCE, "POC", "2026-08-17", "2027-06-30",
                        9, "USD", YOUNG_WEAK) // age 3, expected 0.333
                        .size(240_000).attainment(0.24).valueMultiple(1.5),
                new InitiativeDesign("INF-009", "Patch window optimiser", INFRA, "Daniel Mbeki",
                        "daniel.mbeki@example.com", CHANGE_RISK, "POC", "2027-01-11", "2027-12-17",
                        9, "USD", NOT_STARTED)
                        .size(850_000),
                // ---------------------------------------------------------------- Service Desk
                new InitiativeDesign("SD-001", "\"Ask IT\" virtual agent", SERVICE_DESK, "Siobhán O'Neill",
                        "siobhan.oneill@example.com", TICKET_TRIAGE, "PRODUCTION", "2024-11-18", "2027-03-31",
                        9, "USD", ON_TRACK) // age 24
                        .size(2_400_000).attainment(1.04).valueMultiple(3.2).sparseKpiGaps(0.04)
                        .credit(ym(2025, 9), "VENDOR", "4250.00"),
                new InitiativeDesign("SD-002", "Ticket auto-routing", SERVICE_DESK, "Oliver Bennett",
                        "oliver.bennett@example.co.uk", TICKET_TRIAGE, "Production", "2025-04-07", "2027-06-30",
                        6, "GBP", ON_TRACK) // age 19
                        .size(850_000).attainment(0.99).valueMultiple(2.8).undefinedKpiIn(ym(2025, 8)),
                new InitiativeDesign("SD-003", "Knowledge article generator", SERVICE_DESK, "Maya Lindqvist",
                        "maya.lindqvist@example.com", TICKET_TRIAGE, "PILOT", "2025-09-01", "2027-08-31",
                        12, "USD", BEHIND_CURVE_STALLED_NOW) // age 14, gap about -0.24 since 2026-07
                        .size(900_000).attainment(0.76).valueMultiple(1.8)
                        // on its ramp until 2026-06, then behind: recalibrated 2026-07..10, stalled from P
                        .attainmentIn(ym(2025, 9), ym(2026, 6), 0.95),
                new InitiativeDesign("SD-004", "Password reset automation", SERVICE_DESK, "Kwame Asante",
                        "kwame.asante@example.com", TICKET_TRIAGE, "PRODUCTION", "2025-01-06", "2026-12-31",
                        6, "USD", OVERSPENT) // age 22
                        .size(520_000).attainment(1.00).valueMultiple(2.2),
                new InitiativeDesign("SD-005", "Sentiment-based escalation", SERVICE_DESK, "Rachel Kim",
                        "rachel.kim@example.com", TICKET_TRIAGE, "Pilot", "2025-07-14", "2027-01-29",
                        12, "USD", MISSED) // age 16
                        .size(680_000).attainment(0.38).valueMultiple(1.6),
                new InitiativeDesign("SD-006", "Major incident summariser", SERVICE_DESK, "Fatima Zahra",
                        "fatima.zahra@example.com", INCIDENT_RESPONSE, "POC", "2026-07-06", "2027-09-30",
                        12, "USD", YOUNG_BEHIND) // age 4, expected 0.333, gap about -0.21
                        .size(300_000).attainment(0.12).valueMultiple(1.5),
                new InitiativeDesign("SD-007", "Service desk demand forecasting", SERVICE_DESK, "Ben Schultz",
                        "ben.schultz@example.com", CAPACITY_PLANNING, "PILOT", "2026-02-02", "2027-06-30",
                        12, "USD", YOUNG_ON_TRACK) // age 9, expected 0.75
                        .size(560_000).attainment(0.80).valueMultiple(2.2),
                new InitiativeDesign("SD-008", "Desk-side dispatch optimiser", SERVICE_DESK, "Chloé Dubois",
                        "chloe.dubois@example.com", TICKET_TRIAGE, "PILOT", "2025-12-01", "2027-06-30",
                        12, "USD", DATA_GAPPED) // age 11; window 2026-05..10: KPIs in 2 months, spend in 3
                        .size(450_000).attainment(0.92).valueMultiple(2.0).noForwardPlan()
                        .spendMissing(ym(2026, 6), ym(2026, 8), ym(2026, 9))
                        .kpiMissing((kpi, m) -> Set.of(ym(2026, 5), ym(2026, 6), ym(2026, 8), ym(2026, 9)).contains(m)),
                // ---------------------------------------------------------------- Network Operations
                new InitiativeDesign("NET-001", "WAN capacity planning", NETWORK, "Samuel Osei",
                        "samuel.osei@example.com", CAPACITY_PLANNING, "PRODUCTION", "2024-12-02", "2027-03-31",
                        12, "USD", ON_TRACK) // age 23, benefit/cost below the reallocation ratio
                        .size(1_200_000).attainment(1.00).valueMultiple(1.3).noForwardPlan()
                        .kpiRestatedIn(ym(2026, 9)),
                new InitiativeDesign("NET-002", "Router failure prediction", NETWORK, "Zoë Clarke",
                        "zoe.clarke@example.co.uk", PREDICTIVE_MAINTENANCE, "PRODUCTION", "2025-03-17", "2027-09-30",
                        12, "GBP", ON_TRACK) // age 20, cloud compute billed in USD
                        .size(1_300_000).attainment(1.01).valueMultiple(2.5).sparseKpiGaps(0.05)
                        .computeBilledIn("USD"),
                new InitiativeDesign("NET-003", "AIOps event correlation for the NOC", NETWORK, "Raj Patel",
                        "raj.patel@example.com", EVENT_CORRELATION, "PRODUCTION", "2025-02-10", "2027-06-30",
                        9, "USD", OVERSPENT_AND_OVERRUNNING) // age 21
                        .size(3_000_000).attainment(0.98).valueMultiple(2.0),
                new InitiativeDesign("NET-004", "Wi-Fi anomaly detection", NETWORK, "Nina Petrova",
                        "nina.petrova@example.com", ANOMALY_DETECTION, "PILOT", "2026-03-02", "2027-09-30",
                        12, "USD", RUNAWAY) // age 8, young: only RUNAWAY_SPEND can cancel it
                        .size(800_000).attainment(0.22).valueMultiple(1.8),
                new InitiativeDesign("NET-005", "Network config drift detection", NETWORK, "Lucas Moreau",
                        "lucas.moreau@example.com", CHANGE_RISK, "PILOT", "2025-08-04", "2027-02-26",
                        9, "USD", NO_EVIDENCE_MATURE) // age 15, KPI feed stopped after 2026-03
                        .size(500_000).attainment(0.60).valueMultiple(2.0)
                        .kpiMissing((kpi, m) -> !m.isBefore(ym(2026, 4))),
                new InitiativeDesign("NET-006", "Change risk scoring for network changes", NETWORK, "Grace Liu",
                        "grace.liu@example.com", CHANGE_RISK, "PILOT", "2026-05-04", "2027-06-30",
                        9, "USD", YOUNG_ON_TRACK) // age 6, expected 0.667
                        .size(420_000).attainment(0.71).valueMultiple(2.0),
                new InitiativeDesign("NET-007", "Fiber cut early warning", NETWORK, "Ahmed Khan",
                        "", ANOMALY_DETECTION, "POC", "2026-09-07", "2027-12-31",
                        12, "USD", YOUNG_WEAK) // age 2, expected 0.167
                        .size(300_000).attainment(0.08).valueMultiple(1.5),
                new InitiativeDesign("NET-008", "DNS log analytics", NETWORK, "Ivan Horvat",
                        "ivan.horvat@example.com", LOG_ANALYTICS, "PILOT", "2025-05-05", "2027-05-31",
                        12, "USD", DATA_GAPPED) // age 18; nothing measured in P, so attainment is empty
                        .size(600_000).attainment(0.90).valueMultiple(2.0).noForwardPlan()
                        .spendMissing(ym(2026, 7), ym(2026, 9))
                        .kpiMissing((kpi, m) -> !m.isBefore(ym(2026, 5)) && !m.equals(ym(2026, 6)) && !m.equals(ym(2026, 8))),
                // ---------------------------------------------------------------- Security Operations
                new InitiativeDesign("SEC-001", "Phishing triage automation", SECURITY, "Olivia Grant",
                        "olivia.grant@example.com", INCIDENT_RESPONSE, "PRODUCTION", "2025-01-20", "2027-01-29",
                        9, "USD", ON_TRACK) // age 22
                        .size(1_000_000).attainment(1.03).valueMultiple(3.5)
                        // a dip in August and September (recalibrated), recovered in October
                        .attainmentIn(ym(2026, 8), ym(2026, 9), 0.70),
                new InitiativeDesign("SEC-002", "SIEM alert noise reduction", SECURITY, "Matteo Rossi",
                        "matteo.rossi@example.com", EVENT_CORRELATION, "PRODUCTION", "2025-04-14", "2027-04-30",
                        12, "EUR", ON_TRACK) // age 19
                        .size(1_400_000).attainment(0.98).valueMultiple(2.2).kpiNotANumberIn(ym(2026, 4))
                        .credit(ym(2026, 3), "LICENSES", "1850.40"),
                new InitiativeDesign("SEC-003", "UEBA anomaly detection", SECURITY, "Sofia Alvarez",
                        "sofia.alvarez@example.com", ANOMALY_DETECTION, "PILOT", "2025-06-16", "2027-06-30",
                        12, "USD", BEHIND_CURVE_MATURE) // age 17, gap about -0.22
                        .size(1_100_000).attainment(0.78).valueMultiple(1.8),
                new InitiativeDesign("SEC-004", "Vulnerability risk prioritisation", SECURITY, "Ethan Brooks",
                        "ethan.brooks@example.com", VULNERABILITY, "production", "2025/02/24", "2027-08-31",
                        12, "USD", FORECAST_OVERRUNNING) // age 21
                        .size(2_200_000).attainment(1.00).valueMultiple(2.0),
                new InitiativeDesign("SEC-005", "SOC log analytics copilot", SECURITY, "Hiroshi Tanaka",
                        "hiroshi.tanaka@example.com", LOG_ANALYTICS, "PILOT", "2025-09-15", "2027-03-31",
                        12, "USD", NO_EVIDENCE_MATURE) // age 14, KPIs defined but never measured
                        .size(750_000).valueMultiple(2.0).noForwardPlan()
                        .kpiMissing((kpi, m) -> true),
                new InitiativeDesign("SEC-006", "Threat intel correlation", SECURITY, "Amelia Wright",
                        "amelia.wright@example.com", EVENT_CORRELATION, "PILOT", "2026-01-12", "2027-12-31",
                        12, "USD", YOUNG_ON_TRACK) // age 10, expected 0.833
                        .size(900_000).attainment(0.88).valueMultiple(2.3).sparseKpiGaps(0.05),
                new InitiativeDesign("SEC-007", "Insider risk signals", SECURITY, "Victor Nakamura",
                        "victor.nakamura@example.com", ANOMALY_DETECTION, "PILOT", "2025-10-06", "2027-10-29",
                        12, "USD", MISSED_AND_OVERSPENT) // age 13
                        .size(1_000_000).attainment(0.30).valueMultiple(1.6),
                // ---------------------------------------------------------------- Enterprise Applications
                new InitiativeDesign("EA-001", "SAP batch job anomaly detection", ENTERPRISE_APPS, "Anna Schmidt",
                        "anna.schmidt@example.com", ANOMALY_DETECTION, "PRODUCTION", "2025-01-13", "2027-06-30",
                        12, "EUR", ON_TRACK) // age 22
                        .size(2_100_000).attainment(1.00).valueMultiple(2.4),
                new InitiativeDesign("EA-002", "Change risk scoring for ERP releases", ENTERPRISE_APPS, "Carlos Mendes",
                        "carlos.mendes@example.com", CHANGE_RISK, "PRODUCTION", "2025-05-19", "2027-05-31",
                        12, "USD", ON_TRACK) // age 18, benefit/cost below the reallocation ratio
                        .size(1_500_000).attainment(0.97).valueMultiple(1.2),
                new InitiativeDesign("EA-003", "Log analytics for integration middleware", ENTERPRISE_APPS,
                        "Isabelle Laurent", "isabelle.laurent@example.com", LOG_ANALYTICS, "PILOT", "2026-04-06",
                        "2027-09-30", 12, "USD", YOUNG_ON_TRACK) // age 7, expected 0.583
                        .size(650_000).attainment(0.63).valueMultiple(2.1).sparseKpiGaps(0.05),
                new InitiativeDesign("EA-004", "Salesforce incident auto-remediation", ENTERPRISE_APPS, "Jacob Miller",
                        "jacob.miller@example.com", INCIDENT_RESPONSE, "PILOT", "2026-06-01", "2027-06-30",
                        9, "USD", YOUNG_ON_TRACK) // age 5, expected 0.556
                        .size(480_000).attainment(0.60).valueMultiple(2.2),
                new InitiativeDesign("EA-005", "Database capacity planning", ENTERPRISE_APPS, "Elena Popescu",
                        "elena.popescu@example.com", CAPACITY_PLANNING, "PRODUCTION", "2025-03-03", "2027-09-30",
                        12, "USD", FORECAST_OVERRUNNING) // age 20
                        .size(1_600_000).attainment(0.99).valueMultiple(2.0),
                new InitiativeDesign("EA-006", "CI pipeline failure log analytics", ENTERPRISE_APPS, "Noah Fischer",
                        "noah.fischer@example.com", LOG_ANALYTICS, "PILOT", "2026-01-05", "2027-12-31",
                        12, "USD", YOUNG_OVERSPENT) // age 10, expected 0.833, gap about -0.21
                        .size(1_200_000).attainment(0.62).valueMultiple(1.8),
                new InitiativeDesign("EA-007", "ERP job scheduling optimiser", ENTERPRISE_APPS, "Mei Chen",
                        "mei.chen@example.com", CAPACITY_PLANNING, "PILOT", "2025-10-20", "2027-06-30",
                        12, "USD", DATA_GAPPED) // age 13; 2 of 3 KPIs stopped after 2026-03, spend missing 2 months
                        .size(700_000).attainment(1.00).valueMultiple(2.0).kpiCount(3)
                        .spendMissing(ym(2026, 5), ym(2026, 6))
                        .kpiMissing((kpi, m) -> kpi == 0 ? m.equals(ym(2026, 8)) : !m.isBefore(ym(2026, 4))),
                new InitiativeDesign("EA-008", "Application log triage assistant", ENTERPRISE_APPS, "Harriet Shaw",
                        "harriet.shaw@example.co.uk", LOG_ANALYTICS, "POC", "2026-08-03", "2027-04-30",
                        6, "GBP", YOUNG_WEAK) // age 3, expected 0.50
                        .size(240_000).attainment(0.40).valueMultiple(1.5));
    }
}
