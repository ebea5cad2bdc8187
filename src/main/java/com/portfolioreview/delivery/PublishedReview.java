package com.portfolioreview.delivery;

import com.portfolioreview.report.BusinessUnitFileName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a publication holds, as the messages tell it: read back from its run-summary.json, with
 * the path of each workbook (the portfolio's and one per business unit).
 */
record PublishedReview(String period, String currency, Path directory, List<Initiative> initiatives,
                       Map<String, Path> unitWorkbooks) {

    /** The decisions in the order a reader meets them. */
    static final List<String> DECISIONS = List.of("CANCEL", "RECALIBRATE", "CONTINUE", "NOT_STARTED");

    /** One initiative as the summary gives it. */
    record Initiative(String id, String name, String businessUnit, String ownerEmail, String decision,
                      String decisionLastMonth, List<String> findings, double releasedFunding,
                      double budgetItd, double actualItd) {

        boolean changed() {
            return decisionLastMonth != null && !decisionLastMonth.equals(decision);
        }

        /** CANCEL (STALLED among them) or a changed decision: what the Summary lists to act on. */
        boolean toActOn() {
            return decision.equals("CANCEL") || changed();
        }
    }

    static PublishedReview read(Path periodDirectory) throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(periodDirectory.resolve("run-summary.json").toFile());
        String period = summary.get("period").asString();
        List<Initiative> initiatives = new ArrayList<>();
        for (JsonNode n : summary.get("initiatives")) {
            List<String> findings = new ArrayList<>();
            n.get("findings").forEach(f -> findings.add(f.asString()));
            JsonNode last = n.get("decision_last_month");
            JsonNode owner = n.get("owner_email");
            initiatives.add(new Initiative(n.get("initiative_id").asString(), n.get("name").asString(),
                    n.get("business_unit").asString(), owner == null || owner.isNull() ? "" : owner.asString(),
                    n.get("decision").asString(), last == null || last.isNull() ? null : last.asString(), findings,
                    n.get("released_funding").asDouble(), n.get("budget_itd").asDouble(),
                    n.get("actual_itd").asDouble()));
        }
        TreeSet<String> units = new TreeSet<>();
        initiatives.forEach(i -> units.add(i.businessUnit()));
        Map<String, Path> unitWorkbooks = new TreeMap<>();
        BusinessUnitFileName.forUnits(units).forEach((unit, name) -> unitWorkbooks.put(unit,
                periodDirectory.resolve("business-units").resolve("portfolio-review-" + period + "-" + name + ".xlsx")));
        return new PublishedReview(period, summary.get("reporting_currency").asString(), periodDirectory,
                List.copyOf(initiatives), unitWorkbooks);
    }

    Path portfolioWorkbook() {
        return directory.resolve("portfolio-review-" + period + ".xlsx");
    }

    /** The initiatives of one business unit, or all of them for null. */
    List<Initiative> of(String businessUnit) {
        return businessUnit == null ? initiatives
                : initiatives.stream().filter(i -> i.businessUnit().equals(businessUnit)).toList();
    }

    /** "1 CANCEL, 2 RECALIBRATE, 5 CONTINUE": the decisions that occur, most severe first. */
    static String counts(List<Initiative> initiatives) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        DECISIONS.forEach(d -> counts.put(d, 0));
        initiatives.forEach(i -> counts.merge(i.decision(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((d, n) -> {
            if (n > 0) {
                parts.add(n + " " + d);
            }
        });
        return String.join(", ", parts);
    }
}
