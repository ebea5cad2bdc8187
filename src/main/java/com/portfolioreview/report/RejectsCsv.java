package com.portfolioreview.report;

import com.portfolioreview.portfolio.InputIssue;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rejects.csv}: {@code file,line,initiative_id,reason,raw}, one row per rejected input
 * row (warnings are not rejects: they are in the workbook and run-summary.json). Every field
 * is quoted and neutralised as {@link SafeCsv} says.
 */
public final class RejectsCsv {

    public static final String[] HEADER = {"file", "line", "initiative_id", "reason", "raw"};

    private RejectsCsv() {
    }

    public static void write(Path file, List<InputIssue> issues) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = SafeCsv.FORMAT.builder().setHeader(HEADER).get().print(w)) {
            for (InputIssue issue : issues) {
                if (issue.isRejected()) {
                    csv.printRecord(neutralise(issue.file()), issue.line(), neutralise(issue.initiativeId()),
                            neutralise(issue.reason()), SafeCsv.rawLine(issue.raw()));
                }
            }
        }
    }

    /** Prefixes a quote to text a spreadsheet would read as a formula (=, +, -, @, tab, CR). */
    public static String neutralise(String text) {
        return SafeCsv.cell(text);
    }
}
