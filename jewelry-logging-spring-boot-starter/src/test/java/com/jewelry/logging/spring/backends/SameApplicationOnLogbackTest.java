package com.jewelry.logging.spring.backends;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** The scenario on a Logback service (Boot's default logging starter); keeps its lines for the Log4j2 run. */
class SameApplicationOnLogbackTest extends SameApplicationScenario {

    @Override
    String expectedLoggingSystem() {
        return "org.springframework.boot.logging.logback.LogbackLoggingSystem";
    }

    @Override
    void compare(List<Map<String, String>> normalised) throws IOException {
        Files.createDirectories(LOGBACK_LINES.getParent());
        Files.writeString(LOGBACK_LINES, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(normalised));
    }
}
