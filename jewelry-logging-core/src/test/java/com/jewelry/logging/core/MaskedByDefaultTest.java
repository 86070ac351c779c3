package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The core encoder masks every line without any configuration; operators' identifiers stay readable. */
class MaskedByDefaultTest {

    // Built at run time so no raw personal value sits in a test name or fixture file.
    private static final String EMAIL = "anna.petrova" + "@" + "example.ru";
    private static final String PHONE = "+7 916 " + "123-45-67";
    private static final String CARD = luhnCard("4276380012345");
    private static final String ADDRESS = "Moscow, Tverskaya st. 7, apt. 12";

    private final LogCapture capture = new LogCapture("CRM");
    private final EventLogger events = capture.events("com.example.crm.Orders");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void changedAddressAndContactValuesAreMaskedButTheOrderStaysReadable() {
        events.orderUpdated("C-10042", "ORD-2026-000123", List.of(
                new FieldChange("deliveryAddress", "Old street 1", ADDRESS),
                new FieldChange("contactPhone", null, PHONE),
                new FieldChange("email", null, EMAIL)));

        String raw = capture.raw();
        assertThat(raw).doesNotContain(ADDRESS, "Old street 1", "916 123", EMAIL);
        JsonNode line = capture.single();
        assertThat(line.at("/order/number").asString()).isEqualTo("ORD-2026-000123");
        assertThat(line.at("/customer/id").asString()).isEqualTo("C-10042");
        assertThat(line.at("/order/changed_fields")).extracting(JsonNode::asString)
                .containsExactly("deliveryAddress", "contactPhone", "email");
        assertThat(line.at("/order/changes/deliveryAddress/new").asString()).isNotBlank();
    }

    @Test
    void personalDataInFreeTextMdcAndExceptionMessagesIsMasked() {
        capture.context.getMDCAdapter().put("customerContact", EMAIL);
        try {
            capture.context.getLogger("com.example.crm.Mail").error("could not send to " + EMAIL + " / " + PHONE,
                    new IllegalStateException("card " + CARD + " declined"));
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        assertThat(capture.raw()).doesNotContain(EMAIL, CARD, "916 123");
        JsonNode line = capture.single();
        assertThat(line.get("message").asString()).startsWith("could not send to ");
        assertThat(line.at("/error/message").asString()).contains(CARD.substring(CARD.length() - 4));
    }

    @Test
    void idsFromRequestHeadersAreScannedEvenThoughTheEnvelopeIsTrusted() {
        capture.context.getMDCAdapter().put("requestId", "forged-" + EMAIL);
        try {
            events.orderStatusChanged("C-10042", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        assertThat(capture.raw()).doesNotContain(EMAIL);
        assertThat(capture.single().at("/request/id").asString()).isNotBlank().doesNotContain("petrova");
    }

    @Test
    void sensitiveFieldsOfDebugDetailObjectsAreMaskedByKind() {
        capture.level("com.example.crm.Orders", Level.DEBUG);

        events.debug("customer loaded", "customer", new CustomerDto("C-10042", "Anna Petrova", EMAIL));

        assertThat(capture.raw()).doesNotContain("Anna Petrova", EMAIL);
        assertThat(capture.single().at("/detail/customer/id").asString()).isEqualTo("C-10042");
    }

    @Test
    void moneyStatusesAndIdsAreNotMasked() {
        events.log(new OrderStatusChanged(LogCapture.NOW, "C-10042", "4000123456789011", OrderStatus.PAID, OrderStatus.NEW));
        events.costCalculationCompleted("C-10042", "ORD-2026-000123", Money.rub("52100.00"));

        List<JsonNode> lines = capture.lines();
        assertThat(lines.get(0).at("/order/number").asString()).isEqualTo("4000123456789011");
        assertThat(lines.get(0).at("/order/status").asString()).isEqualTo("PAID");
        assertThat(lines.get(1).at("/cost_calculation/cost/amount").decimalValue()).isEqualByComparingTo("52100.00");
    }

    public record CustomerDto(String id, @Sensitive(kind = SensitiveKind.NAME) String fullName, @Sensitive(kind = SensitiveKind.EMAIL) String contact) {
    }

    private static String luhnCard(String first15) {
        int sum = 0;
        for (int i = 0; i < first15.length(); i++) {
            int digit = first15.charAt(first15.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return first15 + ((10 - sum % 10) % 10);
    }
}
