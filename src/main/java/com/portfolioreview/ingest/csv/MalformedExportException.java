package com.portfolioreview.ingest.csv;

import java.io.IOException;

/** The CSV structure itself is broken (e.g. a quote never closed): the file cannot be read on. */
public final class MalformedExportException extends IOException {

    private final String detail;

    MalformedExportException(String file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.detail = detail;
    }

    /** What is wrong, without the file name. */
    public String detail() {
        return detail;
    }
}
