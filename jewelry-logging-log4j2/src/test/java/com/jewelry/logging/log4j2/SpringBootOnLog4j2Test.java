package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot 4 service on {@code spring-boot-starter-log4j2} (Boot's Logback starter excluded) pointed at the
 * shipped configuration with {@code logging.config=classpath:jewelry-log4j2.xml}: its very first log line, Boot's
 * {@code Starting ...}, is already a jewelry-logging JSON line, on standard output and in the system's file.
 */
class SpringBootOnLog4j2Test {

    @TempDir
    Path directory;

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        for (String name : List.of("JEWELRY_SYSTEM", "JEWELRY_ENVIRONMENT", "JEWELRY_LOG_DIR")) {
            System.clearProperty(name);
        }
    }

    @Test
    void theStartingLineOfASpringBootServiceOnLog4j2IsAJsonLineWithTheEnvelope() throws Exception {
        System.setProperty("JEWELRY_SYSTEM", "SHOP");
        System.setProperty("JEWELRY_ENVIRONMENT", "test");
        System.setProperty("JEWELRY_LOG_DIR", directory.toString());
        System.setOut(new PrintStream(new Tee(originalOut, stdout), true, StandardCharsets.UTF_8));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShopApplication.class)
                .main(ShopApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties("logging.config=classpath:jewelry-log4j2.xml", "spring.application.name=shop-checkout")
                .run()) {
            assertThat(LoggingSystem.get(getClass().getClassLoader()).getClass().getSimpleName()).isEqualTo("Log4J2LoggingSystem");
            EventLogger.forClass(ShopApplication.class)
                    .orderStatusChanged(Samples.CUSTOMER, Samples.ORDER, OrderStatus.NEW, OrderStatus.PAID);
        }

        List<String> printed = stdout.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        assertThat(printed).isNotEmpty();
        JsonNode starting = Log4j2Capture.JSON.readTree(printed.get(0));
        assertThat(starting.get("message").asString()).startsWith("Starting ");
        assertEnvelope(starting);
        JsonNode event = printed.stream().filter(l -> l.startsWith("{")).map(Log4j2Capture.JSON::readTree)
                .filter(line -> line.at("/event/action").isString()).findFirst().orElseThrow();
        assertThat(event.at("/event/action").asString()).isEqualTo("order.status_changed");
        assertThat(event.at("/order/number").asString()).isEqualTo(Samples.ORDER);

        Path file = directory.resolve("jewelry-shop.json");
        List<String> written = awaitLines(file);
        JsonNode firstInFile = Log4j2Capture.JSON.readTree(written.get(0));
        assertThat(firstInFile.get("message").asString()).startsWith("Starting ");
        assertEnvelope(firstInFile);
    }

    private static void assertEnvelope(JsonNode line) {
        assertThat(line.get("@timestamp").asString()).endsWith("Z");
        assertThat(line.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(line.at("/log/logger").asString()).isEqualTo(ShopApplication.class.getName());
        assertThat(line.get("system").asString()).isEqualTo("SHOP");
        assertThat(line.at("/service/name").asString()).isEqualTo("shop-checkout");
        assertThat(line.at("/service/environment").asString()).isEqualTo("test");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.operational");
    }

    /** The file is written behind an asynchronous queue; wait a little for it rather than sleep blindly. */
    private static List<String> awaitLines(Path file) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
                if (!lines.isEmpty()) {
                    return lines;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing written to " + file);
    }

    @SpringBootConfiguration
    static class ShopApplication {
    }

    /** Writes to the real standard output and into memory. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
