package com.portfolioreview.job;

import com.portfolioreview.launch.ReviewCommand;

import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real job on a portfolio with one initiative per decision; every figure below is worked
 * out by hand from {@link InputFolder#onePerDecision} (P = 2026-10, defaults of SPEC §2.5).
 */
class DecisionEndToEndTest {

    @TempDir
    static Path tmp;

    private static JsonNode summary;

    @BeforeAll
    static void review() throws IOException {
        InputFolder.onePerDecision(tmp.resolve("in"));
        int exit = ReviewCommand.run(new String[] {"--input", "in", "--output", "out", "--data", "db"},
                Path.of("").toAbsolutePath(), tmp);
        assertThat(exit).isZero();
        summary = JsonMapper.builder().build().readTree(tmp.resolve("out/2026-10/run-summary.json").toFile());
    }

    private static JsonNode initiative(String id) {
        for (JsonNode n : summary.get("initiatives")) {
            if (n.get("initiative_id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no initiative " + id);
    }

    private static List<String> codes(JsonNode n) {
        List<String> codes = new ArrayList<>();
        n.get("finding_codes").forEach(c -> codes.add(c.asString()));
        return codes;
    }

    @Test
    void initiativesAreListedMostSevereFirst() {
        List<String> order = new ArrayList<>();
        summary.get("initiatives").forEach(n -> order.add(n.get("initiative_id").asString() + " " + n.get("decision").asString()));
        assertThat(order).containsExactly("AI-005 CANCEL", "AI-001 RECALIBRATE", "AI-002 RECALIBRATE",
                "AI-004 CONTINUE", "AI-003 NOT_STARTED");
    }

    @Test
    void missedTargetCancelsAMatureInitiative() {
        JsonNode n = initiative("AI-005");
        // S = 2025-10 → age 13 ≥ maturity 6; October MTTR 85 vs baseline 100, target 50 → 15 / 50 = 30 %
        assertThat(n.get("age_months").asInt()).isEqualTo(13);
        assertThat(n.get("attainment").decimalValue()).isEqualByComparingTo("0.3");
        // benefit (5 + 10 + 15) × 10 = 300; actual 13 × 10,000 = 130,000 → ROI (300 − 130,000) / 130,000
        assertThat(n.get("benefit_itd").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(n.get("roi_itd").decimalValue()).isEqualByComparingTo("-0.997692");
        // run rate 300 / 3 = 100 a month, burn 10,000 → net −9,900
        assertThat(n.get("net_run_rate").decimalValue()).isEqualByComparingTo("-9900.00");
        // window May–Oct: KPI 3 of 6 months, spend 6 of 6, fresh → 100 × (0.25 + 0.3 + 0.2) = 75
        assertThat(n.get("dq_score").asInt()).isEqualTo(75);
        assertThat(codes(n)).containsExactly("MISSED_TARGET", "BEHIND_CURVE");
        assertThat(n.get("decision").asString()).isEqualTo("CANCEL");
        // plan 10,000 + 10,000 for Nov–Dec, all released
        assertThat(n.get("recommended_funding").decimalValue()).isEqualByComparingTo("0");
        assertThat(n.get("released_funding").decimalValue()).isEqualByComparingTo("20000.00");
    }

    @Test
    void attainmentExactlyAtTheCancelThresholdOnlyRecalibrates() {
        JsonNode n = initiative("AI-001");
        // MTTR 90 vs baseline 120, target 60 → 30 / 60 = 50 %: "< 50 %" does not hold, so no MISSED_TARGET
        assertThat(n.get("attainment").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(n.get("attainment_gap").decimalValue()).isEqualByComparingTo("-0.5");
        // benefits Sep (120 − 95) × 100 = 2,500, Oct 3,000 → ITD 5,500; run rate 2,750; burn 12,000 → net −9,250
        assertThat(n.get("benefit_itd").decimalValue()).isEqualByComparingTo("5500.00");
        assertThat(n.get("net_run_rate").decimalValue()).isEqualByComparingTo("-9250.00");
        // window May–Oct: KPI 2 of 6, spend 6 of 6, fresh → round(100 × (1/6 + 0.3 + 0.2)) = round(66.67) = 67
        assertThat(n.get("dq_score").asInt()).isEqualTo(67);
        assertThat(codes(n)).containsExactly("BEHIND_CURVE");
        // RECALIBRATE: min(plan 25,000, 3 × burn 36,000) × 0.75 = 18,750; released 6,250
        assertThat(n.get("recommended_funding").decimalValue()).isEqualByComparingTo("18750.00");
        assertThat(n.get("released_funding").decimalValue()).isEqualByComparingTo("6250.00");
    }

    @Test
    void aYoungInitiativeWithThinDataIsRecalibratedForDataNotCancelled() {
        JsonNode n = initiative("AI-002");
        // age 4 of 12 → expected 4/12; attainment 2 / 10 = 20 %; gap −13.3 points: not behind (−15)
        assertThat(n.get("expected_attainment").decimalValue()).isEqualByComparingTo("0.333333");
        assertThat(n.get("attainment_gap").decimalValue()).isEqualByComparingTo("-0.133333");
        // window Jul–Oct: KPI 1 of 4, spend 3 of 4 (no September rows), fresh → 100 × (0.125 + 0.225 + 0.2) = 55
        assertThat(n.get("dq_score").asInt()).isEqualTo(55);
        assertThat(codes(n)).containsExactly("DATA_GAP");
        // no plan rows → 3 × burn 543.515 = 1,630.545; × 0.75 = 1,222.90875 → 1,222.91; released 407.64
        assertThat(n.get("next_quarter_budget").decimalValue()).isEqualByComparingTo("1630.55");
        assertThat(n.get("recommended_funding").decimalValue()).isEqualByComparingTo("1222.91");
        assertThat(n.get("released_funding").decimalValue()).isEqualByComparingTo("407.64");
    }

    @Test
    void anOnTrackInitiativeContinuesAndReceivesReleasedFunds() {
        JsonNode n = initiative("AI-004");
        // October 320 deflected vs baseline 100, target 300 → 220 / 200 = 110 %; expected 100 % at month 6 of 6
        assertThat(n.get("attainment").decimalValue()).isEqualByComparingTo("1.1");
        // benefits (50 + 100 + 150 + 200 + 200 + 220) × 50 = 46,000 vs actual 30,000 → ROI 53.3 %
        assertThat(n.get("benefit_itd").decimalValue()).isEqualByComparingTo("46000.00");
        assertThat(n.get("roi_itd").decimalValue()).isEqualByComparingTo("0.533333");
        // cumulative benefit reaches cumulative spend in July: 2,500 + 5,000 + 7,500 = 15,000 = 3 × 5,000
        assertThat(n.get("payback").asString()).isEqualTo("2026-07");
        // 6 months left × burn 5,000 + 30,000 = 60,000 = approved budget → VAC 0
        assertThat(n.get("vac").decimalValue()).isEqualByComparingTo("0");
        assertThat(codes(n)).containsExactly("ON_TRACK");
        // benefit run rate (200 + 200 + 220) × 50 / 3 = 10,333.33 ≥ 1.5 × burn 5,000: gets +50 % of its 15,000 plan
        assertThat(n.get("recommended_funding").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(n.get("reallocated_funding").decimalValue()).isEqualByComparingTo("7500.00");
    }

    @Test
    void portfolioTotalsAddUpTheReleasedPool() {
        JsonNode t = summary.get("totals");
        // released 6,250 + 407.63625 + 20,000 = 26,657.63625; 7,500 reallocated; the rest unallocated
        assertThat(t.get("released_funding").decimalValue()).isEqualByComparingTo("26657.64");
        assertThat(t.get("reallocated_funding").decimalValue()).isEqualByComparingTo("7500.00");
        assertThat(t.get("unallocated_funding").decimalValue()).isEqualByComparingTo("19157.64");
        assertThat(t.get("decisions").get("CANCEL").get("count").asInt()).isEqualTo(1);
        assertThat(t.get("decisions").get("RECALIBRATE").get("count").asInt()).isEqualTo(2);
        assertThat(t.get("decisions").get("CONTINUE").get("count").asInt()).isEqualTo(1);
        assertThat(t.get("decisions").get("NOT_STARTED").get("count").asInt()).isEqualTo(1);
    }
}
