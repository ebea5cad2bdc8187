package com.portfolioreview.job;

import com.portfolioreview.report.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.time.YearMonth;

/** What becomes of the period's previous outputs once {@code publish} swapped the new set in. */
final class PreviousOutputs {

    private static final Logger log = LoggerFactory.getLogger("portfolio-review");

    private PreviousOutputs() {
    }

    /**
     * The previous set stays aside until the step's transaction (the decision history, the step's
     * completion) commits, then it is removed; if the transaction rolls back, the previous set is
     * put back, so a failed run has published nothing and the history agrees with the outputs.
     */
    static void settleWhenRecorded(Publication publication, YearMonth period) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            removePrevious(publication, period);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    putPreviousBack(publication, period);
                } else {
                    removePrevious(publication, period);
                }
            }
        });
    }

    private static void removePrevious(Publication publication, YearMonth period) {
        try {
            publication.removePrevious();
        } catch (IOException e) {
            log.warn("could not remove the previous outputs of {} from {}: {}; the next start removes them", period,
                    publication.previousAside(), e.getMessage());
        }
    }

    private static void putPreviousBack(Publication publication, YearMonth period) {
        try {
            publication.putPreviousBack();
            log.info("the outputs of {} published by this failed run were taken back: {} holds the previous ones again",
                    period, publication.target());
        } catch (IOException e) {
            log.error("the run failed after publishing {} and could not take its outputs back: {}", period, e.getMessage());
        }
    }
}
