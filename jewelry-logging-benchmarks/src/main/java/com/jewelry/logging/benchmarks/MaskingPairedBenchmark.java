package com.jewelry.logging.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The (a) and (c) lines of {@link MaskingEncoderBenchmark} measured at the same time on two threads, so load
 * from other processes on a shared machine hits both alike; the ratio of the two scores is the useful figure
 * there. On a quiet machine prefer {@link MaskingEncoderBenchmark}.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MaskingPairedBenchmark {

    private final MaskingEncoderBenchmark lines = new MaskingEncoderBenchmark();

    @Setup
    public void setUp() {
        lines.setUp();
    }

    @TearDown
    public void tearDown() {
        lines.tearDown();
    }

    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public byte[] a_plain() {
        return lines.a_plain();
    }

    @Benchmark
    @Group("paired")
    @GroupThreads(1)
    public byte[] c_jewelryMasking() {
        return lines.c_jewelryMasking();
    }
}
