package com.portfolioreview.job;

import org.springframework.core.task.AsyncTaskExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** The outputs of {@code publish} written on the {@code outputWriters} threads, stopping at the first failure. */
final class OutputWrites {

    private OutputWrites() {
    }

    /**
     * Runs every write on the {@code outputWriters} threads; after a failure the writes not yet
     * started are skipped, and the first failure is rethrown once every write has ended: a write
     * still running must not create its file after the publication removed the temporary files.
     */
    static void writeAll(AsyncTaskExecutor writers, List<Callable<Void>> writes) throws Exception {
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> w : writes) {
            done.add(writers.submit(() -> {
                if (failed.get()) {
                    return null;
                }
                try {
                    return w.call();
                } catch (Exception | Error e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        Throwable failure = null;
        boolean interrupted = false;
        for (Future<Void> f : done) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                    break;
                } catch (InterruptedException e) {
                    failed.set(true);
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failure == null) {
                throw new InterruptedException("interrupted while writing the outputs");
            }
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }
}
