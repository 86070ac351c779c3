package com.jewelry.logging.benchmarks;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * (4) the practical floor: the plain encoder's line written field by field with Jackson's streaming generator,
 * no providers, no reflection, no masking.
 */
final class HandWrittenWriter {

    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    byte[] write(Instant time, String message, List<OrderFixture.Item> items, BigDecimal total) {
        buffer.reset();
        try (JsonGenerator gen = factory.createGenerator(ObjectWriteContext.empty(), buffer)) {
            gen.writeStartObject();
            gen.writeStringProperty("@timestamp", time.toString());
            gen.writeStringProperty("@version", "1");
            gen.writeStringProperty("message", message);
            gen.writeStringProperty("logger_name", OrderFixture.LOGGER);
            gen.writeStringProperty("thread_name", OrderFixture.THREAD);
            gen.writeStringProperty("level", "INFO");
            gen.writeNumberProperty("level_value", 20000);
            gen.writeStringProperty("traceId", OrderFixture.TRACE_ID);
            gen.writeStringProperty("spanId", OrderFixture.SPAN_ID);
            gen.writeStringProperty("orderNumber", OrderFixture.ORDER_NUMBER);
            gen.writeStringProperty("customerId", OrderFixture.CUSTOMER_ID);
            gen.writeName("items");
            gen.writeStartArray();
            for (OrderFixture.Item item : items) {
                gen.writeStartObject();
                gen.writeStringProperty("sku", item.sku());
                gen.writeStringProperty("name", item.name());
                gen.writeNumberProperty("qty", item.qty());
                gen.writeNumberProperty("price", item.price());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeNumberProperty("total", total);
            gen.writeStringProperty("currency", "RUB");
            gen.writeStringProperty("customerEmail", OrderFixture.EMAIL);
            gen.writeStringProperty("phone", OrderFixture.PHONE);
            gen.writeStringProperty("deliveryAddress", OrderFixture.ADDRESS);
            gen.writeEndObject();
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }
}
