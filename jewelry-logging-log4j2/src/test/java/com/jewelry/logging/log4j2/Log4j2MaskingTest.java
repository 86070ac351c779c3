package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.FieldChange;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Masking on Log4j2 happens where every field is written: free text, context data, event fields, DEBUG detail and
 * exception messages. Each case asserts the raw value is absent and the business identifiers are untouched.
 */
class Log4j2MaskingTest {

    @TempDir
    Path directory;

    private Log4j2Capture capture;

    @AfterEach
    void close() {
        ThreadContext.clearAll();
        if (capture != null) {
            capture.close();
        }
    }

    private Log4j2Capture capture(String maskingXml) {
        capture = new Log4j2Capture(directory, "CRM", maskingXml);
        return capture;
    }

    @Test
    void emailPhoneAndCardInFreeTextAreMasked() {
        capture("").slf4j().getLogger("com.example.crm.Mail")
                .info("order " + Samples.ORDER + " for " + Samples.CUSTOMER + ": write to " + Samples.EMAIL
                        + ", call " + Samples.PHONE + ", card " + Samples.CARD);

        assertThat(capture.raw()).doesNotContain(Samples.EMAIL, "916 123", Samples.CARD);
        assertThat(capture.single().get("message").asString())
                .contains(Samples.ORDER, Samples.CUSTOMER, Samples.CARD.substring(Samples.CARD.length() - 4));
    }

    @Test
    void aChangedAddressIsMaskedWhileOrderNumberAndCustomerIdStayReadable() {
        capture("").events("com.example.crm.Orders").orderUpdated(Samples.CUSTOMER, Samples.ORDER, List.of(
                new FieldChange("deliveryAddress", "Old street 1", Samples.ADDRESS),
                new FieldChange("engraving", null, "Forever yours")));

        assertThat(capture.raw()).doesNotContain(Samples.ADDRESS, "Old street 1", "Tverskaya");
        JsonNode line = capture.single();
        assertThat(line.at("/order/number").asString()).isEqualTo(Samples.ORDER);
        assertThat(line.at("/customer/id").asString()).isEqualTo(Samples.CUSTOMER);
        assertThat(line.at("/order/changes/deliveryAddress/new").asString()).isNotBlank();
        assertThat(line.at("/order/changes/engraving/new").asString()).isEqualTo("Forever yours");
    }

    @Test
    void aPasswordInFreeTextIsMasked() {
        capture("").slf4j().getLogger("com.example.crm.Login")
                .warn("login failed for " + Samples.CUSTOMER + " with password=" + Samples.PASSWORD);

        assertThat(capture.raw()).doesNotContain(Samples.PASSWORD, "Tr0ub4dor");
        assertThat(capture.single().get("message").asString()).contains(Samples.CUSTOMER, "password=");
    }

    @Test
    void anEmailInTheMdcAndInAnExceptionMessageIsMasked() {
        ThreadContext.put("customerContact", Samples.EMAIL);
        ThreadContext.put("orderNumber", Samples.ORDER);
        capture("").slf4j().getLogger("com.example.crm.Mail")
                .error("notification failed", new IllegalStateException("mailbox " + Samples.EMAIL + " is full"));

        assertThat(capture.raw()).doesNotContain(Samples.EMAIL);
        JsonNode line = capture.single();
        assertThat(line.at("/labels/customerContact").asString()).isNotBlank();
        assertThat(line.at("/labels/orderNumber").asString()).isEqualTo(Samples.ORDER);
        assertThat(line.at("/error/message").asString()).startsWith("mailbox ").endsWith(" is full");
        assertThat(line.at("/error/stack_trace").asString()).startsWith("java.lang.IllegalStateException: mailbox ");
    }

    @Test
    void sensitiveFieldsOfDebugDetailAreMaskedByKind() {
        capture("").level("com.example.crm.Orders", Level.DEBUG);
        Samples.debugDetail(capture.events("com.example.crm.Orders"));

        assertThat(capture.raw()).doesNotContain("Anna Petrova", Samples.EMAIL);
        assertThat(capture.single().at("/detail/customer/id").asString()).isEqualTo(Samples.CUSTOMER);
    }

    @Test
    void rulesFromTheNestedMaskingElementApplyToContextDataAndFreeText() {
        String loyaltyNumber = "LC-" + 4711_0815;
        capture("""
                <JewelryMasking fieldRules="loyaltyCard=card">
                  <MaskingValueRule>loyalty-number|LC-\\d{8}|other</MaskingValueRule>
                </JewelryMasking>""");
        ThreadContext.put("loyaltyCard", "club " + 12345);
        capture.slf4j().getLogger("com.example.crm.Loyalty").info("points added to " + loyaltyNumber);

        assertThat(capture.raw()).doesNotContain(loyaltyNumber, "club 12345");
        assertThat(capture.single().get("message").asString()).startsWith("points added to ");
    }

    @Test
    void theLayoutIsFoundByItsNameInXmlAndRunsWithoutLogbackNorLle() {
        capture("");
        EventLogger events = capture.events("com.example.crm.Orders");
        events.costCalculationCompleted(Samples.CUSTOMER, Samples.ORDER, com.jewelry.logging.core.event.Money.rub("1.00"));

        assertThat(capture.layout()).isInstanceOf(JewelryJsonLayout.class);
        assertThat(capture.layout().getSystem()).isEqualTo("CRM");
        assertThat(capture.single().at("/event/action").asString()).isEqualTo("cost_calculation.completed");
        assertThatThrownBy(() -> Class.forName("ch.qos.logback.classic.LoggerContext"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("ch.qos.logback.core.ContextBase"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("net.logstash.logback.encoder.LogstashEncoder"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aBadRuleIsReportedOnTheStatusLoggerNamingTheAttributeAndTheGoodRulesStillApply() {
        List<String> reported = new CopyOnWriteArrayList<>();
        StatusListener listener = new StatusListener() {
            @Override
            public void log(StatusData data) {
                reported.add(data.getMessage().getFormattedMessage());
            }

            @Override
            public Level getStatusLevel() {
                return Level.WARN;
            }

            @Override
            public void close() {
            }
        };
        StatusLogger.getLogger().registerListener(listener);
        try {
            capture("""
                    <JewelryMasking disable="fone" fieldRules="loyaltyCard=card"/>""");
        } finally {
            StatusLogger.getLogger().removeListener(listener);
        }
        ThreadContext.put("loyaltyCard", "club " + 12345);
        capture.slf4j().getLogger("com.example.crm.Loyalty").info("points added");

        assertThat(reported).anySatisfy(m -> assertThat(m)
                .isEqualTo("jewelry-logging: Masking: ignored disable 'fone': unknown sensitive kind 'fone'"));
        assertThat(capture.raw()).doesNotContain("club 12345").contains("[masked:card]");
    }

    @Test
    void nelAndUnicodeLineSeparatorsAreWrittenEscaped() {
        capture("");
        capture.slf4j().getLogger("com.example.crm.Notes").info("one\u0085two\u2028three\u2029four");

        assertThat(capture.raw()).doesNotContain("\u0085", "\u2028", "\u2029")
                .contains("one\\u0085two\\u2028three\\u2029four");
        assertThat(capture.single().get("message").asString()).isEqualTo("one\u0085two\u2028three\u2029four");
    }
}
