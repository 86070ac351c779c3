package com.jewelry.logging.spring.startup;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.pipeline.PipelineStats;
import com.jewelry.logging.spring.logback.LogbackPipeline;
import com.jewelry.logging.spring.support.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container runtime collects standard output and standard error alike: a service on the starter writes one JSON
 * object per line on both, from the start (no plain-text Logback status such as "Appender named [...] not
 * referenced") through the library's own warnings about an invalid event (a JSON line on the diagnostics logger,
 * counted in the stats view, instead of a plain-text status line on standard error).
 */
@ExtendWith(OutputCaptureExtension.class)
class OneJsonObjectPerLineTest {

    @Test
    void everyLineOnStandardOutputAndStandardErrorIsOneJsonObjectFromTheStartThroughAnInvalidEvent(CapturedOutput output)
            throws Exception {
        long diagnosticsWarnings;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopService.class)
                .web(WebApplicationType.NONE)
                .properties("jewelry.logging.system=SHOP", "spring.application.name=shop-checkout",
                        "jewelry.logging.file.dir=target/one-json-object-logs")
                .run()) {
            EventLogger events = EventLogger.create(LoggerFactory.getILoggerFactory(), "com.example.shop.Orders", Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                // no items: written with order.items flagged in event.invalid, and a warning of the library's own
                events.orderCreated("C-" + i, "ORD-" + i, null, Money.rub("10.00"));
            }
            awaitLine(output, "flagged fields");
            diagnosticsWarnings = LogbackPipeline.current().orElseThrow().stats().stream()
                    .filter(s -> s.appender().equals("JEWELRY_JSON_CONSOLE"))
                    .mapToLong(PipelineStats::diagnosticsWarnings).sum();
        }

        List<JsonNode> out = JsonLines.parse(output.getOut());
        List<JsonNode> err = JsonLines.parse(output.getErr());
        assertThat(out).isNotEmpty();
        assertThat(output.getErr()).doesNotContain("|-WARN", "|-ERROR");
        assertThat(err).as("standard error").allSatisfy(line -> assertThat(line.isObject()).isTrue());
        JsonNode warning = out.stream()
                .filter(line -> LogFields.DIAGNOSTICS_LOGGER.equals(text(line, "log.logger")))
                .filter(line -> String.valueOf(text(line, "message")).contains("order.created written with flagged fields"))
                .findFirst().orElseThrow(() -> new AssertionError("no diagnostics line for the invalid event"));
        assertThat(text(warning, "log.level")).isEqualTo("WARN");
        assertThat(text(warning, "system")).isEqualTo("SHOP");
        // reported once, all three counted
        assertThat(out).filteredOn(line -> String.valueOf(text(line, "message")).contains("written with flagged fields"))
                .hasSize(1);
        assertThat(diagnosticsWarnings).isGreaterThanOrEqualTo(3);
    }

    /** The diagnostics line is logged on Logback's own executor, just after the line that raised it. */
    private static void awaitLine(CapturedOutput output, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!output.getOut().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ShopService {
    }
}
