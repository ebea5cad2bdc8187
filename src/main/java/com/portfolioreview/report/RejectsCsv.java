package com.portfolioreview.report;

import com.portfolioreview.portfolio.InputIssue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rejects.csv}: {@code file,line,initiative_id,reason,raw}, one row per rejected input
 * row (warnings are not rejects: they are in the workbook and run-summary.json). Cells that a
 * spreadsheet would run as a formula are neutralised (OWASP CSV injection).
 */
public final class RejectsCsv {

    public static final String[] HEADER = {"file", "line", "initiative_id", "reason", "raw"};

    private RejectsCsv() {
    }

    public static void write(Path file, List<InputIssue> issues) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(w)) {
            for (InputIssue issue : issues) {
                if (issue.isRejected()) {
                    csv.printRecord(neutralise(issue.file()), issue.line(), neutralise(issue.initiativeId()),
                            neutralise(issue.reason()), neutralise(issue.raw()));
                }
            }
        }
    }

    /** Prefixes a quote to text a spreadsheet would read as a formula (=, +, -, @, tab, CR). */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + text : text;
    }
}
