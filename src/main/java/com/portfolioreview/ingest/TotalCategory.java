package com.portfolioreview.ingest;

/**
 * A spend row's cost_category that marks a per-initiative subtotal rather than a ledger line
 * (SPEC §1.2): {@code TOTAL}, {@code SUBTOTAL} or {@code GRAND TOTAL}, case-insensitive, with or
 * without a space, hyphen or underscore ({@code Sub-Total}). Summing such a row would double the
 * initiative's spend, so it is a summary row.
 */
final class TotalCategory {

    private static final String[] WORDS = {"TOTAL", "SUBTOTAL", "GRANDTOTAL"};

    private TotalCategory() {
    }

    static boolean is(String category) {
        // a character past Latin-1 becomes '?', which no total word holds
        byte[] b = category.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return is(b, 0, b.length);
    }

    /** The same test on the bytes {@code b[s..e)}, without making a String (the row scan's hot path). */
    static boolean is(byte[] b, int s, int e) {
        for (String word : WORDS) {
            if (matches(word, b, s, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String word, byte[] b, int s, int e) {
        int w = 0;
        for (int i = s; i < e; i++) {
            char c = (char) (b[i] & 0xFF);
            if (isSeparator(c)) {
                continue;
            }
            if (w == word.length() || Character.toUpperCase(c) != word.charAt(w)) {
                return false;
            }
            w++;
        }
        return w == word.length();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_';
    }
}
