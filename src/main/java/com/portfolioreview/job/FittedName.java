package com.portfolioreview.job;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * A name derived from input text, made to fit a column or a file system (SPEC §4): the text
 * itself when it fits, else as much of its beginning as fits before {@code ~} and 8 hex digits
 * of the SHA-256 of the whole text, so that it stays readable and two long names that begin
 * alike never become the same name.
 */
final class FittedName {

    private static final int HASH_DIGITS = 8;

    private FittedName() {
    }

    /** {@code text} in at most {@code maxLength} characters (at least 16). */
    static String of(String text, int maxLength) {
        if (maxLength < 2 * HASH_DIGITS) {
            throw new IllegalArgumentException("too short a limit for a readable name: " + maxLength);
        }
        if (text.length() <= maxLength) {
            return text;
        }
        int keep = maxLength - 1 - HASH_DIGITS;
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--; // never half a character
        }
        return text.substring(0, keep) + "~" + DigestUtils.sha256Hex(text).substring(0, HASH_DIGITS);
    }
}
