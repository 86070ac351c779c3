package com.jewelry.logging.spring.backends;

import com.jewelry.logging.spring.support.JsonLines;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario on a {@code spring-boot-starter-log4j2} service: no Logback class on the class path (surefire
 * execution {@code log4j2}, which runs the tests tagged {@code log4j2}); its lines must equal the Logback run's, field by field.
 */
@Tag("log4j2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SameApplicationOnLog4j2Test extends SameApplicationScenario {

    @Override
    String expectedLoggingSystem() {
        return "org.springframework.boot.logging.log4j2.Log4J2LoggingSystem";
    }

    @Override
    void compare(List<Map<String, String>> normalised) {
        assertThat(LOGBACK_LINES).as("the Logback run's lines (SameApplicationOnLogbackTest runs first in the build)")
                .exists();
        List<Map<String, String>> logback = JsonMapper.builder().build()
                .readValue(LOGBACK_LINES.toFile(), new TypeReference<List<Map<String, String>>>() { });
        assertThat(normalised).hasSameSizeAs(logback);
        for (int i = 0; i < logback.size(); i++) {
            assertThat(normalised.get(i)).as("line %d", i).containsExactlyInAnyOrderEntriesOf(logback.get(i));
        }
    }

    /** Runs last: it reconfigures Log4j2 under the running service. */
    @Test
    @Order(Integer.MAX_VALUE)
    void afterLog4j2IsReconfiguredTheServicesMaskingAndTheRootLoggerHookStay() {
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        double warnings = registry.get("jewelry.logging.lines").tag("level", "warn").counter().count();

        ((LoggerContext) LogManager.getContext(false)).reconfigure();
        LoggerFactory.getLogger(ParityApplication.CheckoutService.class).warn("ticket TCK-654321 reopened");

        assertThat(registry.get("jewelry.logging.lines").tag("level", "warn").counter().count()).isEqualTo(warnings + 1);
        JsonNode reopened = JsonLines.parse(stdout.toString(StandardCharsets.UTF_8)).stream()
                .filter(JsonLines.hasText("log.level", "WARN"))
                .filter(line -> String.valueOf(JsonLines.text(line, "message")).startsWith("ticket ")).findFirst().orElseThrow();
        assertThat(JsonLines.text(reopened, "message")).isEqualTo("ticket [masked:other] reopened");
    }

    @Test
    void theClassPathHoldsNoLogbackClass() {
        assertThat(classPresent("ch.qos.logback.classic.LoggerContext")).isFalse();
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, SameApplicationOnLog4j2Test.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
