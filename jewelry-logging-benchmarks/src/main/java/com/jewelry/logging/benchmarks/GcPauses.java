package com.jewelry.logging.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Collections and their accumulated time over one measurement, from the JVM's collector beans: a stop-the-world
 * pause holds up every caller alike, so the latency tables say how many there were.
 */
final class GcPauses {

    /** Collections, their time, and the bytes all live threads allocated meanwhile. */
    record Delta(long count, long millis, long allocatedBytes) {
    }

    private final long count;
    private final long millis;
    private final long allocated;

    private GcPauses(long count, long millis, long allocated) {
        this.count = count;
        this.millis = millis;
        this.allocated = allocated;
    }

    static GcPauses start() {
        long[] now = read();
        return new GcPauses(now[0], now[1], allocated());
    }

    /** Call while the threads of the measurement are still alive: a thread's count is gone when it ends. */
    Delta stop() {
        long[] now = read();
        return new Delta(now[0] - count, now[1] - millis, allocated() - allocated);
    }

    private static long allocated() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
            return 0;
        }
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    private static long[] read() {
        long c = 0;
        long t = 0;
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        for (GarbageCollectorMXBean bean : beans) {
            c += Math.max(0, bean.getCollectionCount());
            t += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {c, t};
    }
}
