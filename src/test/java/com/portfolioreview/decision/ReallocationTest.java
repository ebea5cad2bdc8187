package com.portfolioreview.decision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.portfolioreview.PortfolioFixtures.d;
import static com.portfolioreview.PortfolioFixtures.healthy;
import static com.portfolioreview.PortfolioFixtures.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReallocationTest {

    /** A reviewed initiative: decision, burn rate, benefit run rate (null = empty), next-quarter budget, released. */
    static InitiativeReview review(String id, Decision decision, String burn, String benefitRunRate, String nextQuarter,
                                   String released) {
        var figures = healthy().with(f -> {
            f.id = id;
            f.burnRate = d(burn);
            f.benefitRunRate = benefitRunRate == null ? null : d(benefitRunRate);
        }).build();
        return new InitiativeReview(initiative(id, "2025-01", "2027-12", "1000000", 12), figures, List.of(), decision,
                new FundingRecommendation(d(nextQuarter), true, d(nextQuarter).subtract(d(released)), d(released),
                        BigDecimal.ZERO));
    }

    static Stream<Arguments> reallocation() {
        return Stream.of(
                // pool 10,000 from a cancelled initiative. A: ratio 3, cap 50% × 12,000 = 6,000 → 6,000;
                // B: ratio 2, cap 10,000 → the 4,000 left; C: ratio 1.6 → nothing left
                arguments("funds run out part-way", List.of(
                        review("X", Decision.CANCEL, "5000", "0", "10000", "10000"),
                        review("C", Decision.CONTINUE, "1000", "1600", "8000", "0"),
                        review("B", Decision.CONTINUE, "1000", "2000", "20000", "0"),
                        review("A", Decision.CONTINUE, "1000", "3000", "12000", "0")),
                        Map.of("A", "6000", "B", "4000"), "10000", "10000", "0"),
                // ratio 1.49 too low; a RECALIBRATE with a high ratio is not CONTINUE; burn 0 has no ratio;
                // empty benefit run rate has no ratio
                arguments("no candidate qualifies", List.of(
                        review("X", Decision.RECALIBRATE, "8000", "80000", "30000", "12000"),
                        review("A", Decision.CONTINUE, "1000", "1490", "9000", "0"),
                        review("B", Decision.CONTINUE, "0", "5000", "9000", "0"),
                        review("C", Decision.CONTINUE, "1000", null, "9000", "0"),
                        review("D", Decision.NOT_STARTED, "0", null, "9000", "0")),
                        Map.of(), "12000", "0", "12000"),
                // A and B both at ratio 2: A first by id (cap 4,000), B gets the remaining 1,000
                arguments("ties broken by initiative id", List.of(
                        review("X", Decision.CANCEL, "1000", "0", "5000", "5000"),
                        review("B", Decision.CONTINUE, "500", "1000", "8000", "0"),
                        review("A", Decision.CONTINUE, "1000", "2000", "8000", "0")),
                        Map.of("A", "4000", "B", "1000"), "5000", "5000", "0"),
                // cap at 50% of 30,000 = 15,000; 85,000 stays unallocated; ratio exactly 1.5 qualifies (≥)
                arguments("cap at 50% and ratio exactly 1.5", List.of(
                        review("X", Decision.CANCEL, "1000", "0", "100000", "100000"),
                        review("A", Decision.CONTINUE, "1000", "1500", "30000", "0")),
                        Map.of("A", "15000"), "100000", "15000", "85000"),
                // nothing released: nothing to hand out
                arguments("empty pool", List.of(
                        review("A", Decision.CONTINUE, "1000", "3000", "30000", "0")),
                        Map.of(), "0", "0", "0"),
                // a candidate with zero next-quarter budget can receive nothing; the next one gets it
                arguments("zero next quarter", List.of(
                        review("X", Decision.CANCEL, "1000", "0", "3000", "3000"),
                        review("A", Decision.CONTINUE, "1000", "9000", "0", "0"),
                        review("B", Decision.CONTINUE, "1000", "2000", "10000", "0")),
                        Map.of("B", "3000"), "3000", "3000", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void reallocation(String name, List<InitiativeReview> reviews, Map<String, String> grants, String released,
                      String reallocated, String unallocated) {
        Reallocation r = Reallocation.of(reviews, RuleThresholds.DEFAULTS);

        assertThat(r.grants().keySet()).containsExactlyInAnyOrderElementsOf(grants.keySet());
        assertThat(r.released()).isEqualByComparingTo(released);
        assertThat(r.reallocated()).isEqualByComparingTo(reallocated);
        assertThat(r.unallocated()).isEqualByComparingTo(unallocated);
        for (InitiativeReview review : reviews) {
            String id = review.initiative().id();
            assertThat(r.grantOf(id)).isEqualByComparingTo(grants.containsKey(id) ? d(grants.get(id)) : BigDecimal.ZERO);
        }
    }

    @org.junit.jupiter.api.Test
    void bestRatioIsServedFirst() {
        Reallocation r = Reallocation.of(List.of(
                review("X", Decision.CANCEL, "1000", "0", "100000", "100000"),
                review("A", Decision.CONTINUE, "1000", "1600", "1000", "0"),
                review("B", Decision.CONTINUE, "1000", "2500", "1000", "0"),
                review("C", Decision.CONTINUE, "1000", "2500", "1000", "0")), RuleThresholds.DEFAULTS);

        // B and C (2.5) before A (1.6); B before C by id
        assertThat(r.grants().keySet()).containsExactly("B", "C", "A");
    }
}
