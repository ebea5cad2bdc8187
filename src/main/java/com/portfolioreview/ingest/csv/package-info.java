/**
 * The CSV format of the input files: each file's dialect (encoding, byte order mark, delimiter,
 * decimal separator), its records with their physical lines and text, and the parsing of amounts,
 * months and dates. An export is read either by Commons CSV ({@link ExportRows}) or by the
 * hand-written byte scan ({@link FastExportScan}) with its plain-row hot path, and
 * {@code FastPathDifferentialTest} holds the two equal. What a row means, and why it is rejected,
 * is left to {@code com.portfolioreview.ingest}: nothing here depends on it.
 */
package com.portfolioreview.ingest.csv;
