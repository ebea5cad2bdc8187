package com.portfolioreview.job;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publish step's writes on the {@code outputWriters} threads: after a failure no further
 * write starts, and the failure is reported only once every write already running has ended (a
 * write must not create its file after the publication removed the temporary files).
 */
class OutputWritesTest {

    @Test
    void aFailureSkipsTheWritesNotStartedAndWaitsForTheOnesRunning() throws Exception {
        ThreadPoolTaskExecutor writers = new ReviewJobConfiguration().outputWriters();
        writers.initialize();
        try {
            List<String> ended = new CopyOnWriteArrayList<>();
            CountDownLatch slowStarted = new CountDownLatch(1);
            Callable<Void> slow = () -> {
                slowStarted.countDown();
                Thread.sleep(300);
                ended.add("slow workbook");
                return null;
            };
            Callable<Void> failing = () -> {
                // fail only once the slow write runs: on two threads either could otherwise start first
                // (and a write not yet started when the other fails is rightly skipped)
                slowStarted.await();
                throw new IOException("disk full");
            };
            Callable<Void> later = () -> {
                ended.add("later");
                return null;
            };

            assertThatThrownBy(() -> OutputWrites.writeAll(writers, List.of(slow, failing, later)))
                    .isInstanceOf(IOException.class).hasMessage("disk full");

            // the slow write ended before writeAll returned; the one queued behind the failure never ran
            assertThat(ended).containsExactly("slow workbook");
        } finally {
            writers.shutdown();
        }
    }

    @Test
    void withoutFailureEveryWriteRuns() throws Exception {
        ThreadPoolTaskExecutor writers = new ReviewJobConfiguration().outputWriters();
        writers.initialize();
        try {
            List<String> ended = new CopyOnWriteArrayList<>();
            OutputWrites.writeAll(writers, List.of(() -> ended.add("a") ? null : null, () -> ended.add("b") ? null : null,
                    () -> ended.add("c") ? null : null));
            assertThat(ended).containsExactlyInAnyOrder("a", "b", "c");
        } finally {
            writers.shutdown();
        }
    }
}
