package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssues;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The accepted KPI values of one KPI export, the last one read winning within the file (a row
 * that restates an earlier value of the file gets a warning naming it), in primitive columns
 * ({@link MeasuredValues}).
 */
final class KpiExport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final MeasuredValues values;
    private final int source;
    private final String fileName;

    KpiExport(SuccessCriteria criteria, String fileName, Path path) {
        this.values = new MeasuredValues(criteria.indexed());
        this.source = values.addSource(new MeasuredValues.Source(fileName, path));
        this.fileName = fileName;
    }

    /**
     * Records a value read by the general path; when it restates one of this file with another
     * value, the row gets a warning in {@code tally} (a same-value repeat is silent).
     */
    void put(int targetIndex, int monthIndex, BigDecimal value, long line, String raw, FileTally tally) {
        long key = MeasuredValues.keyOf(targetIndex, monthIndex);
        int slot = values.find(key);
        if (slot >= 0 && values.value(slot).compareTo(value) != 0) {
            tally.warn(line, values.target(slot).initiativeId(), values.restatedBy(slot, value, fileName),
                    MeasuredValues.RESTATED, raw);
        }
        values.put(slot, key, value, source, line, raw);
    }

    /**
     * Records a plain value read at a byte offset; when it restates one of this file with another
     * value, the row (its ASCII text is {@code raw[rawStart, rawEnd)}) gets a warning in {@code tally}.
     */
    void putPlain(int targetIndex, int monthIndex, long unscaled, int scale, long line, long offset,
            FileTally tally, byte[] raw, int rawStart, int rawEnd) {
        long key = MeasuredValues.keyOf(targetIndex, monthIndex);
        String restated = values.putPlain(key, unscaled, scale, source, line, offset);
        if (restated != null) {
            tally.warn(line, values.target(values.find(key)).initiativeId(), restated, MeasuredValues.RESTATED,
                    new String(raw, rawStart, rawEnd - rawStart, StandardCharsets.ISO_8859_1));
        }
    }

    /**
     * Applies this file's values over those of the files read before (file-name order): each
     * value replaced gets a warning naming where the later value came from. Returns the values
     * of all files so far: {@code portfolio}, or this file's own table when it is the first
     * (taken over, not copied).
     */
    MeasuredValues mergeInto(MeasuredValues portfolio, InputIssues.Builder issues, SuccessCriteria criteria) {
        values.useTargets(criteria.indexed());
        if (portfolio == null) {
            return values;
        }
        int into = portfolio.addSource(new MeasuredValues.Source(fileName, values.sourcePath(source)));
        portfolio.putAll(values, into, issues);
        return portfolio;
    }
}
