package com.jewelry.logging.log4j2;

import com.jewelry.logging.log4j2.Log4j2LeakClassesTest.Contact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.raw;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Log4j2 service that also has logstash-logback-encoder's {@code StructuredArguments} on its class path (shared
 * code written for Logback services): {@code kv(..)} and {@code raw(..)} arguments get name rules and
 * {@code @Sensitive} like event fields. Runs in the execution that has LLE on the class path; the module's own
 * code needs none of it.
 */
class StructuredArgumentsParityTest {

    private static final String EMAIL = "ivan.petrov" + "@" + "mail.ru";

    @TempDir
    Path directory;

    private Log4j2Capture capture;

    @AfterEach
    void close() {
        if (capture != null) {
            capture.close();
        }
    }

    @Test
    void structuredArgumentsGetNameRulesAndSensitiveLikeEventFields() {
        capture = new Log4j2Capture(directory, "SHOP", "", "");
        capture.slf4j().getLogger("com.example.shop.Customers").info("updated {} {} {}",
                kv("fullName", "Ivan Ivanovich Petrov"), kv("customer", new Contact("C-4", EMAIL)),
                raw("payload", "{\"email\":\"" + EMAIL + "\",\"sku\":\"RING-1\"}"));

        JsonNode line = capture.single();
        assertThat(line.at("/labels/fullName").asString()).isNotBlank().doesNotContain("Ivanovich");
        assertThat(line.at("/detail/customer/id").asString()).isEqualTo("C-4");
        assertThat(line.at("/detail/customer/contact").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/payload/sku").asString()).isEqualTo("RING-1");
        assertThat(line.at("/detail/payload/email").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.get("message").asString()).startsWith("updated fullName=");
        assertThat(capture.raw()).doesNotContain(EMAIL, "Ivanovich", "Contact[");
    }
}
