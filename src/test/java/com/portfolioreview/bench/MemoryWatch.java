package com.portfolioreview.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap and peak resident set size of this JVM. The heap peaks just before a collection,
 * so the peak is the largest "used before GC" any collector reported, or the largest sample
 * of a 5 ms poll between collections. Peak RSS is the kernel's VmHWM (native memory included,
 * e.g. DuckDB's). Peak live is the largest heap use right after a full collection: the data the
 * run keeps, without the garbage that peak heap includes.
 */
final class MemoryWatch implements AutoCloseable {

    private final AtomicLong peakHeap = new AtomicLong();
    /** Largest heap in use right after a full collection: what the run really keeps (-1: none ran). */
    private final AtomicLong peakLive = new AtomicLong(-1);
    private final Thread poller;
    private volatile boolean running = true;

    MemoryWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, h) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                            if (isHeapPool(pool.getKey())) {
                                used += pool.getValue().getUsed();
                            }
                        }
                        peakHeap.accumulateAndGet(used, Math::max);
                        if (info.getGcAction().contains("major")) {
                            long live = 0;
                            for (Map.Entry<String, MemoryUsage> pool
                                    : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                if (isHeapPool(pool.getKey())) {
                                    live += pool.getValue().getUsed();
                                }
                            }
                            peakLive.accumulateAndGet(live, Math::max);
                        }
                    }
                }, null, null);
            }
        }
        poller = new Thread(() -> {
            while (running) {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private static boolean isHeapPool(String name) {
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals(name)) {
                return pool.getType() == java.lang.management.MemoryType.HEAP;
            }
        }
        return false;
    }

    /** The largest heap use found right after a full collection, or -1 when none ran. */
    long peakLiveBytes() {
        return peakLive.get();
    }

    long peakHeapBytes() {
        peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peakHeap.get();
    }

    /** VmHWM of this process, in bytes (0 where /proc is not available). */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }
}
