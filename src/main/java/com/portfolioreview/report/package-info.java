/**
 * The outputs of SPEC §3 other than the workbooks (run-summary.json, rejects.csv, warnings.csv)
 * and how a set of outputs is published as a whole: written beside the period folder, then
 * swapped in ({@link com.portfolioreview.report.Publication}), and recovered at the next start
 * when a run was killed half-way ({@link com.portfolioreview.report.PublishedSets}).
 */
package com.portfolioreview.report;
