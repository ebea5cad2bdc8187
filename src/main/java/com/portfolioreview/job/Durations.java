package com.portfolioreview.job;

import java.time.Duration;

/** Elapsed times as operators read them in the log: {@code 1.234 s}. */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        return String.format("%.3f s", d.toNanos() / 1e9);
    }

    static String since(long startNanos) {
        return text(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
