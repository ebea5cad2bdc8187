package com.portfolioreview.ingest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Tags} of a FOCUS charge row (SPEC §1.4): a JSON object of the resource's tags, keys
 * compared trimmed and case-insensitive (providers prefix their own, some files have keys with a
 * leading space), values trimmed and exact.
 */
final class CloudTags {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudTags() {
    }

    /** The tags by {@linkplain #key key}; empty when the text is not a JSON object. Blank text: no tags. */
    static Optional<Map<String, String>> parse(String text) {
        if (text.isBlank()) {
            return Optional.of(Map.of());
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Map<String, String> tags = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            tags.putIfAbsent(key(e.getKey()), v.isNull() ? "" : v.isValueNode() ? v.asString().strip() : v.toString());
        }
        return Optional.of(tags);
    }

    /** A tag key as compared: trimmed, lower-case. */
    static String key(String tagKey) {
        return tagKey.strip().toLowerCase(Locale.ROOT);
    }
}
