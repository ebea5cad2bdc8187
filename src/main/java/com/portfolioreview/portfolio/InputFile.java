package com.portfolioreview.portfolio;

import java.io.Serializable;

/**
 * What was read from one input file (for the Assumptions sheet and run-summary.json).
 *
 * @param name        path relative to the input directory, with '/' separators
 * @param dataRows    non-blank data rows (header excluded)
 * @param rejected    rows rejected
 * @param sha256      hex SHA-256 of the file's bytes
 * @param encoding    UTF-8 or windows-1252
 * @param skippedAsDuplicate true when byte-identical to a file read before in the run
 */
public record InputFile(
        String name,
        long dataRows,
        long rejected,
        String sha256,
        String encoding,
        boolean skippedAsDuplicate) implements Serializable {
}
