package com.portfolioreview.decision;


/**
 * A rule that holds for an initiative, with a sentence carrying the numbers, e.g.
 * {@code BEHIND_CURVE: attainment 31% vs 75% expected at month 9 of 12}.
 */
public record Finding(FindingCode code, String sentence) {

    /** "CODE: sentence", as written in the Findings column. */
    @Override
    public String toString() {
        return code + ": " + sentence;
    }
}
