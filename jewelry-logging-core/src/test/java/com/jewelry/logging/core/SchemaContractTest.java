package com.jewelry.logging.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.core.event.ProcessingStatus;
import com.jewelry.logging.core.internal.schema.EventSchemas;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Real lines from the real encoder, validated against the schemas shipped in the jar. */
class SchemaContractTest {

    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");

    private final LogCapture capture = new LogCapture("MES");

    @AfterEach
    void close() {
        capture.close();
    }

    static Stream<BusinessEvent> oneOfEach() {
        return Stream.of(
                new OrderStatusChanged(T, "C-1", "ORD-1", OrderStatus.PAID, OrderStatus.NEW),
                new OrderStatusChanged(T, "C-1", "ORD-1", OrderStatus.NEW, null),
                new OrderCreated(T, "C-1", "ORD-2", List.of(new OrderItem("RING-1", "Ring", 1, Money.rub("100.00"))), Money.rub("100.00")),
                new OrderUpdated(T, "C-1", "ORD-3", List.of(new FieldChange("engraving", "a", "b"))),
                new CostCalculationRequested(T, "C-1", "ORD-4", "MODEL-1", Duration.ofMillis(250)),
                new CostCalculationCompleted(T, "C-1", "ORD-5", Money.of("990.10", "RUB")),
                new PartnerOrderReceived(T, "P-1", "ORD-6", ProcessingStatus.REJECTED),
                new NotificationSent(T, "C-1", "ORD-7", NotificationType.PAYMENT_REQUIRED, NotificationChannel.EMAIL),
                new NotificationSent(T, "C-1", "ORD-7", NotificationType.SHIPPED, null),
                new HttpAccess(T, "GET", "/orders/{number}", "/orders/ORD-1", 200, Duration.ofMillis(12), "P-1", "127.0.0.1", "curl/8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneOfEach")
    void everyEventLineSatisfiesItsOwnSchemaAndTheEnvelope(BusinessEvent event) throws Exception {
        capture.events("com.example.Mes").log(event);
        String line = capture.rawLines().get(0);

        assertThat(validate(EventSchemas.resourceName(event.type()), line)).isEmpty();
        assertThat(validate(EventSchemas.envelopeResourceName(), line)).isEmpty();
    }

    @Test
    void plainAndFailureLinesSatisfyTheEnvelope() throws Exception {
        capture.context.getLogger("com.example.Plain").info("hello");
        capture.context.getLogger("com.example.Plain").error("boom", new IllegalStateException("x"));
        capture.events("com.example.Mes").logFailure(new CostCalculationCompleted(T, "C-1", "ORD-5", Money.rub("1.00")),
                new IllegalStateException("no volume"));

        for (String line : capture.rawLines()) {
            assertThat(validate(EventSchemas.envelopeResourceName(), line)).as(line).isEmpty();
        }
        String failure = capture.rawLines().get(2);
        assertThat(validate(EventSchemas.resourceName(CostCalculationCompleted.TYPE), failure)).isEmpty();
    }

    @Test
    void aLineWithAMissingRequiredFieldBreaksItsEventSchema() throws Exception {
        capture.events("com.example.Mes").log(new OrderStatusChanged(T, null, "ORD-1", OrderStatus.PAID, OrderStatus.NEW));
        String line = capture.rawLines().stream().filter(l -> l.contains("order.status_changed")).findFirst().orElseThrow();

        Set<ValidationMessage> errors = validate(EventSchemas.resourceName(OrderStatusChanged.TYPE), line);
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("customer") || m.contains("invalid"));
    }

    @Test
    void aSchemaShipsForEveryEventType() {
        for (var type : EventCatalogue.builtIn().types()) {
            assertThat(getClass().getClassLoader().getResource(EventSchemas.resourceName(type))).as(type.name()).isNotNull();
        }
        assertThat(EventCatalogue.builtIn().types(EventCategory.BUSINESS)).hasSize(7);
        assertThat(EventCatalogue.builtIn().names()).contains("http.access", "anomaly.detected");
    }

    private Set<ValidationMessage> validate(String resource, String line) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            JsonSchema schema = FACTORY.getSchema(in, CONFIG);
            return schema.validate(JACKSON2.readTree(line));
        }
    }
}
