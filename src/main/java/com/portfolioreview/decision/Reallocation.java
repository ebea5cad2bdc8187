package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC §2.5 portfolio reallocation: the released funds of the portfolio are offered to CONTINUE
 * initiatives whose benefit_run_rate / burn_rate ≥ the minimum ratio (burn_rate &gt; 0 and a
 * benefit run rate needed), best ratio first, ties by initiative_id, each receiving at most
 * maxIncrease × its next_quarter_budget, until the funds run out. The rest stays unallocated.
 *
 * @param grants      initiative id → amount received, in the order granted (only amounts &gt; 0)
 * @param released    Σ released_funding of the reviews
 * @param reallocated Σ grants
 * @param unallocated released − reallocated
 */
public record Reallocation(Map<String, BigDecimal> grants, BigDecimal released, BigDecimal reallocated,
                           BigDecimal unallocated) {

    public Reallocation {
        grants = Collections.unmodifiableMap(new LinkedHashMap<>(grants));
    }

    /** What the initiative receives (0 when nothing). */
    public BigDecimal grantOf(String initiativeId) {
        return grants.getOrDefault(initiativeId, BigDecimal.ZERO);
    }

    public static Reallocation of(List<InitiativeReview> reviews, RuleThresholds thresholds) {
        BigDecimal pool = BigDecimal.ZERO;
        for (InitiativeReview review : reviews) {
            pool = pool.add(review.funding().releasedFunding());
        }
        BigDecimal minRatio = BigDecimal.valueOf(thresholds.reallocationMinBenefitCostRatio());
        BigDecimal maxIncrease = BigDecimal.valueOf(thresholds.reallocationMaxIncrease());

        record Candidate(InitiativeReview review, BigDecimal ratio) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (InitiativeReview review : reviews) {
            BigDecimal burn = review.figures().burnRate();
            BigDecimal benefit = review.figures().benefitRunRate();
            if (review.decision() != Decision.CONTINUE || benefit == null || burn == null || burn.signum() <= 0) {
                continue;
            }
            BigDecimal ratio = benefit.divide(burn, MathContext.DECIMAL128);
            if (ratio.compareTo(minRatio) >= 0) {
                candidates.add(new Candidate(review, ratio));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::ratio).reversed()
                .thenComparing(c -> c.review().initiative().id()));

        Map<String, BigDecimal> grants = new LinkedHashMap<>();
        BigDecimal remaining = pool;
        for (Candidate candidate : candidates) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal cap = candidate.review().funding().nextQuarterBudget().multiply(maxIncrease);
            BigDecimal grant = cap.min(remaining);
            if (grant.signum() > 0) {
                grants.put(candidate.review().initiative().id(), grant);
                remaining = remaining.subtract(grant);
            }
        }
        BigDecimal reallocated = pool.subtract(remaining);
        return new Reallocation(grants, pool, reallocated, pool.subtract(reallocated));
    }
}
