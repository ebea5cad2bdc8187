package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * The accepted KPI values of one KPI export, the last one read winning within the file (the
 * earlier one gets a warning as soon as it is replaced), in primitive columns
 * ({@link MeasuredValues}).
 */
public final class KpiExport implements java.io.Serializable {

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
     * value, returns the warning for the earlier one, else null (a same-value repeat is silent).
     */
    InputIssue put(int targetIndex, int monthIndex, BigDecimal value, long line, String raw) {
        long key = MeasuredValues.keyOf(targetIndex, monthIndex);
        int slot = values.find(key);
        InputIssue replaced = null;
        if (slot >= 0 && values.value(slot).compareTo(value) != 0) {
            replaced = InputIssue.warning(fileName, values.line(slot), values.target(slot).initiativeId(),
                    values.replacedBy(slot, value, fileName, line), values.raw(slot));
        }
        values.put(slot, key, value, source, line, raw);
        return replaced;
    }

    /** Records a plain value only when the file has none for its key yet; false otherwise (nothing changed). */
    boolean putIfNew(int targetIndex, int monthIndex, long unscaled, int scale, long line, long offset) {
        return values.putIfNew(MeasuredValues.keyOf(targetIndex, monthIndex), unscaled, scale, source, line, offset);
    }

    /**
     * Applies this file's values over those of the files read before (file-name order): each
     * value replaced gets a warning naming where the later value came from. Returns the values
     * of all files so far: {@code portfolio}, or this file's own table when it is the first
     * (taken over, not copied).
     */
    MeasuredValues mergeInto(MeasuredValues portfolio, List<InputIssue> issues, SuccessCriteria criteria) {
        values.useTargets(criteria.indexed());
        if (portfolio == null) {
            return values;
        }
        int into = portfolio.addSource(new MeasuredValues.Source(fileName, values.sourcePath(source)));
        portfolio.putAll(values, into, issues);
        return portfolio;
    }
}
