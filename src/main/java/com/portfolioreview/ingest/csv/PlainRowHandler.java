package com.portfolioreview.ingest.csv;

/**
 * The hot path of an export: takes a record that has no quote (or, when the handler
 * {@linkplain #takesQuotedFields asks}, whole-field quotes) and only ASCII bytes, as field ranges
 * of a byte buffer, when every value it needs is in its plainest form (e.g.
 * {@code AI-001,2026-10,COMPUTE,1200.50,1180.00,USD}); declines anything else, which then goes
 * through {@link ExportRow} and the general rules, so that every message stays the same.
 * Made for each file once its dialect and header are known.
 */
@FunctionalInterface
public interface PlainRowHandler {

    /** True when the row was taken; false to hand it to the general path (nothing recorded). */
    boolean accept(byte[] buf, int[] starts, int[] ends, int fieldCount, long line, long offset);

    /**
     * Whether this handler also takes ASCII records with quoted fields, each field given as its
     * value (quotes removed, a doubled quote made one), as Commons CSV would read it. False: such
     * records go to the general path unseen.
     */
    default boolean takesQuotedFields() {
        return false;
    }

    /** Declines every row. */
    PlainRowHandler NONE = (buf, starts, ends, n, line, offset) -> false;
}
