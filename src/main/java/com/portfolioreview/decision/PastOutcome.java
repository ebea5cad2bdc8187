package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One initiative's review of a month before P (SPEC §2.6): as published (the latest completed
 * run of that month on record) or recomputed from today's inputs. A run published before
 * figures were recorded with its decisions has only its decision ({@code figuresRecorded} false).
 *
 * @param findings the finding codes, in the SPEC table order
 */
public record PastOutcome(
        YearMonth period,
        Decision decision,
        List<FindingCode> findings,
        Double attainment,
        BigDecimal varianceItd,
        BigDecimal eac,
        BigDecimal benefitItd,
        BigDecimal recommendedFunding,
        boolean published,
        boolean figuresRecorded) {

    public PastOutcome {
        findings = List.copyOf(findings);
    }

    /** This month's review as it would be recorded once published. */
    public static PastOutcome of(InitiativeReview review, YearMonth period) {
        var f = review.figures();
        return new PastOutcome(period, review.decision(), review.findings().stream().map(Finding::code).toList(),
                f.attainment(), f.varianceItd(), f.eac(), f.benefitItd(),
                review.funding() == null ? null : review.funding().recommendedFunding(), true, true);
    }

    /** A published run that recorded only its decisions (before figures were recorded with them). */
    public static PastOutcome decisionOnly(YearMonth period, Decision decision) {
        return new PastOutcome(period, decision, List.of(), null, null, null, null, null, true, false);
    }
}
