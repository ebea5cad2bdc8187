package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The input fingerprint (SPEC §4): hex SHA-256 over the input files, sorted by relative name
 * ('/' separators), each contributing its name, a NUL, its length (8 bytes) and its bytes. The
 * file selection is the one used for reading; modification times play no part.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(Path inputDir) throws IOException {
        Map<String, Path> sorted = new TreeMap<>();
        for (Path p : InputLayout.allInputs(inputDir)) {
            sorted.put(ExportFile.relativeName(inputDir, p), p);
        }
        MessageDigest digest = ExportFile.sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        for (Map.Entry<String, Path> e : sorted.entrySet()) {
            digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(e.getValue())).array());
            try (InputStream in = Files.newInputStream(e.getValue())) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
