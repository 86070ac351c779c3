package com.jewelry.logging.spring.backends;

import org.junit.jupiter.api.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario on a {@code spring-boot-starter-log4j2} service: no Logback class on the class path (surefire
 * execution {@code log4j2}, which runs the tests tagged {@code log4j2}); its lines must equal the Logback run's, field by field.
 */
@Tag("log4j2")
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

    @org.junit.jupiter.api.Test
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
