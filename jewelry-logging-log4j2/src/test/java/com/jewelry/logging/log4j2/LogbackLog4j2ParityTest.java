package com.jewelry.logging.log4j2;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.ILoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of this module: a service on Log4j2 writes the same lines as one on Logback. The same calls go
 * through core's Logback encoder (a real Logback context) and through this layout (a real Log4j2 context), and the
 * two JSON documents must be equal field by field, masked values included; only the time and the thread are
 * allowed to differ, and the stack trace is compared by its shape.
 */
class LogbackLog4j2ParityTest {

    private static final String SYSTEM = "SHOP";

    @TempDir
    Path directory;

    private final LogbackSide logback = new LogbackSide();
    private Log4j2Capture log4j2;

    @AfterEach
    void close() {
        logback.close();
        if (log4j2 != null) {
            log4j2.close();
        }
        ThreadContext.clearAll();
    }

    @Test
    void allBusinessEventsAndTheAccessLineAreTheSameOnBothBackEnds() {
        List<JsonNode[]> pairs = assertSameLines(8, events -> Samples.businessEvents(events), (loggers, mdc) -> { });

        assertThat(pairs).extracting(pair -> pair[1].at("/event/action").asString()).containsExactly(
                "order.status_changed", "order.created", "order.updated", "cost_calculation.requested",
                "cost_calculation.completed", "partner_order.received", "notification.sent", "http.access");
        assertThat(pairs.get(0)[1].at("/order/number").asString()).isEqualTo(Samples.ORDER);
        assertThat(pairs.get(2)[1].toString()).doesNotContain(Samples.ADDRESS, Samples.EMAIL);
    }

    @Test
    void aFailureWithCauseAndSuppressedExceptionIsTheSameOnBothBackEnds() {
        List<JsonNode[]> pairs = assertSameLines(1, events -> Samples.failure(events), (loggers, mdc) -> { });

        JsonNode log4j2Line = pairs.get(0)[1];
        assertThat(log4j2Line.at("/log/level").asString()).isEqualTo("ERROR");
        assertThat(log4j2Line.at("/error/type").asString()).isEqualTo("java.lang.RuntimeException");
        assertThat(log4j2Line.at("/error/stack_trace").asString()).contains("Wrapped by: ", "Suppressed: ");
        assertThat(log4j2Line.toString()).doesNotContain(Samples.CARD, Samples.EMAIL);
    }

    @Test
    void aDebugDetailLineWithSensitiveFieldsIsTheSameOnBothBackEnds() {
        logback.context.getLogger("com.example.shop.Orders").setLevel(ch.qos.logback.classic.Level.DEBUG);
        List<JsonNode[]> pairs = assertSameLines(1, events -> Samples.debugDetail(events), (loggers, mdc) -> { },
                () -> log4j2.level("com.example.shop.Orders", org.apache.logging.log4j.Level.DEBUG));

        JsonNode line = pairs.get(0)[1];
        assertThat(line.at("/detail/customer/id").asString()).isEqualTo(Samples.CUSTOMER);
        assertThat(line.at("/detail/attempt").asInt()).isEqualTo(2);
        assertThat(line.toString()).doesNotContain("Anna Petrova", Samples.EMAIL);
    }

    @Test
    void aPlainLineWithMdcCorrelationAndPersonalDataIsTheSameOnBothBackEnds() {
        List<JsonNode[]> pairs = assertSameLines(2, events -> { }, (loggers, mdc) -> {
            mdc.accept(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736", "spanId", "00f067aa0ba902b7",
                    "requestId", "req-981", "customerContact", Samples.EMAIL, "tenant", "moscow-1"));
            loggers.getLogger("com.example.shop.Mail").warn("could not reach {} at {}", Samples.EMAIL, Samples.PHONE);
            loggers.getLogger("com.example.shop.Login").info("login retried with password=" + Samples.PASSWORD);
        });

        JsonNode line = pairs.get(0)[1];
        assertThat(line.at("/trace/id").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.at("/labels/tenant").asString()).isEqualTo("moscow-1");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.error");
        assertThat(pairs.get(0)[1].toString() + pairs.get(1)[1]).doesNotContain(Samples.EMAIL, Samples.PASSWORD, "916 123");
    }

    @Test
    void aLineWithObjectArgumentsStructuredArgumentsAndALongValueIsTheSameOnBothBackEnds() {
        String card = Samples.CARD.substring(0, 4) + " " + Samples.CARD.substring(4, 8) + " " + Samples.CARD.substring(8, 12)
                + " " + Samples.CARD.substring(12);
        String longMessage = "z".repeat(8190) + " " + card + " tail";
        List<JsonNode[]> pairs = assertSameLines(2, events -> { }, (loggers, mdc) -> {
            mdc.accept(Map.of("note", longMessage));
            loggers.getLogger("com.example.shop.Customers").info("customer {} updated {} {}",
                    new Customer("C-7", Samples.EMAIL), kv("fullName", "Anna Sergeevna Petrova"),
                    kv("contact", new Customer("C-8", Samples.EMAIL)));
            loggers.getLogger("com.example.shop.Customers").info(longMessage);
        });

        JsonNode objects = pairs.get(0)[1];
        assertThat(objects.get("message").asString()).startsWith("customer {\"id\":\"C-7\"");
        assertThat(objects.at("/detail/contact/id").asString()).isEqualTo("C-8");
        assertThat(pairs.get(1)[1].get("message").asString()).contains("[truncated, ");
        assertThat(pairs.get(0)[1].toString() + pairs.get(1)[1]).doesNotContain(Samples.EMAIL, card, "Sergeevna");
        assertThat(pairs.get(1)[1].get("message").asString()).doesNotContain(Samples.CARD.substring(0, 4) + " ");
    }

    public record Customer(String id, @com.jewelry.logging.masking.Sensitive(kind = com.jewelry.logging.masking.SensitiveKind.EMAIL) String contact) {
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** What to log through plain SLF4J loggers; {@code mdc} sets the same MDC on both back ends. */
    private interface PlainLines {
        void log(ILoggerFactory loggers, Consumer<Map<String, String>> mdc);
    }

    private List<JsonNode[]> assertSameLines(int expected, Consumer<EventLogger> typed, PlainLines plain) {
        return assertSameLines(expected, typed, plain, () -> { });
    }

    private List<JsonNode[]> assertSameLines(int expected, Consumer<EventLogger> typed, PlainLines plain,
            Runnable configureLog4j2) {
        log4j2 = new Log4j2Capture(directory, SYSTEM, "");
        configureLog4j2.run();

        typed.accept(EventLogger.create(logback.context, "com.example.shop.Orders", Clock.fixed(Log4j2Capture.NOW, ZoneOffset.UTC)));
        plain.log(logback.context, mdc -> mdc.forEach(logback.context.getMDCAdapter()::put));
        logback.context.getMDCAdapter().clear();

        typed.accept(log4j2.events("com.example.shop.Orders"));
        plain.log(log4j2.slf4j(), mdc -> mdc.forEach(ThreadContext::put));
        ThreadContext.clearAll();

        List<JsonNode> fromLogback = logback.lines();
        List<JsonNode> fromLog4j2 = log4j2.lines();
        assertThat(fromLogback).hasSize(expected);
        assertThat(fromLog4j2).hasSize(expected);
        List<JsonNode[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < expected; i++) {
            JsonNode a = fromLogback.get(i);
            JsonNode b = fromLog4j2.get(i);
            assertThat(b.get("@timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
            assertSameStackTraceShape(a.at("/error/stack_trace").asString(null), b.at("/error/stack_trace").asString(null));
            assertThat(comparable(b)).as("line %d, Log4j2 (actual) against Logback (expected)", i).isEqualTo(comparable(a));
            pairs.add(new JsonNode[] {a, b});
        }
        return pairs;
    }

    /** The line without what may differ: the time, the thread, and the stack trace text (compared by shape). */
    private static JsonNode comparable(JsonNode line) {
        ObjectNode copy = (ObjectNode) line.deepCopy();
        copy.remove("@timestamp");
        ((ObjectNode) copy.get("process").get("thread")).remove("name");
        if (copy.get("error") instanceof ObjectNode error) {
            error.remove("stack_trace");
        }
        return copy;
    }

    /**
     * The same text but for line numbers: the exception is built anew for each back end, one source line apart.
     * Header lines ({@code type: message}, {@code Wrapped by:}, {@code Suppressed:}), frames, abbreviations and
     * the {@code ... n common frames omitted} folding must all match.
     */
    private static void assertSameStackTraceShape(String logbackTrace, String log4j2Trace) {
        if (logbackTrace == null) {
            assertThat(log4j2Trace).isNull();
            return;
        }
        assertThat(log4j2Trace).isNotNull();
        assertThat(withoutLineNumbers(log4j2Trace)).isEqualTo(withoutLineNumbers(logbackTrace));
        assertThat(log4j2Trace.length()).isLessThanOrEqualTo(16_384);
    }

    private static String withoutLineNumbers(String trace) {
        return trace.replaceAll("\\.java:\\d+\\)", ".java)");
    }

    /** Core's Logback encoder in a real Logback context, writing into memory. */
    private static final class LogbackSide implements AutoCloseable {
        final LoggerContext context = new LoggerContext();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        LogbackSide() {
            context.setMDCAdapter(new LogbackMDCAdapter());
            context.setName("parity");
            JewelryJsonEncoder encoder = new JewelryJsonEncoder();
            encoder.setContext(context);
            encoder.setSystem(SYSTEM);
            encoder.setServiceName("test-service");
            encoder.setEnvironment("test");
            encoder.start();
            OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
            appender.setContext(context);
            appender.setName("memory");
            appender.setEncoder(encoder);
            appender.setOutputStream(out);
            appender.start();
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.setLevel(ch.qos.logback.classic.Level.INFO);
            root.addAppender(appender);
        }

        List<JsonNode> lines() {
            // the encoder's own warnings arrive asynchronously on the diagnostics logger (Log4j2 reports them on its
            // StatusLogger): they are not lines the two back ends are compared on
            return out.toString(StandardCharsets.UTF_8).lines().map(Log4j2Capture.JSON::readTree)
                    .filter(line -> !"com.jewelry.logging.diagnostics".equals(line.at("/log/logger").asString(null)))
                    .toList();
        }

        @Override
        public void close() {
            context.stop();
        }
    }
}
