package com.jewelry.logging.core.logback;

import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** The counters behind a {@link PipelineStats}, updated by callers and writer threads without locks. */
final class StatsCounters {

    final LongAdder accepted = new LongAdder();
    final LongAdder written = new LongAdder();
    final LongAdder callerWaitNanos = new LongAdder();
    final LongAccumulator callerWaitMaxNanos = new LongAccumulator(Math::max, 0);
    final LongAdder writerRestarts = new LongAdder();
    final LongAdder diskWriteFailures = new LongAdder();
    private final EnumMap<DropReason, LongAdder> dropped = new EnumMap<>(DropReason.class);

    StatsCounters() {
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new LongAdder());
        }
    }

    void drop(DropReason reason) {
        dropped.get(reason).increment();
    }

    void drop(DropReason reason, long lines) {
        dropped.get(reason).add(lines);
    }

    long dropped(DropReason reason) {
        return dropped.get(reason).sum();
    }

    void waited(long nanos) {
        callerWaitNanos.add(nanos);
        callerWaitMaxNanos.accumulate(nanos);
    }

    PipelineStats snapshot(String appender, String type, long queued, long capacity, JewelryJsonEncoder encoder,
                           long ownWarnings) {
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, n) -> drops.put(reason, n.sum()));
        long maskingFailures = 0;
        long warnings = ownWarnings;
        if (encoder != null) {
            maskingFailures = encoder.getMasking().getDiagnostics().ruleFailures();
            warnings += encoder.diagnosticsWarnings();
        }
        return new PipelineStats(appender == null ? "" : appender, type, accepted.sum(), written.sum(), drops,
                queued, capacity, callerWaitNanos.sum(), callerWaitMaxNanos.get(), writerRestarts.sum(),
                maskingFailures, diskWriteFailures.sum(), warnings);
    }
}
