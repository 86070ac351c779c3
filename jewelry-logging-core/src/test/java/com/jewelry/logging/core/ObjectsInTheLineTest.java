package com.jewelry.logging.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static com.jewelry.logging.core.Secrets.CARD;
import static com.jewelry.logging.core.Secrets.CARD_DIGITS;
import static com.jewelry.logging.core.Secrets.EMAIL;
import static net.logstash.logback.argument.StructuredArguments.entries;
import static net.logstash.logback.argument.StructuredArguments.fields;
import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.raw;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, class 3: objects in a line (DEBUG detail, SLF4J key-values, LLE structured arguments) keep their name
 * rules and {@code @Sensitive} fields whatever Jackson makes of them, binaries are written as their length, and
 * none of them turns the line into the minimal last-resort line.
 */
class ObjectsInTheLineTest {

    private static final String FULL_NAME = "Ivan Ivanovich " + "Petrov";

    private final LogCapture capture = new LogCapture("CRM");
    private final Logger logger = capture.context.getLogger("com.example.crm.Customers");
    private final EventLogger events = capture.events("com.example.crm.Customers");

    @AfterEach
    void close() {
        capture.close();
    }

    @Test
    void aRecursiveObjectIsWrittenFieldByFieldWithItsSensitiveFieldsAndNameRulesAppliedAndTheCycleCut() {
        capture.level("com.example.crm.Customers", Level.DEBUG);
        Account account = new Account("C-1", EMAIL, FULL_NAME);
        account.self = account;

        events.debug("loaded", "account", account);

        JsonNode line = capture.single();
        assertThat(line.at("/detail/account/id").asString()).isEqualTo("C-1");
        assertThat(line.at("/detail/account/contact").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/account/fullName").asString()).isNotBlank().doesNotContain("Ivanovich");
        assertThat(line.at("/detail/account/self").asString()).startsWith("[cycle: ");
        assertThat(capture.raw()).doesNotContain(EMAIL, FULL_NAME, "toString");
        assertThat(invalid(line)).contains("detail.account: not serialisable; written field by field");
    }

    @Test
    void aPrivateFieldReadThroughADifferentlyNamedSensitiveGetterIsMaskedByTheGettersKind() {
        capture.level("com.example.crm.Customers", Level.DEBUG);

        events.debug("charged", "payment", new Payment(CARD_DIGITS));

        JsonNode line = capture.single();
        String written = line.at("/detail/payment/code").asString();
        assertThat(written).isNotBlank().doesNotContain(CARD_DIGITS.substring(0, 6));
        assertThat(capture.raw()).doesNotContain(CARD_DIGITS, "toString");
    }

    @Test
    void aRecordWhoseAccessorThrowsKeepsItsOtherComponentsAndMasksItsSensitiveOnes() {
        capture.level("com.example.crm.Customers", Level.DEBUG);

        events.debug("loaded", "customer", new Touchy("C-2", EMAIL, "lazy"));

        JsonNode line = capture.single();
        assertThat(line.at("/detail/customer/id").asString()).isEqualTo("C-2");
        assertThat(line.at("/detail/customer/contact").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/customer/note").isMissingNode()).isTrue();
        assertThat(invalid(line)).contains("detail.customer.note: unreadable (IllegalStateException)");
        assertThat(capture.raw()).doesNotContain(EMAIL, "toString");
    }

    @Test
    void aDetailObjectTooLongForOneLineIsCutButKeepsItsSensitiveFieldsMasked() {
        capture.level("com.example.crm.Customers", Level.DEBUG);
        List<String> tags = new ArrayList<>(Collections.nCopies(5000, "tag-value"));

        events.debug("loaded", "customer", new Tagged(EMAIL, tags));

        JsonNode line = capture.single();
        assertThat(line.at("/detail/customer/contact").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/customer/tags").size()).isBetween(1, 1000);
        assertThat(invalid(line)).contains("detail.customer: truncated after 1000 of 5000 items");
        assertThat(capture.raw()).doesNotContain(EMAIL, "toString");
    }

    @Test
    void binariesInDetailAndKeyValuesAreWrittenAsTheirLengthAndTheFullLineSurvives() {
        capture.level("com.example.crm.Customers", Level.DEBUG);
        capture.context.getMDCAdapter().put("tenant", "moscow-1");
        try {
            events.debug("uploaded", Map.of("photo", new byte[] {1, 2, 3}, "buffer", ByteBuffer.wrap(new byte[40]),
                    "letters", "1234".toCharArray(), "scan", new Scan("S-1", new byte[512])));
            logger.atInfo().addKeyValue("attachment", new byte[70_000]).log("stored");
        } finally {
            capture.context.getMDCAdapter().clear();
        }

        List<JsonNode> lines = capture.lines();
        assertThat(lines).hasSize(2);
        JsonNode debug = lines.get(0);
        assertThat(debug.get("message").asString()).isEqualTo("uploaded");
        assertThat(debug.at("/labels/tenant").asString()).isEqualTo("moscow-1");
        // the minimal last-resort line keeps whole seconds only
        assertThat(debug.get("@timestamp").asString()).matches(".*T\\d\\d:\\d\\d:\\d\\d\\.\\d+Z");
        assertThat(debug.at("/detail/photo/bytes").asInt()).isEqualTo(3);
        assertThat(debug.at("/detail/buffer/bytes").asInt()).isEqualTo(40);
        assertThat(debug.at("/detail/letters/chars").asInt()).isEqualTo(4);
        assertThat(debug.at("/detail/scan/image/bytes").asInt()).isEqualTo(512);
        assertThat(debug.at("/detail/scan/id").asString()).isEqualTo("S-1");
        assertThat(debug.at("/event/invalid").isMissingNode()).isTrue();
        JsonNode info = lines.get(1);
        assertThat(info.get("message").asString()).isEqualTo("stored");
        assertThat(info.at("/labels/tenant").asString()).isEqualTo("moscow-1");
        assertThat(info.at("/log/logger").asString()).isEqualTo("com.example.crm.Customers");
        assertThat(info.at("/detail/attachment/bytes").asInt()).isEqualTo(70_000);
        assertThat(capture.raw().replaceAll("\"@timestamp\":\"[^\"]*\"", "")).doesNotContain("1234", "AQID"); // a timestamp's digits may hold "1234"
    }

    @Test
    void aDtoPassedToAddKeyValueGoesToDetailWithItsSensitiveFieldsMaskedAndScalarsStayLabels() {
        logger.atInfo().addKeyValue("customer", new Contact("C-3", EMAIL, FULL_NAME)).addKeyValue("orderId", "ORD-1")
                .addKeyValue("attempt", 2).log("notified");

        JsonNode line = capture.single();
        assertThat(line.at("/labels/orderId").asString()).isEqualTo("ORD-1");
        assertThat(line.at("/labels/attempt").asString()).isEqualTo("2");
        assertThat(line.at("/detail/customer/id").asString()).isEqualTo("C-3");
        assertThat(line.at("/detail/customer/contact").asString()).isNotBlank();
        assertThat(capture.raw()).doesNotContain(EMAIL, FULL_NAME, "Contact[");
    }

    @Test
    void structuredArgumentsOfLogstashLogbackEncoderGetNameRulesAndSensitiveLikeEventFields() {
        logger.info("updated {} {} {} {} {}", kv("fullName", FULL_NAME), kv("customer", new Contact("C-4", EMAIL, FULL_NAME)),
                raw("payload", "{\"email\":\"" + EMAIL + "\",\"sku\":\"RING-1\"}"), entries(Map.of("contactEmail", EMAIL)),
                fields(new Contact("C-5", EMAIL, FULL_NAME)));

        JsonNode line = capture.single();
        assertThat(line.at("/labels/fullName").asString()).isNotBlank().doesNotContain("Ivanovich");
        assertThat(line.at("/labels/contactEmail").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/customer/id").asString()).isEqualTo("C-4");
        assertThat(line.at("/detail/payload/sku").asString()).isEqualTo("RING-1");
        assertThat(line.at("/detail/payload/email").asString()).isNotBlank().doesNotContain("ivan.petrov");
        assertThat(line.at("/detail/id").asString()).isEqualTo("C-5");
        assertThat(line.get("message").asString()).startsWith("updated fullName=").contains("customer={\"id\":\"C-4\"");
        assertThat(capture.raw()).doesNotContain(EMAIL, FULL_NAME, "Contact[");
    }

    @Test
    void aDtoPassedAsAPlainMessageArgumentIsWrittenInTheMessageAsItsMaskedJsonNotItsToString() {
        logger.info("customer {} placed {}", new Contact("C-6", EMAIL, FULL_NAME), "ORD-6");

        JsonNode line = capture.single();
        String message = line.get("message").asString();
        assertThat(message).startsWith("customer {\"id\":\"C-6\",\"contact\":").endsWith("} placed ORD-6");
        assertThat(capture.raw()).doesNotContain(EMAIL, FULL_NAME, "Contact[");
    }

    @Test
    void aPlainMessageWithScalarArgumentsIsFormattedAsBefore() {
        logger.info("order {} paid {} times, {}", "ORD-7", 2, true);

        assertThat(capture.single().get("message").asString()).isEqualTo("order ORD-7 paid 2 times, true");
    }

    private static List<String> invalid(JsonNode line) {
        List<String> problems = new ArrayList<>();
        line.at("/event/invalid").forEach(problem -> problems.add(problem.asString()));
        return problems;
    }

    /** Refers to itself: Jackson gives up on the cycle. */
    public static final class Account {
        public final String id;
        @Sensitive(kind = SensitiveKind.EMAIL)
        public final String contact;
        public final String fullName;
        public Account self;

        Account(String id, String contact, String fullName) {
            this.id = id;
            this.contact = contact;
            this.fullName = fullName;
        }

        @Override
        public String toString() {
            return "toString " + contact + " " + fullName;
        }
    }

    /** The card sits in a private field read through a getter of another name; another getter throws. */
    public static final class Payment {
        private final String code;

        Payment(String code) {
            this.code = code;
        }

        @Sensitive(kind = SensitiveKind.CARD)
        public String getCardNumber() {
            return code;
        }

        public String getStatus() {
            throw new IllegalStateException("not loaded");
        }

        @Override
        public String toString() {
            return "toString " + code;
        }
    }

    public record Touchy(String id, @Sensitive(kind = SensitiveKind.EMAIL) String contact, String note) {
        @Override
        public String note() {
            throw new IllegalStateException("lazy");
        }

        @Override
        public String toString() {
            return "toString " + contact;
        }
    }

    public record Tagged(@Sensitive(kind = SensitiveKind.EMAIL) String contact, List<String> tags) {
        @Override
        public String toString() {
            return "toString " + contact;
        }
    }

    public record Scan(String id, byte[] image) {
    }

    public record Contact(String id, @Sensitive(kind = SensitiveKind.EMAIL) String contact, String fullName) {
    }
}
