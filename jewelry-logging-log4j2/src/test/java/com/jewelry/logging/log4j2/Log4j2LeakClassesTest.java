package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.masking.MaskedCut;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, leak classes 1 to 3 on the Log4j2 layout: mask before cut, every input field scanned, objects keep
 * their name rules and {@code @Sensitive}. The Logback side has the same cases in core.
 */
class Log4j2LeakClassesTest {

    private static final String CARD = spaced(luhn("427638001234567"));
    private static final String CARD_DIGITS = CARD.replace(" ", "");
    private static final String PHONE = "+7 916 " + "123-45-67";
    private static final String EMAIL = "ivan.petrov" + "@" + "mail.ru";
    private static final String PASSWORD = "Qw7k" + "Zp9LxM";
    private static final int LIMIT = 64;
    private static final int TRACE_LIMIT = 256;

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

    private Log4j2Capture capture(String attributes) {
        capture = new Log4j2Capture(directory, "SHOP", attributes, "");
        return capture;
    }

    @Nested
    class MaskBeforeCut {

        @Test
        void aCardStraddlingTheLimitShowsAtMostItsLastFourDigitsInEveryCutFieldAtEveryOffset() {
            capture("maxStringLength=\"" + LIMIT + "\" maxStackTraceLength=\"" + TRACE_LIMIT + "\"");
            capture.level("com.example.shop.Orders", Level.DEBUG);
            Logger logger = capture.slf4j().getLogger("com.example.shop.Payments");
            EventLogger events = capture.events("com.example.shop.Orders");
            String traceHead = IllegalStateException.class.getName() + ": ";
            for (int offset = 0; offset <= CARD.length() + 1; offset++) {
                String value = filler(LIMIT - offset) + CARD + " zz";
                ThreadContext.put("note", value);
                logger.info(value, new IllegalStateException(filler(TRACE_LIMIT - traceHead.length() - offset) + CARD + " zz"));
                ThreadContext.clearAll();
                events.debug("detail", "remark", value);
            }

            List<JsonNode> lines = capture.lines();
            assertThat(lines).hasSize(2 * (CARD.length() + 2));
            for (int i = 0; i < lines.size(); i += 2) {
                JsonNode plain = lines.get(i);
                String at = "offset " + i / 2;
                assertThat(plain.get("message").asString()).contains("[truncated, ");
                assertShowsAtMostTheCardsLastFour(plain.get("message").asString(), at + " message");
                assertShowsAtMostTheCardsLastFour(plain.at("/labels/note").asString(), at + " context label");
                assertShowsAtMostTheCardsLastFour(plain.at("/error/message").asString(), at + " error message");
                String trace = plain.at("/error/stack_trace").asString();
                assertThat(trace).contains("[truncated, ");
                assertShowsAtMostTheCardsLastFour(trace.lines().findFirst().orElseThrow(), at + " stack trace");
                assertShowsAtMostTheCardsLastFour(lines.get(i + 1).at("/detail/remark").asString(), at + " detail");
            }
        }

        @Test
        void aPhoneAnEmailAndAPasswordStraddlingTheLimitLeaveNoHeadInTheMessageAtAnyOffset() {
            capture("maxStringLength=\"" + LIMIT + "\"");
            Logger logger = capture.slf4j().getLogger("com.example.shop.Payments");
            for (int offset = 0; offset <= 30; offset++) {
                logger.info(filler(LIMIT - offset) + "call " + PHONE + " zz");
                logger.info(filler(LIMIT - offset) + EMAIL + " zz");
                logger.info(filler(LIMIT - offset) + "password=" + PASSWORD + " zz");
            }

            List<JsonNode> lines = capture.lines();
            assertThat(lines).hasSize(3 * 31);
            for (int i = 0; i < lines.size(); i += 3) {
                String phone = digits(beforeTruncation(lines.get(i).get("message").asString()));
                assertThat("67").as("phone at %d", i / 3).startsWith(phone);
                assertThat(lines.get(i + 1).get("message").asString()).as("e-mail at %d", i / 3).doesNotContain("va", "pet");
                assertThat(lines.get(i + 2).get("message").asString()).as("password at %d", i / 3).doesNotContain("Qw", "Zp9");
            }
        }
    }

    @Nested
    class EveryFieldScanned {

        @Test
        void aThreadNamedAfterACustomerAndALoggerNameWithAnEmailAreMasked() throws InterruptedException {
            capture("");
            Thread thread = new Thread(() -> capture.slf4j().getLogger("com.example.shop.mail:" + EMAIL).info("sent"),
                    "user " + EMAIL + " " + CARD);
            thread.start();
            thread.join();

            JsonNode line = capture.single();
            assertThat(line.at("/process/thread/name").asString()).startsWith("user ").doesNotContain(EMAIL, CARD);
            assertThat(line.at("/log/logger").asString()).startsWith("com.example.shop.mail:").doesNotContain(EMAIL);
            assertThat(capture.raw()).doesNotContain(EMAIL, CARD);
        }

        @Test
        void aContextKeyWithAnEmailAndADetailKeyWithACardAreMaskedAsNames() {
            capture("");
            capture.level("com.example.shop.Orders", Level.DEBUG);
            ThreadContext.put("email=" + EMAIL, "yes");
            capture.slf4j().getLogger("com.example.shop.Mail").info("sent");
            ThreadContext.clearAll();
            capture.events("com.example.shop.Orders").debug("retry", "card " + CARD, 3);

            List<JsonNode> lines = capture.lines();
            assertThat(names(lines.get(0).get("labels"))).singleElement().asString().startsWith("email=").doesNotContain(EMAIL);
            assertThat(names(lines.get(1).get("detail"))).singleElement().asString().startsWith("card ").doesNotContain(CARD);
            assertThat(capture.raw()).doesNotContain(EMAIL, CARD);
        }

        @Test
        void anInvalidEventWhoseOffendingKeyHoldsAPhoneIsFlaggedWithThePhoneMasked() {
            capture("");
            capture.events("com.example.shop.Orders").orderUpdated("C-1", "ORD-1", List.of(
                    new FieldChange("call " + PHONE, "a", "b"), new FieldChange("call " + PHONE, "c", "d")));

            JsonNode line = capture.lines().get(0);
            assertThat(line.at("/event/invalid/0").asString()).startsWith("order.changes.call ")
                    .endsWith(": changed twice; first kept");
            assertThat(capture.raw()).doesNotContain("916 123");
        }
    }

    @Nested
    class ObjectsInTheLine {

        @Test
        void aRecursiveDetailObjectIsWrittenFieldByFieldWithItsSensitiveFieldMasked() {
            capture("");
            capture.level("com.example.shop.Orders", Level.DEBUG);
            Account account = new Account("C-1", EMAIL);
            account.self = account;

            capture.events("com.example.shop.Orders").debug("loaded", "account", account);

            JsonNode line = capture.single();
            assertThat(line.at("/detail/account/id").asString()).isEqualTo("C-1");
            assertThat(line.at("/detail/account/self").asString()).startsWith("[cycle: ");
            assertThat(capture.raw()).doesNotContain(EMAIL, "toString");
        }

        @Test
        void binariesAreWrittenAsTheirLengthAndTheFullLineSurvives() {
            capture("");
            capture.level("com.example.shop.Orders", Level.DEBUG);
            ThreadContext.put("tenant", "moscow-1");
            capture.events("com.example.shop.Orders").debug("uploaded", Map.of("photo", new byte[] {1, 2, 3},
                    "buffer", ByteBuffer.wrap(new byte[40]), "letters", "1234".toCharArray()));

            JsonNode line = capture.single();
            assertThat(line.get("message").asString()).isEqualTo("uploaded");
            assertThat(line.at("/labels/tenant").asString()).isEqualTo("moscow-1");
            assertThat(line.at("/detail/photo/bytes").asInt()).isEqualTo(3);
            assertThat(line.at("/detail/buffer/bytes").asInt()).isEqualTo(40);
            assertThat(line.at("/detail/letters/chars").asInt()).isEqualTo(4);
            assertThat(line.at("/event/invalid").isMissingNode()).isTrue();
            assertThat(capture.raw().replaceAll("\"@timestamp\":\"[^\"]*\"", "")).doesNotContain("1234", "AQID"); // a timestamp's digits may hold "1234"
        }

        @Test
        void aDtoPassedAsAPlainMessageArgumentIsWrittenInTheMessageAsItsMaskedJsonNotItsToString() {
            capture("");
            capture.slf4j().getLogger("com.example.shop.Customers").info("customer {} placed {}",
                    new Contact("C-6", EMAIL), "ORD-6");

            String message = capture.single().get("message").asString();
            assertThat(message).startsWith("customer {\"id\":\"C-6\",\"contact\":").endsWith("} placed ORD-6");
            assertThat(capture.raw()).doesNotContain(EMAIL, "Contact[");
        }
    }

    public static final class Account {
        public final String id;
        @Sensitive(kind = SensitiveKind.EMAIL)
        public final String contact;
        public Account self;

        Account(String id, String contact) {
            this.id = id;
            this.contact = contact;
        }

        @Override
        public String toString() {
            return "toString " + contact;
        }
    }

    public record Contact(String id, @Sensitive(kind = SensitiveKind.EMAIL) String contact) {
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static void assertShowsAtMostTheCardsLastFour(String text, String what) {
        String shown = digits(beforeTruncation(text));
        assertThat(CARD_DIGITS.substring(12)).as("%s shows only digits of the card's last four", what).startsWith(shown);
    }

    private static String beforeTruncation(String text) {
        int at = text.lastIndexOf(MaskedCut.TRUNCATED_PREFIX);
        return at < 0 ? text : text.substring(0, at);
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    /** Letters and spaces, ending with a space so the value after it stands alone. */
    private static String filler(int length) {
        StringBuilder sb = new StringBuilder(Math.max(0, length));
        while (sb.length() < length - 1) {
            sb.append(sb.length() % 5 == 4 ? ' ' : 'z');
        }
        return length > 0 ? sb.append(' ').toString() : "";
    }

    private static String luhn(String first15) {
        for (char check = '0'; check <= '9'; check++) {
            String candidate = first15 + check;
            int sum = 0;
            for (int i = 0; i < 16; i++) {
                int digit = candidate.charAt(15 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static String spaced(String card) {
        return card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " " + card.substring(12);
    }
}
