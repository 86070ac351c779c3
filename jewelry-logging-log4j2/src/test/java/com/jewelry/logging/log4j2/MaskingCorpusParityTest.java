package com.jewelry.logging.log4j2;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.cli.Scrubber;
import com.jewelry.logging.masking.corpus.MaskingCorpus;
import com.jewelry.logging.masking.corpus.MaskingCorpus.MaskingCase;
import com.jewelry.logging.masking.logback.JewelryMaskingDecorator;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The masking corpus (hundreds of realistic inputs, each a leak to close or a value operators must keep) run through
 * every path a value can take to a log line: the library's Logback encoder, the LLE decorator on a plain
 * {@code LogstashEncoder}, the Log4j2 layout, and the scrubber (text lines and JSON lines). A case without a field
 * name is logged as the message; a case with one as a structured value under that name (an SLF4J key-value, LLE's
 * {@code kv()}, a JSON field). Every path must pass every case, and every JSON path must write the very same
 * value: one engine behind them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaskingCorpusParityTest {

    private static final String LOGGER = "com.example.shop.Orders";
    private static final String SYSTEM = "SHOP";

    private final List<MaskingCase> cases = MaskingCorpus.cases();
    private LogbackPath library;
    private LogbackPath lle;
    private Log4j2Capture log4j2;
    private final Scrubber scrubber = new Scrubber(Masker.of(MaskingPolicy.defaults()));

    @BeforeAll
    void start(@TempDir Path directory) {
        library = new LogbackPath(libraryEncoder());
        lle = new LogbackPath(lleEncoder());
        log4j2 = new Log4j2Capture(directory, SYSTEM, "");
        log4j2.level(LOGGER, org.apache.logging.log4j.Level.DEBUG);
    }

    @AfterAll
    void stop() {
        library.close();
        lle.close();
        log4j2.close();
    }

    @Test
    void theCorpusIsLargeAndCoversMaskedAndKeptCases() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(cases).anyMatch(c -> !c.mustNotAppear().isEmpty());
        assertThat(cases).anyMatch(c -> c.mustNotAppear().isEmpty() && !c.mustAppear().isEmpty());
        assertThat(cases).extracting(MaskingCase::id).doesNotHaveDuplicates();
    }

    @Test
    void everyPathPassesEveryFreeTextCaseAndWritesTheSameValue() {
        Map<String, List<String>> failures = new TreeMap<>();
        for (MaskingCase c : cases) {
            if (c.fieldName() != null) {
                continue;
            }
            Map<String, String> written = new LinkedHashMap<>();
            written.put("logback", library.message(c.input()));
            written.put("lle", lle.message(c.input()));
            written.put("log4j2", log4j2Message(c.input()));
            written.put("scrubber-json", scrubbedJsonValue("message", c.input()));
            check(c, "text", written, failures);
            // a text line is written as text: control characters are made visible, so it is judged, not compared
            MaskingCorpus.problems(c, scrubber.maskLine(c.input()))
                    .forEach(problem -> failures.computeIfAbsent(c.id() + " [" + c.leakClass() + ", text line]",
                            k -> new ArrayList<>()).add("scrubber-text: " + problem));
        }
        assertThat(failures).as("cases that leak, over-mask or differ between paths").isEmpty();
    }

    @Test
    void everyPathPassesEveryNamedCaseAsAStructuredValue() {
        Map<String, List<String>> failures = new TreeMap<>();
        for (MaskingCase c : cases) {
            if (c.fieldName() == null) {
                continue;
            }
            Map<String, String> written = new LinkedHashMap<>();
            written.put("logback", library.keyValue(c.fieldName(), c.input()));
            written.put("lle", lle.keyValue(c.fieldName(), c.input()));
            written.put("log4j2", log4j2KeyValue(c.fieldName(), c.input()));
            written.put("scrubber-json", scrubbedJsonValue(c.fieldName(), c.input()));
            check(c, "named", written, failures);
        }
        assertThat(failures).as("named cases that leak, over-mask or differ between paths").isEmpty();
    }

    @Test
    void randomValuesAreWrittenTheSameOnEveryPath() {
        Random random = new Random(20261207);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String value = RandomValues.next(random);
            Map<String, String> written = new LinkedHashMap<>();
            written.put("logback", library.message(value));
            written.put("lle", lle.message(value));
            written.put("log4j2", log4j2Message(value));
            written.put("scrubber-json", scrubbedJsonValue("message", value));
            if (written.values().stream().distinct().count() > 1) {
                differing.add(value + " -> " + written);
            }
        }
        assertThat(differing).isEmpty();
    }

    private static void check(MaskingCase c, String how, Map<String, String> written, Map<String, List<String>> failures) {
        List<String> problems = new ArrayList<>();
        written.forEach((path, value) -> MaskingCorpus.problems(c, value)
                .forEach(problem -> problems.add(path + ": " + problem)));
        if (written.values().stream().distinct().count() > 1) {
            problems.add("paths differ: " + written);
        }
        if (!problems.isEmpty()) {
            failures.put(c.id() + " [" + c.leakClass() + ", " + how + "]", problems);
        }
    }

    // ------------------------------------------------------------------------------------------------- paths

    private String log4j2Message(String input) {
        int before = log4j2.lines().size();
        log4j2.slf4j().getLogger(LOGGER).info(input);
        return log4j2.lines().get(before).get("message").asString();
    }

    private String log4j2KeyValue(String name, String input) {
        int before = log4j2.lines().size();
        log4j2.slf4j().getLogger(LOGGER).atInfo().addKeyValue(name, input).log("case");
        return onlyLabel(log4j2.lines().get(before));
    }

    /** The value the scrubber writes for one field of a JSON line. */
    private String scrubbedJsonValue(String name, String input) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("@timestamp", "2026-12-07T10:00:00Z");
        line.put(name, input);
        JsonNode out = Log4j2Capture.JSON.readTree(scrubber.maskLine(line.toString()));
        for (Map.Entry<String, JsonNode> property : out.properties()) {
            if (!property.getKey().equals("@timestamp")) {
                return property.getValue().asString();
            }
        }
        throw new AssertionError("no value in " + out);
    }

    /** Structured values land in {@code labels}; the key itself may be masked, so take the one label written. */
    private static String onlyLabel(JsonNode line) {
        JsonNode labels = line.get("labels");
        assertThat(labels).as("labels of %s", line).isNotNull();
        assertThat(labels.size()).isEqualTo(1);
        return labels.properties().iterator().next().getValue().asString();
    }

    private static Encoder<ILoggingEvent> libraryEncoder() {
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setSystem(SYSTEM);
        encoder.setServiceName("test-service");
        encoder.setEnvironment("test");
        return encoder;
    }

    private static Encoder<ILoggingEvent> lleEncoder() {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.addDecorator(new JewelryMaskingDecorator());
        return encoder;
    }

    /** One real Logback context writing into memory through the given encoder. */
    private static final class LogbackPath implements AutoCloseable {
        private final LoggerContext context = new LoggerContext();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final boolean lle;

        LogbackPath(Encoder<ILoggingEvent> encoder) {
            this.lle = encoder instanceof LogstashEncoder;
            context.setMDCAdapter(new LogbackMDCAdapter());
            encoder.setContext(context);
            encoder.start();
            OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
            appender.setContext(context);
            appender.setEncoder(encoder);
            appender.setOutputStream(out);
            appender.start();
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.INFO);
            root.addAppender(appender);
        }

        private JsonNode last() {
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            return Log4j2Capture.JSON.readTree(lines[lines.length - 1]);
        }

        String message(String input) {
            context.getLogger(LOGGER).info(input);
            return last().get("message").asString();
        }

        String keyValue(String name, String input) {
            if (lle) {
                // a plain LogstashEncoder user writes structured arguments with kv(): a top-level field
                context.getLogger(LOGGER).info("case", kv(name, input));
                JsonNode line = last();
                List<String> values = new ArrayList<>();
                line.properties().forEach(p -> {
                    if (!List.of("@timestamp", "@version", "message", "logger_name", "thread_name", "level",
                            "level_value").contains(p.getKey())) {
                        values.add(p.getValue().asString());
                    }
                });
                assertThat(values).as("structured value of %s", line).hasSize(1);
                return values.get(0);
            }
            context.getLogger(LOGGER).atInfo().addKeyValue(name, input).log("case");
            return onlyLabel(last());
        }

        @Override
        public void close() {
            context.stop();
        }
    }
}
