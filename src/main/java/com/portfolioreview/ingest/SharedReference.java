package com.portfolioreview.ingest;

import java.io.IOException;

/**
 * The reference files last read (fx rates, register, KPI targets), for exports read one by one
 * against the same inputs: one slot, replaced when asked for other inputs. Safe to share between
 * threads (the job's partitions read their exports concurrently against one reference).
 */
public final class SharedReference {

    /** Reads the reference files when the slot does not hold those wanted. */
    @FunctionalInterface
    interface Read {
        ReferenceFiles get() throws IOException;
    }

    private Object key;
    private ReferenceFiles reference;

    synchronized void put(Object wanted, ReferenceFiles read) {
        reference = read;
        key = wanted;
    }

    synchronized ReferenceFiles get(Object wanted, Read read) throws IOException {
        if (reference == null || !wanted.equals(key)) {
            reference = null;
            reference = read.get();
            key = wanted;
        }
        return reference;
    }
}
