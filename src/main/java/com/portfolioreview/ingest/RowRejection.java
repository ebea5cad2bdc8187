package com.portfolioreview.ingest;

/** Why a data row is left out of every figure; the message is the reason written to rejects.csv. */
final class RowRejection extends Exception {

    RowRejection(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
