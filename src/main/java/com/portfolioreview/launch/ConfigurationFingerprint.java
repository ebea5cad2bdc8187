package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewProperties;
import org.apache.commons.codec.digest.DigestUtils;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
 * <p>The settings are taken as bound (every component of the {@link ReviewProperties} record and
 * of its nested records, as JSON with sorted names), not as written: a setting added to
 * {@code ReviewProperties} is covered without touching this class, and {@code 0.10} written as
 * {@code 0.1} is the same run. For the same settings the JSON must stay byte for byte what
 * earlier releases hashed ({@code ConfigurationCompatibilityTest}), or every stored run becomes
 * one of another configuration.
 */
public final class ConfigurationFingerprint {

    /**
     * Every name sorted, at every level. The settings are records, whose components Jackson 3
     * counts as creator properties, written first and in declaration order unless
     * {@code SORT_CREATOR_PROPERTIES_FIRST} is off: off, they are sorted as the JavaBean getters
     * of earlier releases were.
     */
    private static final JsonMapper SORTED = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
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

    /**
     * The settings as the fingerprint hashes them: JSON, properties sorted by name, no spaces. A
     * setting added after runs were first identified this way ({@code cloud}, {@code history}, the
     * STALLED thresholds of {@code rules.cancel}) counts only
     * when it differs from its defaults, so that an installation that does not use it keeps the
     * identity of its stored runs across the upgrade.
     */
    static byte[] settingsJson(ReviewProperties settings) {
        ObjectNode tree = SORTED.valueToTree(settings);
        if (settings.cloud().equals(ReviewProperties.Cloud.DEFAULTS)) {
            tree.remove("cloud");
        }
        tree.remove("delivery"); // who receives the workbooks does not change what is reviewed
        if (settings.history().equals(ReviewProperties.History.DEFAULTS)) {
            tree.remove("history");
        }
        ObjectNode cancel = (ObjectNode) tree.get("rules").get("cancel");
        if (settings.rules().cancel().maxRecalibrateMonths() == ReviewProperties.Cancel.DEFAULT_MAX_RECALIBRATE_MONTHS) {
            cancel.remove("maxRecalibrateMonths");
        }
        if (settings.rules().cancel().minGapImprovement() == ReviewProperties.Cancel.DEFAULT_MIN_GAP_IMPROVEMENT) {
            cancel.remove("minGapImprovement");
        }
        return SORTED.writeValueAsBytes(tree);
    }
}
