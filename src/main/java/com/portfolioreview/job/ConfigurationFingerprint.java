package com.portfolioreview.job;

import org.apache.commons.codec.digest.DigestUtils;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The configuration fingerprint (SPEC §4): hex SHA-256 over the effective {@code review.*}
 * settings and the template's bytes. A run is identified by it, so a changed threshold, currency,
 * run date or template is a new run and a resumed run always uses the settings it started with.
 *
 * <p>The settings are taken as bound (every property of {@link ReviewProperties} with a getter,
 * as JSON with sorted names), not as written: a setting added to {@code ReviewProperties} is
 * covered without touching this class, and {@code 0.10} written as {@code 0.1} is the same run.
 */
public final class ConfigurationFingerprint {

    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private ConfigurationFingerprint() {
    }

    public static String of(ReviewProperties settings, Path templateFile) throws IOException {
        MessageDigest digest = DigestUtils.getSha256Digest();
        digest.update(settingsJson(settings));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(templateFile));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The settings as the fingerprint hashes them: JSON, properties sorted by name, no spaces. */
    static byte[] settingsJson(ReviewProperties settings) {
        return SORTED.writeValueAsBytes(settings);
    }
}
