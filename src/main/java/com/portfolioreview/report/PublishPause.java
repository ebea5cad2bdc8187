package com.portfolioreview.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test seam, off unless the system property {@value #PROPERTY} names a point of the publish
 * ({@code set-written}, {@code previous-set-moved}, {@code set-swapped},
 * {@code previous-set-partly-removed}): there the program prints where it stopped and waits for
 * a line on its standard input, so that a test can kill it or get in its way at a known moment.
 */
final class PublishPause {

    static final String PROPERTY = "portfolio.review.test.pause-publish-at";

    private PublishPause() {
    }

    /** Pauses at {@code point} when asked to; {@code before} first brings the files to that point. */
    static void at(String point, Path staging, IoAction before) throws IOException {
        if (!point.equals(System.getProperty(PROPERTY))) {
            return;
        }
        before.run();
        System.out.println("publish paused at " + point + " (new set in " + staging + ")");
        System.out.flush();
        for (int c = System.in.read(); c != -1 && c != '\n'; c = System.in.read()) {
            // waiting for the test's line
        }
    }

    static void at(String point, Path staging) throws IOException {
        at(point, staging, () -> { });
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
