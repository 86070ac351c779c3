package com.jewelry.logging.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Collections and their accumulated time over one measurement, from the JVM's collector beans: a stop-the-world
 * pause holds up every caller alike, so the latency tables say how many there were.
 */
final class GcPauses {

    record Delta(long count, long millis) {
    }

    private final long count;
    private final long millis;

    private GcPauses(long count, long millis) {
        this.count = count;
        this.millis = millis;
    }

    static GcPauses start() {
        long[] now = read();
        return new GcPauses(now[0], now[1]);
    }

    Delta stop() {
        long[] now = read();
        return new Delta(now[0] - count, now[1] - millis);
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
