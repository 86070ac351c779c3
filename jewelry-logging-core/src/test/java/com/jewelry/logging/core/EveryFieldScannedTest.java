package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import com.jewelry.logging.core.event.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static com.jewelry.logging.core.Secrets.CARD;
import static com.jewelry.logging.core.Secrets.EMAIL;
import static com.jewelry.logging.core.Secrets.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, class 2: every field that can carry input is scanned, the thread and logger names (cached as
 * fragments), label and detail keys and the library's own {@code event.invalid} texts included.
 */
class EveryFieldScannedTest {

    private final LogCapture capture = new LogCapture("SHOP");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aThreadNamedAfterACustomerIsMaskedInTheLineAndStillCachedPerName() throws InterruptedException {
        String name = "user " + EMAIL + " " + CARD;
        Thread thread = new Thread(() -> {
            capture.context.getLogger("com.example.shop.Jobs").info("first");
            capture.context.getLogger("com.example.shop.Jobs").info("second");
        }, name);
        thread.start();
        thread.join();

        List<JsonNode> lines = capture.lines();
        assertThat(lines).hasSize(2);
        String written = lines.get(0).at("/process/thread/name").asString();
        assertThat(written).startsWith("user ").doesNotContain(EMAIL, CARD);
        Secrets.assertShowsAtMostTheCardsLastFour(written.substring(written.lastIndexOf(' ') - 14), "thread name");
        assertThat(lines.get(1).at("/process/thread/name").asString()).isEqualTo(written);
    }

    @Test
    void aLoggerNameHoldingAnEmailIsMasked() {
        capture.context.getLogger("com.example.shop.mail:" + EMAIL).info("hello");

        JsonNode line = capture.single();
        assertThat(line.at("/log/logger").asString()).startsWith("com.example.shop.mail:").doesNotContain(EMAIL);
        assertThat(line.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(capture.raw()).doesNotContain(EMAIL);
    }

    @Test
    void anMdcKeyHoldingAnEmailIsMaskedAsALabelName() {
        capture.context.getMDCAdapter().put("email=" + EMAIL, "yes");
        try {
            capture.context.getLogger("com.example.shop.Mail").info("sent");
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        List<String> names = new ArrayList<>();
        capture.single().get("labels").propertyNames().forEach(names::add);
        assertThat(names).hasSize(1);
        assertThat(names.get(0)).startsWith("email=").doesNotContain(EMAIL);
        assertThat(capture.raw()).doesNotContain(EMAIL);
    }

    @Test
    void aDetailKeyHoldingACardIsMasked() {
        capture.level("com.example.shop.Orders", Level.DEBUG);

        capture.events("com.example.shop.Orders").debug("retry", "card " + CARD, 3);

        List<String> names = new ArrayList<>();
        capture.single().get("detail").propertyNames().forEach(names::add);
        assertThat(names).hasSize(1);
        assertThat(names.get(0)).startsWith("card ").doesNotContain(CARD);
        Secrets.assertShowsAtMostTheCardsLastFour(names.get(0), "detail key");
    }

    @Test
    void anInvalidEventWhoseOffendingKeyHoldsAPhoneIsFlaggedWithThePhoneMasked() {
        capture.events("com.example.shop.Orders").orderUpdated("C-1", "ORD-1", List.of(
                new FieldChange("call " + PHONE, "a", "b"), new FieldChange("call " + PHONE, "c", "d")));

        JsonNode line = capture.lines().stream().filter(l -> l.at("/event/category").asString().equals("business"))
                .findFirst().orElseThrow();
        List<String> invalid = new ArrayList<>();
        line.at("/event/invalid").forEach(problem -> invalid.add(problem.asString()));
        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0)).startsWith("order.changes.call ").endsWith(": changed twice; first kept");
        Secrets.assertShowsAtMostThePhonesLastTwo(invalid.get(0), "event.invalid");
        assertThat(capture.raw()).doesNotContain("916 123");
    }

    @Test
    void theLevelSystemAndServiceWrittenByCodeAreUnchanged() {
        capture.context.getLogger("com.example.shop.Jobs").warn("done");

        JsonNode line = capture.single();
        assertThat(line.at("/log/level").asString()).isEqualTo("WARN");
        assertThat(line.at("/log/logger").asString()).isEqualTo("com.example.shop.Jobs");
        assertThat(line.get("system").asString()).isEqualTo("SHOP");
        assertThat(line.at("/service/name").asString()).isEqualTo("test-service");
        assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.error");
    }
}
