package com.jewelry.logging.benchmarks;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.jewelry.logging.masking.logback.JewelryMaskingDecorator;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of masking on one order-created line encoded by a real LogstashEncoder: (a) no masking, (b) LLE's
 * own MaskingJsonGeneratorDecorator with the usual paths and value regexes, (c) this project's decorator with
 * every field rule and value detector on. Targets: (c) at most 1.25x (a) in time and bytes/op, at most 0.25x (b).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MaskingEncoderBenchmark {

    /** One line item of the order. */
    public record Item(String sku, String name, int qty, BigDecimal price) {
    }

    private LoggerContext context;
    private LogstashEncoder plain;
    private LogstashEncoder lleMasking;
    private LogstashEncoder jewelryMasking;
    private LoggingEvent event;

    @Setup
    public void setUp() {
        context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.getMDCAdapter().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        context.getMDCAdapter().put("spanId", "00f067aa0ba902b7");
        plain = encoder();
        plain.start();

        MaskingJsonGeneratorDecorator lle = new MaskingJsonGeneratorDecorator();
        lle.addPath("customerEmail");
        lle.addPath("phone");
        lle.addPath("deliveryAddress");
        lle.addValue("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        lle.addValue("(?:\\+7|8)[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}");
        lle.addValue("\\b(?:\\d[ -]?){12,18}\\d\\b");
        lle.start();
        lleMasking = encoder();
        lleMasking.addDecorator(lle);
        lleMasking.start();

        JewelryMaskingDecorator jewelry = new JewelryMaskingDecorator();
        jewelry.setContext(context);
        jewelry.start();
        jewelryMasking = encoder();
        jewelryMasking.addDecorator(jewelry);
        jewelryMasking.start();

        event = new LoggingEvent(MaskingEncoderBenchmark.class.getName(),
                context.getLogger("com.jewelry.shop.OrderService"), Level.INFO,
                "Order {} created for customer {}",
                null,
                new Object[] {
                    value("orderNumber", "ORD-2026-000123"),
                    value("customerId", "C-10042"),
                    kv("items", List.of(
                            new Item("RING-AU585-17", "Ring gold 585 with topaz", 1, new BigDecimal("12500.00")),
                            new Item("EARR-AG925-02", "Earrings silver 925", 2, new BigDecimal("3400.00")),
                            new Item("CHAIN-AU585-45", "Chain gold 585, 45 cm", 1, new BigDecimal("18900.00")))),
                    kv("customerEmail", "ivan.petrov@example.ru"),
                    kv("phone", "+7 916 123-45-67"),
                    kv("deliveryAddress", "Moscow, Tverskaya st. 7, apt 12")
                });
        event.setThreadName("http-nio-8080-exec-1");
        event.getFormattedMessage();
        event.getMDCPropertyMap();
    }

    private LogstashEncoder encoder() {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        return encoder;
    }

    @TearDown
    public void tearDown() {
        plain.stop();
        lleMasking.stop();
        jewelryMasking.stop();
    }

    @Benchmark
    public byte[] a_plain() {
        return plain.encode(event);
    }

    @Benchmark
    public byte[] b_lleMasking() {
        return lleMasking.encode(event);
    }

    @Benchmark
    public byte[] c_jewelryMasking() {
        return jewelryMasking.encode(event);
    }

    /** Prints the three lines once, to check by eye that (b) and (c) really mask. */
    public static void main(String[] args) {
        MaskingEncoderBenchmark b = new MaskingEncoderBenchmark();
        b.setUp();
        System.out.print(new String(b.a_plain(), java.nio.charset.StandardCharsets.UTF_8));
        System.out.print(new String(b.b_lleMasking(), java.nio.charset.StandardCharsets.UTF_8));
        System.out.print(new String(b.c_jewelryMasking(), java.nio.charset.StandardCharsets.UTF_8));
        b.tearDown();
    }
}
