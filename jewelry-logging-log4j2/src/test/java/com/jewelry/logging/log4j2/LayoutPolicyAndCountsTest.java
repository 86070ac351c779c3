package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.masking.MaskingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Spring starter uses on a running layout: a policy given after Log4j2 built it, and the line count. */
class LayoutPolicyAndCountsTest {

    @TempDir
    Path directory;

    @Test
    void aPolicyGivenToARunningLayoutMasksTheNextLines() {
        try (Log4j2Capture capture = new Log4j2Capture(directory, "SHOP", "")) {
            org.slf4j.Logger logger = capture.slf4j().getLogger("shop");
            logger.info("ticket TCK-123456 opened");

            MaskingRules rules = new MaskingRules();
            rules.valueRule("jewelry.logging.masking.value-rules.ticket", "ticket", "TCK-\\d{6}", "other");
            capture.layout().setPolicy(rules.toPolicy());
            logger.info("ticket TCK-123456 opened");

            assertThat(capture.lines()).extracting(line -> line.get("message").asString())
                    .containsExactly("ticket TCK-123456 opened", "ticket [masked:other] opened");
        }
    }

    @Test
    void theLayoutCountsTheLinesItWrote() {
        try (Log4j2Capture capture = new Log4j2Capture(directory, "SHOP", "")) {
            EventLogger events = capture.events("shop");
            Samples.businessEvents(events);

            assertThat(capture.layout().linesWritten()).isEqualTo(capture.lines().size()).isEqualTo(8);
            assertThat(capture.layout().maskingFailures()).isZero();
        }
    }
}
