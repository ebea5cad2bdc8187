package com.portfolioreview.report.workbook;

/**
 * The workbook template is missing, unreadable or lacks a sheet or style the writer needs
 * (SPEC §3.2: a configuration error). The message names the file and why.
 */
public class TemplateUnusableException extends Exception {

    public TemplateUnusableException(String message) {
        super(message);
    }

    public TemplateUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
