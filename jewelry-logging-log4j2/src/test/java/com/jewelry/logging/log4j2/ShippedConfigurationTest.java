package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.slf4j.Log4jLogger;
import org.apache.logging.slf4j.Log4jMarkerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code jewelry-log4j2.xml} this jar ships, set from JEWELRY_* system properties as a service would. */
class ShippedConfigurationTest {

    private static final List<String> SETTINGS = List.of("JEWELRY_SYSTEM", "JEWELRY_SERVICE_NAME",
            "JEWELRY_ENVIRONMENT", "JEWELRY_LOG_DIR", "JEWELRY_LOG_MAX_FILE_SIZE");

    @TempDir
    Path directory;

    private LoggerContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.stop();
        }
        SETTINGS.forEach(System::clearProperty);
    }

    @Test
    void writesTheSystemsOwnFileNamedInLowerCaseWithTheFullEnvelope() throws IOException {
        start(Map.of("JEWELRY_SYSTEM", "MES", "JEWELRY_SERVICE_NAME", "mes-costing", "JEWELRY_ENVIRONMENT", "staging"));

        EventLogger events = events("com.example.mes.Costing");
        events.orderStatusChanged(Samples.CUSTOMER, Samples.ORDER, OrderStatus.NEW, OrderStatus.IN_PRODUCTION);
        events.costCalculationRequested(Samples.CUSTOMER, Samples.ORDER, "MODEL-3D-7781", java.time.Duration.ofMillis(1834));
        context.stop();

        Path file = directory.resolve("jewelry-mes.json");
        assertThat(file).exists();
        List<JsonNode> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Log4j2Capture.JSON::readTree).toList();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("system").asString()).isEqualTo("MES");
        assertThat(first.at("/service/name").asString()).isEqualTo("mes-costing");
        assertThat(first.at("/service/environment").asString()).isEqualTo("staging");
        // the typed event crossed the asynchronous queue with its fields intact
        assertThat(first.at("/event/action").asString()).isEqualTo("order.status_changed");
        assertThat(first.at("/order/number").asString()).isEqualTo(Samples.ORDER);
        assertThat(first.at("/event/dataset").asString()).isEqualTo("mes.operational");
        assertThat(lines.get(1).at("/cost_calculation/duration_ms").asLong()).isEqualTo(1834);
    }

    @Test
    void rollsTheFileBySizeIntoCompressedJsonLines() throws IOException {
        start(Map.of("JEWELRY_SYSTEM", "Api", "JEWELRY_LOG_MAX_FILE_SIZE", "2 KB"));

        org.slf4j.Logger logger = new Log4jLogger(new Log4jMarkerFactory(), context.getLogger("com.example.api.Partner"),
                "com.example.api.Partner");
        for (int i = 0; i < 60; i++) {
            logger.info("partner order {} processed", "ORD-2026-" + (100_000 + i));
        }
        context.stop();

        assertThat(directory.resolve("jewelry-api.json")).exists();
        List<Path> rolled;
        try (Stream<Path> files = Files.list(directory)) {
            rolled = files.filter(p -> p.getFileName().toString().matches("jewelry-api\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+\\.json\\.gz")).toList();
        }
        assertThat(rolled).isNotEmpty();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(rolled.get(0)))) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertThat(Log4j2Capture.JSON.readTree(first).get("system").asString()).isEqualTo("API");
        }
    }

    private void start(Map<String, String> settings) {
        System.setProperty("JEWELRY_LOG_DIR", directory.toString());
        settings.forEach(System::setProperty);
        context = new LoggerContext("shipped-" + System.nanoTime());
        try (InputStream xml = getClass().getResourceAsStream("/jewelry-log4j2.xml")) {
            assertThat(xml).as("jewelry-log4j2.xml on the class path").isNotNull();
            context.start(new XmlConfiguration(context, new ConfigurationSource(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EventLogger events(String name) {
        Log4jMarkerFactory markers = new Log4jMarkerFactory();
        return EventLogger.create(n -> new Log4jLogger(markers, context.getLogger(n), n), name,
                Clock.fixed(Log4j2Capture.NOW, ZoneOffset.UTC));
    }
}
