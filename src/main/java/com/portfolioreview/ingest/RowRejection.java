package com.portfolioreview.ingest;

/** Why a data row is left out of every figure; the message is the reason written to rejects.csv. */
final class RowRejection extends Exception {

    /**
     * SPEC §1.2: a spend actual or a KPI value for a month after today's month. A one-character
     * year typo ({@code 2062-10}) must not move the review to 2062.
     */
    static final String DATED_IN_THE_FUTURE = "actual dated in the future";

    RowRejection(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
