package com.portfolioreview.report.workbook;

import java.time.LocalDateTime;
import java.util.SortedMap;

/**
 * What the Assumptions sheet says about the run.
 *
 * @param configuration every {@code review.*} key → value as text, in key order
 */
public record RunContext(String programVersion, long jobExecutionId, LocalDateTime runDate,
        String inputFingerprint, SortedMap<String, String> configuration) {
}
