package com.jewelry.logging.analysis.stores;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.AnomalyKind;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real lines from the real encoder, turned into a Splunk HEC event and a GELF 1.1 message, checked field by field. */
class StoreFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123Z");

    private final LoggerContext context = new LoggerContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private EventLogger events(String system) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem(system);
        encoder.setServiceName("shop-test");
        encoder.setEnvironment("test");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        return EventLogger.create(context, "test", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String orderCreatedLine() {
        events("SHOP").orderCreated("C-TEST-1", "ORD-TEST-000001",
                List.of(new OrderItem("RING-TEST", "Test ring", 1, Money.rub("100.00"))), Money.rub("100.00"));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void turnsARealLineIntoASplunkHecEventForItsSystemsIndex() {
        String line = orderCreatedLine();
        JsonNode original = JSON.readTree(line);

        String text = StoreFormats.splunkHecEvent(line, "shop-host-1", "/var/log/jewelry/jewelry-shop.json");
        JsonNode hec = JSON.readTree(text);

        Instant written = Instant.parse(original.path("@timestamp").asString());
        assertThat(hec.path("time").decimalValue()).isEqualByComparingTo(
                java.math.BigDecimal.valueOf(written.toEpochMilli()).movePointLeft(3));
        // HEC reads fractional epoch seconds: a number with exactly the milliseconds
        assertThat(text).containsPattern("^\\{\"time\":\\d{10}\\.\\d{3},");
        assertThat(hec.path("host").asString()).isEqualTo("shop-host-1");
        assertThat(hec.path("source").asString()).isEqualTo("/var/log/jewelry/jewelry-shop.json");
        assertThat(hec.path("sourcetype").asString()).isEqualTo("jewelry:json");
        assertThat(hec.path("index").asString()).isEqualTo("jewelry_shop_operational");
        assertThat(hec.path("event")).isEqualTo(original);
        assertThat(hec.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("time", "host", "source", "sourcetype", "index", "event");
    }

    @Test
    void routesErrorAndAccessLinesToTheirRetentionIndexes() {
        assertThat(StoreFormats.splunkIndex("mes.error")).isEqualTo("jewelry_mes_error");
        assertThat(StoreFormats.splunkIndex("api.access")).isEqualTo("jewelry_api_access");
        assertThat(StoreFormats.splunkIndex("")).isEqualTo("jewelry_unrouted");
        assertThat(StoreFormats.splunkIndex("shop.operational\"")).isEqualTo("jewelry_unrouted");
    }

    @Test
    void turnsARealLineIntoAGelfMessageWithFlattenedAdditionalFields() {
        String line = orderCreatedLine();
        JsonNode original = JSON.readTree(line);

        JsonNode gelf = JSON.readTree(StoreFormats.gelfMessage(line, "shop-host-1"));

        assertThat(gelf.path("version").asString()).isEqualTo("1.1");
        assertThat(gelf.path("host").asString()).isEqualTo("shop-host-1");
        assertThat(gelf.path("short_message").asString()).isEqualTo(original.path("message").asString()).contains("ORD-TEST-000001");
        assertThat(gelf.path("timestamp").isNumber()).isTrue();
        assertThat(gelf.path("timestamp").decimalValue().movePointRight(3).longValueExact())
                .isEqualTo(Instant.parse(original.path("@timestamp").asString()).toEpochMilli());
        assertThat(gelf.path("level").asInt()).isEqualTo(6);
        assertThat(gelf.path("_system").asString()).isEqualTo("SHOP");
        assertThat(gelf.path("_event_action").asString()).isEqualTo("order.created");
        assertThat(gelf.path("_event_dataset").asString()).isEqualTo("shop.operational");
        assertThat(gelf.path("_event_version").isNumber()).isTrue();
        assertThat(gelf.path("_order_number").asString()).isEqualTo("ORD-TEST-000001");
        assertThat(gelf.path("_log_level").asString()).isEqualTo("INFO");
        assertThat(gelf.path("_service_name").asString()).isEqualTo("shop-test");
        // a list has no GELF type: kept whole as JSON text
        assertThat(JSON.readTree(gelf.path("_order_items").asString()).get(0).path("sku").asString()).isEqualTo("RING-TEST");
        // GELF: additional fields start with _, values are strings or numbers, and _id is reserved
        gelf.properties().forEach(field -> {
            if (!List.of("version", "host", "short_message", "full_message", "timestamp", "level").contains(field.getKey())) {
                assertThat(field.getKey()).matches("_[\\w.\\-]+").isNotEqualTo("_id");
                assertThat(field.getValue().isString() || field.getValue().isNumber()).as(field.getKey()).isTrue();
            }
        });
        assertThat(gelf.has("_message")).isFalse();
        assertThat(gelf.has("_@timestamp")).isFalse();
    }

    @Test
    void anErrorLineCarriesItsStackTraceAsFullMessageAndSyslogLevelThree() {
        events("MES");
        context.getLogger("test").error("casting machine reported an error", new IllegalStateException("temperature out of range"));
        String line = out.toString(StandardCharsets.UTF_8).strip();

        JsonNode gelf = JSON.readTree(StoreFormats.gelfMessage(line, "mes-host-1"));

        assertThat(gelf.path("level").asInt()).isEqualTo(3);
        assertThat(gelf.path("full_message").asString()).contains("IllegalStateException");
        assertThat(gelf.path("_error_type").asString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(JSON.readTree(StoreFormats.splunkHecEvent(line, "mes-host-1", "mes")).path("index").asString())
                .isEqualTo("jewelry_mes_error");
    }

    @Test
    void theAnomalyEventIsWrittenByTheRealEncoderAsAnAuditLine() {
        events("API").log(new AnomalyDetected(NOW, AnomalyKind.POSSIBLE_DDOS, "API", "http.access", "client.address",
                "ip~ffee01", 12_000, 30, 14, 10));
        JsonNode line = JSON.readTree(out.toString(StandardCharsets.UTF_8).strip());

        assertThat(line.at("/event/action").asString()).isEqualTo("anomaly.detected");
        assertThat(line.at("/event/category").asString()).isEqualTo("audit");
        assertThat(line.at("/anomaly/kind").asString()).isEqualTo("POSSIBLE_DDOS");
        assertThat(line.at("/anomaly/dimension_value").asString()).isEqualTo("ip~ffee01");
        assertThat(line.at("/anomaly/rate_per_minute").asLong()).isEqualTo(12_000);
        assertThat(line.at("/anomaly/score").asLong()).isEqualTo(14);
        assertThat(line.has("event") && !line.at("/event/invalid").isMissingNode()).isFalse();
    }
}
