package com.portfolioreview.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a,b,c                    | ,",
        "a;b;c                    | ;",
        "`a\tb\tc`                | `\t`",
        "a;b;c,d                  | ;",
        "a,\"b;c;d\",e            | ,",
        "`\"x,y\";\"z,w\";v`      | ;",
        "single                   | ,",
    })
    void delimiterIsDetectedFromTheHeaderLine(String header, char expected) {
        assertThat(CsvDialect.detectDelimiter(header)).isEqualTo(expected);
    }

    @Test
    void utf8WithBomIsUtf8AndTheBomIsNotPartOfTheFirstColumnName() throws IOException {
        Path f = write("x.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "initiative_id;name\nAI-1;Caf\u00e9\n".getBytes(StandardCharsets.UTF_8)));
        ExportFile file = ExportFile.inspect(dir, f);
        assertThat(file.hasBom()).isTrue();
        assertThat(file.encodingName()).isEqualTo("UTF-8");
        assertThat(file.dialect().delimiter()).isEqualTo(';');
        assertThat(rowsOf(file)).containsExactly("2:AI-1|Caf\u00e9|AI-1;Caf\u00e9");
    }

    @Test
    void utf8WithoutBom() throws IOException {
        ExportFile file = ExportFile.inspect(dir, write("x.csv",
                "initiative_id,name\nAI-1,Caf\u00e9 \u20ac\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(file.hasBom()).isFalse();
        assertThat(file.encodingName()).isEqualTo("UTF-8");
        assertThat(rowsOf(file)).containsExactly("2:AI-1|Caf\u00e9 \u20ac|AI-1,Caf\u00e9 \u20ac");
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws IOException {
        // 0xE9 is 'é' and 0x80 is '€' in windows-1252; a lone 0xE9 is not valid UTF-8
        byte[] content = bytes("initiative_id\tname\nAI-1\tCaf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, ' ', (byte) 0x80}, "\n".getBytes(StandardCharsets.US_ASCII));
        ExportFile file = ExportFile.inspect(dir, write("x.csv", content));
        assertThat(file.encodingName()).isEqualTo("windows-1252");
        assertThat(file.dialect().delimiter()).isEqualTo('\t');
        assertThat(rowsOf(file)).containsExactly("2:AI-1|Caf\u00e9 \u20ac|AI-1\tCaf\u00e9 \u20ac");
    }

    @Test
    void invalidUtf8FarBeyondTheFirstChunkIsStillDetected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("initiative_id,name\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 20_000; i++) {
            out.writeBytes(("AI-" + i + ",\u00fcber caf\u00e9\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(0xE9);
        out.write('\n');
        assertThat(ExportFile.inspect(dir, write("x.csv", out.toByteArray())).encodingName())
                .isEqualTo("windows-1252");
    }

    @Test
    void sha256IsOfTheFileBytesAndTheNameIsRelativeWithSlashes() throws Exception {
        Files.createDirectories(dir.resolve("spend"));
        byte[] content = "initiative_id,period\n".getBytes(StandardCharsets.UTF_8);
        ExportFile file = ExportFile.inspect(dir, write("spend/spend-2026-10.csv", content));
        assertThat(file.name()).isEqualTo("spend/spend-2026-10.csv");
        assertThat(file.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** "line:id|name|raw" per data row (header = line 1). */
    private static List<String> rowsOf(ExportFile file) throws IOException {
        List<String> out = new ArrayList<>();
        try (ExportRows rows = file.rows()) {
            ExportRow r;
            while ((r = rows.next()) != null) {
                out.add(r.line() + ":" + r.value("initiative_id") + "|" + r.value("name") + "|" + r.raw());
            }
        }
        return out;
    }
}
