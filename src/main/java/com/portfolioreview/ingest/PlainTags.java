package com.portfolioreview.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the plainest {@code Tags} of a FOCUS row straight from its bytes, as {@link CloudTags}
 * reads them: blank or {@code NULL} (no tags), or a flat JSON object of string keys and string
 * values without escapes, e.g. {@code {"initiative_id":"AI-001","env":"prod"}}. Anything else,
 * a number, a nested object, an escape or text that is not JSON, is left to {@link CloudTags}.
 * Keeps the ranges of the last object read; one per file.
 */
final class PlainTags {

    private static final byte[] NULL = "NULL".getBytes(StandardCharsets.US_ASCII);

    private int count;
    private int[] keyStart = new int[8];
    private int[] keyEnd = new int[8];
    private int[] valueStart = new int[8];
    private int[] valueEnd = new int[8];

    /** Reads {@code b[s, e)}; false when the text is not in the plain form (nothing to rely on then). */
    boolean read(byte[] b, int s, int e) {
        count = 0;
        while (s < e && isSpace(b[s])) {
            s++;
        }
        while (e > s && isSpace(b[e - 1])) {
            e--;
        }
        if (s == e || Arrays.equals(b, s, e, NULL, 0, NULL.length)) {
            return true;
        }
        if (b[s] != '{' || b[e - 1] != '}') {
            return false;
        }
        int i = skipSpaces(b, s + 1, e);
        if (b[i] == '}') {
            return i == e - 1;
        }
        while (true) {
            int keyEndAt = string(b, i, e);
            if (keyEndAt < 0) {
                return false;
            }
            int colon = skipSpaces(b, keyEndAt + 1, e);
            if (b[colon] != ':') {
                return false;
            }
            int valueAt = skipSpaces(b, colon + 1, e);
            int valueEndAt = string(b, valueAt, e);
            if (valueEndAt < 0) {
                return false;
            }
            add(i + 1, keyEndAt, valueAt + 1, valueEndAt);
            int next = skipSpaces(b, valueEndAt + 1, e);
            if (b[next] == '}') {
                return next == e - 1;
            }
            if (b[next] != ',') {
                return false;
            }
            i = skipSpaces(b, next + 1, e);
        }
    }

    int count() {
        return count;
    }

    /** Whether tag {@code i}'s key, trimmed and in lower case, is {@code key} (already so). */
    boolean keyIs(byte[] b, int i, String key) {
        int s = keyStart[i];
        int e = keyEnd[i];
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (e - s != key.length()) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            int c = b[s + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Tag {@code i}'s key as {@link CloudTags#key} compares it. */
    String key(byte[] b, int i) {
        return CloudTags.key(new String(b, keyStart[i], keyEnd[i] - keyStart[i], StandardCharsets.US_ASCII));
    }

    /** Tag {@code i}'s value, trimmed. */
    String value(byte[] b, int i) {
        return new String(b, valueStart(b, i), valueEnd(b, i) - valueStart(b, i), StandardCharsets.US_ASCII);
    }

    /** Where tag {@code i}'s value, trimmed, starts. */
    int valueStart(byte[] b, int i) {
        int s = valueStart[i];
        while (s < valueEnd[i] && b[s] == ' ') {
            s++;
        }
        return s;
    }

    /** Where tag {@code i}'s value, trimmed, ends. */
    int valueEnd(byte[] b, int i) {
        int s = valueStart[i];
        int e = valueEnd[i];
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    private void add(int ks, int ke, int vs, int ve) {
        if (count == keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, count * 2);
            keyEnd = Arrays.copyOf(keyEnd, count * 2);
            valueStart = Arrays.copyOf(valueStart, count * 2);
            valueEnd = Arrays.copyOf(valueEnd, count * 2);
        }
        keyStart[count] = ks;
        keyEnd[count] = ke;
        valueStart[count] = vs;
        valueEnd[count++] = ve;
    }

    /** The index of the closing quote of a plain string starting at {@code i}, or -1. */
    private static int string(byte[] b, int i, int e) {
        if (i >= e || b[i] != '"') {
            return -1;
        }
        for (int k = i + 1; k < e; k++) {
            byte c = b[k];
            if (c == '"') {
                return k;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** The first index from {@code i} that is not JSON white space; the closing brace stops it. */
    private static int skipSpaces(byte[] b, int i, int e) {
        while (i < e - 1 && isSpace(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
