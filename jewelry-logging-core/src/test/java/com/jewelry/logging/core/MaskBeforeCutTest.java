package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.jewelry.logging.core.Secrets.CARD;
import static com.jewelry.logging.core.Secrets.EMAIL;
import static com.jewelry.logging.core.Secrets.PASSWORD;
import static com.jewelry.logging.core.Secrets.PHONE;
import static com.jewelry.logging.core.Secrets.filler;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, class 1: a long value is masked whole and then cut, so a card, phone, e-mail or password straddling
 * the limit never leaves its head in the line, at any cut position, in any field that is cut.
 */
class MaskBeforeCutTest {

    private static final int LIMIT = 64;
    private static final int TRACE_LIMIT = 256;
    private static final String TRACE_HEAD = IllegalStateException.class.getName() + ": ";

    private final LogCapture capture = new LogCapture("SHOP", encoder -> {
        encoder.setMaxStringLength(LIMIT);
        encoder.setMaxStackTraceLength(TRACE_LIMIT);
    });
    private final Logger logger = capture.context.getLogger("com.example.shop.Payments");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aCardStraddlingTheLimitShowsAtMostItsLastFourDigitsInEveryCutFieldAtEveryOffset() {
        capture.level("com.example.shop.Orders", Level.DEBUG);
        EventLogger events = capture.events("com.example.shop.Orders");
        for (int offset = 0; offset <= CARD.length() + 1; offset++) {
            String value = filler(LIMIT - offset) + CARD + " zz";
            capture.context.getMDCAdapter().put("note", value);
            try {
                logger.atInfo().addKeyValue("comment", value)
                        .setCause(new IllegalStateException(filler(TRACE_LIMIT - TRACE_HEAD.length() - offset) + CARD + " zz"))
                        .log(value);
                events.debug("detail", "remark", value);
            } finally {
                capture.context.getMDCAdapter().clear();
            }
        }

        List<JsonNode> lines = capture.lines();
        assertThat(lines).hasSize(2 * (CARD.length() + 2));
        for (int i = 0; i < lines.size(); i += 2) {
            JsonNode plain = lines.get(i);
            String at = "offset " + i / 2;
            assertThat(plain.get("message").asString()).contains("[truncated, ");
            Secrets.assertShowsAtMostTheCardsLastFour(plain.get("message").asString(), at + " message");
            Secrets.assertShowsAtMostTheCardsLastFour(plain.at("/labels/note").asString(), at + " MDC label");
            Secrets.assertShowsAtMostTheCardsLastFour(plain.at("/labels/comment").asString(), at + " key-value label");
            Secrets.assertShowsAtMostTheCardsLastFour(plain.at("/error/message").asString(), at + " error message");
            String trace = plain.at("/error/stack_trace").asString();
            assertThat(trace).contains("[truncated, ");
            Secrets.assertShowsAtMostTheCardsLastFour(trace.lines().findFirst().orElseThrow(), at + " stack trace");
            Secrets.assertShowsAtMostTheCardsLastFour(lines.get(i + 1).at("/detail/remark").asString(), at + " detail");
        }
    }

    @Test
    void aPhoneAnEmailAndAPasswordStraddlingTheLimitLeaveNoHeadInTheMessageAtAnyOffset() {
        for (int offset = 0; offset <= 30; offset++) {
            logger.info(filler(LIMIT - offset) + "call " + PHONE + " zz");
            logger.info(filler(LIMIT - offset) + EMAIL + " zz");
            logger.info(filler(LIMIT - offset) + "password=" + PASSWORD + " zz");
        }

        List<JsonNode> lines = capture.lines();
        assertThat(lines).hasSize(3 * 31);
        for (int i = 0; i < lines.size(); i += 3) {
            Secrets.assertShowsAtMostThePhonesLastTwo(lines.get(i).get("message").asString(), "phone at " + i / 3);
            Secrets.assertShowsNoEmailLocalPart(lines.get(i + 1).get("message").asString(), "e-mail at " + i / 3);
            Secrets.assertShowsNoPassword(lines.get(i + 2).get("message").asString(), "password at " + i / 3);
        }
    }

    @Test
    void aShortValueIsWrittenWholeAndMaskedWithoutATruncationMarker() {
        logger.info("paid with " + CARD);

        String message = capture.single().get("message").asString();
        assertThat(message).startsWith("paid with ").doesNotContain("[truncated").endsWith(CARD.substring(CARD.length() - 4));
        assertThat(message).doesNotContain(CARD);
    }
}
