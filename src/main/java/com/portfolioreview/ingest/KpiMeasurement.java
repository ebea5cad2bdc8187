package com.portfolioreview.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * One accepted KPI value with where it was read (to name it when a later value replaces it).
 * A hot-path row keeps no text: its raw line is read back from the file (at {@code offset})
 * only if a later value replaces it.
 *
 * @param rawText the record's text, or null when it is to be read back from {@code source}
 */
record KpiMeasurement(String initiativeId, String kpiKey, String kpiName, YearMonth period, BigDecimal value,
                      String file, long line, String rawText, Path source, long offset) {

    KpiMeasurement(String initiativeId, String kpiKey, String kpiName, YearMonth period, BigDecimal value,
                   String file, long line, String raw) {
        this(initiativeId, kpiKey, kpiName, period, value, file, line, raw, null, -1);
    }

    /** (initiative, kpi key, period): a later measurement of the same key replaces this one. */
    String key() {
        return initiativeId + '\n' + kpiKey + '\n' + period;
    }

    /** The record's text as in the file, without its line terminator. */
    String raw() {
        if (rawText != null) {
            return rawText;
        }
        try (RandomAccessFile f = new RandomAccessFile(source.toFile(), "r")) {
            f.seek(offset);
            byte[] b = new byte[(int) Math.min(64 * 1024, f.length() - offset)];
            f.readFully(b);
            int end = 0;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                end++;
            }
            return new String(b, 0, end, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back line " + line + " of " + file, e);
        }
    }

    /** The warning recorded on this measurement when {@code later} replaces it. */
    String replacedBy(KpiMeasurement later) {
        return "kpi '" + kpiName + "' of initiative '" + initiativeId + "' for " + period + " measured again: "
                + value.toPlainString() + " replaced by " + later.value.toPlainString() + " from " + later.file
                + " line " + later.line;
    }
}
