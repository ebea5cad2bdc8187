package com.portfolioreview.report;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.InputIssues;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two CSV lists of SPEC §1.3, every field quoted and neutralised as {@link SafeCsv} says:
 * {@code rejects.csv} ({@code file,line,initiative_id,reason,raw}, one row per rejected input row)
 * and {@code warnings.csv} ({@code file,line,initiative_id,warning,raw}; a warning about a whole
 * file or initiative leaves line and raw empty).
 */
public enum IssuesCsv {

    REJECTS("rejects.csv", "reason", InputIssue.Kind.REJECTED),
    WARNINGS("warnings.csv", "warning", InputIssue.Kind.WARNING);

    private final String fileName;
    private final String[] header;
    private final InputIssue.Kind kind;

    IssuesCsv(String fileName, String reasonColumn, InputIssue.Kind kind) {
        this.fileName = fileName;
        this.header = new String[] {"file", "line", "initiative_id", reasonColumn, "raw"};
        this.kind = kind;
    }

    /** The output's name in the period's folder. */
    public String fileName() {
        return fileName;
    }

    /** Writes the issues of this list's kind, in reading order, as they are read back from their spool files. */
    public void write(Path file, InputIssues issues) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = SafeCsv.FORMAT.builder().setHeader(header).get().print(w)) {
            issues.forEach(kind, issue -> {
                try {
                    csv.printRecord(SafeCsv.cell(issue.file()), issue.line() > 0 ? Long.toString(issue.line()) : "",
                            SafeCsv.cell(issue.initiativeId()), SafeCsv.cell(issue.reason()),
                            SafeCsv.rawLine(issue.raw()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the issues of this list's kind (a test's list). */
    public void write(Path file, List<InputIssue> issues) throws IOException {
        write(file, InputIssues.of(issues));
    }
}
