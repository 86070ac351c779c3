package com.jewelry.logging.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.log4j2.JewelryJsonLayout;
import net.logstash.logback.encoder.LogstashEncoder;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost of one order-created line (3 items, e-mail, phone, delivery address, total in RUB, a message with the
 * order number), encoded to bytes by each contender in the same run:
 * <ol>
 *   <li>{@code p1_lle}: plain logstash-logback-encoder, the order as structured arguments, no masking;</li>
 *   <li>{@code p2_lleMasking}: the same with LLE's own MaskingJsonGeneratorDecorator (paths + value regexes);</li>
 *   <li>{@code p3_log4j2Template}: Log4j2's JsonTemplateLayout with the same fields;</li>
 *   <li>{@code p4_handWritten}: a hand-written Jackson streaming writer of the plain line (the floor);</li>
 *   <li>{@code p5_jewelry}: this library, typed event, full masking (field rules and value detectors);</li>
 *   <li>{@code p6_jewelryLog4j2}: this library on Log4j2.</li>
 * </ol>
 * Targets: (5) at most 1.0x (1), at most 1.5x (4), at most 0.2x (2); bytes/op at most (1)'s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventEncodingBenchmark {

    private LoggerContext context;
    private LogstashEncoder lle;
    private LogstashEncoder lleMasking;
    private LoggingEvent structured;
    private JewelryJsonEncoder jewelry;
    private LoggingEvent typed;
    private JsonTemplateLayout template;
    private LogEvent templateEvent;
    private JewelryJsonLayout jewelryLog4j2;
    private LogEvent jewelryLog4j2Event;
    private HandWrittenWriter handWritten;
    private List<OrderFixture.Item> items;
    private BigDecimal total;
    private String message;

    @Setup
    public void setUp() {
        context = Contenders.logbackContext();
        lle = Contenders.lle(context, false);
        lleMasking = Contenders.lle(context, true);
        structured = Contenders.structuredEvent(context, 3, OrderFixture.message(0));
        jewelry = Contenders.jewelry(context, 0);
        typed = Contenders.typedEvent(context, 3, OrderFixture.message(0), true);
        template = Contenders.log4j2Template();
        templateEvent = Contenders.log4j2TemplateEvent(3);
        jewelryLog4j2 = Contenders.log4j2Jewelry();
        jewelryLog4j2Event = Contenders.log4j2JewelryEvent(3);
        handWritten = new HandWrittenWriter();
        items = OrderFixture.items(3);
        total = OrderFixture.total(3);
        message = structured.getFormattedMessage();
    }

    @TearDown
    public void tearDown() {
        lle.stop();
        lleMasking.stop();
        jewelry.stop();
        context.stop();
    }

    @Benchmark
    public byte[] p1_lle() {
        return lle.encode(structured);
    }

    @Benchmark
    public byte[] p2_lleMasking() {
        return lleMasking.encode(structured);
    }

    @Benchmark
    public byte[] p3_log4j2Template() {
        return template.toByteArray(templateEvent);
    }

    @Benchmark
    public byte[] p4_handWritten() {
        return handWritten.write(Instant.ofEpochMilli(structured.getTimeStamp()), message, items, total);
    }

    @Benchmark
    public byte[] p5_jewelry() {
        return jewelry.encode(typed);
    }

    @Benchmark
    public byte[] p6_jewelryLog4j2() {
        return jewelryLog4j2.toByteArray(jewelryLog4j2Event);
    }

    /** Prints each contender's line once, to check by eye that they carry the same content. */
    public static void main(String[] args) {
        EventEncodingBenchmark b = new EventEncodingBenchmark();
        b.setUp();
        for (byte[] line : new byte[][] {b.p1_lle(), b.p2_lleMasking(), b.p3_log4j2Template(), b.p4_handWritten(),
                b.p5_jewelry(), b.p6_jewelryLog4j2()}) {
            System.out.print(new String(line, java.nio.charset.StandardCharsets.UTF_8));
        }
        b.tearDown();
    }
}
