package com.portfolioreview.ingest;

import java.util.List;

/**
 * The inputs cannot produce a trustworthy review (SPEC §1.3): a required file missing or empty,
 * a required column missing, too many rejected rows in a file, or no valid register row. Holds
 * every reason found, each naming the file, and the column or count.
 */
public class InputUnusableException extends Exception {

    private final List<String> reasons;

    public InputUnusableException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason, in the order found. */
    public List<String> reasons() {
        return reasons;
    }
}
