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
        return currency + " " + String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.HALF_UP).toBigInteger());
    }

    static String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
