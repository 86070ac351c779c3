package com.jewelry.logging.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

/**
 * How the masked encoding of this library grows: with the items of the order (1, 10, 100), the length of the free
 * text message (100 B, 10 KB) and the number of configured field rules (10, 200); and whether a line with no
 * sensitive value ({@code contacts=false}) avoids the value detectors' slow path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MaskedEncodingScalingBenchmark {

    @Param({"1", "10", "100"})
    public int items;

    @Param({"100", "10240"})
    public int messageLength;

    @Param({"10", "200"})
    public int fieldRules;

    @Param({"true", "false"})
    public boolean contacts;

    private LoggerContext context;
    private JewelryJsonEncoder encoder;
    private LoggingEvent event;

    @Setup
    public void setUp() {
        context = Contenders.logbackContext();
        encoder = Contenders.jewelry(context, fieldRules);
        event = Contenders.typedEvent(context, items, OrderFixture.message(messageLength), contacts);
    }

    @TearDown
    public void tearDown() {
        encoder.stop();
        context.stop();
    }

    @Benchmark
    public byte[] masked() {
        return encoder.encode(event);
    }
}
