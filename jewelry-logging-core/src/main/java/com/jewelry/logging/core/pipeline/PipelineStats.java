package com.jewelry.logging.core.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one appender of the logging pipeline has done since it started: the one view the metrics, the actuator
 * endpoint and the alert rules read. Counts are totals since start; queue figures are as of the snapshot.
 *
 * @param appender            the appender's name in the Logback configuration
 * @param type                what kind of output it is: {@code async-file}, {@code console} or {@code tcp}
 * @param accepted            lines callers handed to it
 * @param written             lines it handed on to its output (file, console stream, socket)
 * @param dropped             lines given up, by reason; every reason is present, most with 0
 * @param queued              lines waiting in its queue or buffer now
 * @param queueCapacity       lines the queue or buffer holds; 0 for an output without one
 * @param callerWaitNanos     total time callers waited for room in a full queue
 * @param callerWaitMaxNanos  longest single wait of a caller for room
 * @param writerRestarts      times the writer thread died and was started again
 * @param maskingFailures     values a masking rule failed on (written as a marker, never in clear)
 * @param diskWriteFailures   failed writes to the file (disk full, file system gone); reported once, then counted
 * @param diagnosticsWarnings the library's own warnings about this output (reported once per kind, all counted)
 */
public record PipelineStats(String appender, String type, long accepted, long written, Map<DropReason, Long> dropped,
                            long queued, long queueCapacity, long callerWaitNanos, long callerWaitMaxNanos,
                            long writerRestarts, long maskingFailures, long diskWriteFailures,
                            long diagnosticsWarnings) {

    public PipelineStats {
        Objects.requireNonNull(appender, "appender");
        Objects.requireNonNull(type, "type");
        EnumMap<DropReason, Long> all = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            all.put(reason, dropped.getOrDefault(reason, 0L));
        }
        dropped = Map.copyOf(all);
    }

    /** Lines dropped for any reason. */
    public long droppedTotal() {
        long total = 0;
        for (long n : dropped.values()) {
            total += n;
        }
        return total;
    }

    /** Lines dropped for this reason. */
    public long dropped(DropReason reason) {
        return dropped.get(reason);
    }

    /** How full the queue is, 0 to 1; 0 for an output without a queue. */
    public double queueFillRatio() {
        return queueCapacity <= 0 ? 0 : Math.min(1.0, (double) queued / queueCapacity);
    }
}
