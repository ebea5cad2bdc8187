package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportRowsTest {

    @TempDir
    Path dir;

    private record Seen(long line, String raw, String id) {
    }

    private List<Seen> read(String content) throws IOException {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        ExportFile file = ExportFile.inspect(dir, f);
        List<Seen> out = new ArrayList<>();
        try (ExportRows rows = file.rows()) {
            ExportRow r;
            while ((r = rows.next()) != null) {
                out.add(new Seen(r.line(), r.raw(), r.value("initiative_id")));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void linesAndRawTextWithMultiLineQuotedFieldsAndBlankLines(String eol) throws IOException {
        String content = String.join(eol,
                "initiative_id,name,note",              // line 1
                "AI-001,\"Incident\"\"bot\"\"\",plain",  // line 2
                "",                                       // line 3 blank
                "AI-002,\"two" + eol + "lines\",x",     // lines 4-5
                ",,",                                     // line 6 blank fields only
                "AI-003,\"a,b\",\"three" + eol + eol + "lines\"", // lines 7-9
                "AI-004,last,row") + eol;                 // line 10
        assertThat(read(content)).containsExactly(
                new Seen(2, "AI-001,\"Incident\"\"bot\"\"\",plain", "AI-001"),
                new Seen(4, "AI-002,\"two" + eol + "lines\",x", "AI-002"),
                new Seen(7, "AI-003,\"a,b\",\"three" + eol + eol + "lines\"", "AI-003"),
                new Seen(10, "AI-004,last,row", "AI-004"));
    }

    @Test
    void lastRecordWithoutTerminatorAndLongFileBeyondTheParserBuffer() throws IOException {
        StringBuilder sb = new StringBuilder("initiative_id,name\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("AI-").append(i).append(",\"name ").append(i).append("\n  wrapped\"\n");
        }
        sb.append("AI-LAST,end");
        List<Seen> seen = read(sb.toString());
        assertThat(seen).hasSize(5001);
        // record i starts on line 2 + 2*i (each record spans two physical lines)
        assertThat(seen.get(4321)).isEqualTo(new Seen(2 + 2 * 4321, "AI-4321,\"name 4321\n  wrapped\"", "AI-4321"));
        assertThat(seen.get(5000)).isEqualTo(new Seen(10002, "AI-LAST,end", "AI-LAST"));
    }

    @Test
    void blankLinesBeforeTheHeaderKeepPhysicalLineNumbers() throws IOException {
        assertThat(read("\n\ninitiative_id;name\nAI-1;x\n")).containsExactly(new Seen(4, "AI-1;x", "AI-1"));
    }

    @Test
    void unclosedQuoteIsAMalformedFile() {
        assertThatThrownBy(() -> read("initiative_id,name\nAI-1,\"never closed\nAI-2,x\n"))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageContaining("x.csv: malformed CSV");
    }
}
