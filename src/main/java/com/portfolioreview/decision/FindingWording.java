package com.portfolioreview.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers read inside a finding sentence: whole percents and whole currency units. */
final class FindingWording {

    private FindingWording() {
    }

    /** 0.4166 → {@code 42%}, −0.35 → {@code -35%} (half up, away from zero). */
    static String percent(double ratio) {
        return wholePercent(ratio) + "%";
    }

    /** 0.4166 → {@code 42}: a ratio as a whole number of percent (or percentage points). */
    static String wholePercent(double ratio) {
        return BigDecimal.valueOf(ratio).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toBigInteger().toString();
    }

    /** {@code USD 1,234,567}: rounded half up to whole units. */
    static String money(String currency, BigDecimal amount) {
        return currency + " " + grouped(amount.setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * A whole number's digits with a comma every three from the right, as
     * {@code String.format(Locale.ROOT, "%,d", n)} writes them (which cost about 20 µs a finding
     * sentence: thousands of initiatives have several).
     */
    static String grouped(String plainInteger) {
        int start = plainInteger.startsWith("-") ? 1 : 0;
        int digits = plainInteger.length() - start;
        StringBuilder out = new StringBuilder(plainInteger.length() + digits / 3);
        out.append(plainInteger, 0, start);
        for (int i = 0; i < digits; i++) {
            if (i > 0 && (digits - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plainInteger.charAt(start + i));
        }
        return out.toString();
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
