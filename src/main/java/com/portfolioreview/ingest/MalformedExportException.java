package com.portfolioreview.ingest;

import java.io.IOException;

/** The CSV structure itself is broken (e.g. a quote never closed): the file cannot be read on. */
final class MalformedExportException extends IOException {

    MalformedExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
