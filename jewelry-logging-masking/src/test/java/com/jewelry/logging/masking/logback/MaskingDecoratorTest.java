package com.jewelry.logging.masking.logback;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every kind in every context, through a real LoggerContext and a real LogstashEncoder. */
class MaskingDecoratorTest {

    /** One sensitive value: the name a service would give its field, the raw value, and a text holding it. */
    record Case(String label, String field, String fieldValue, String raw, String text) {
        @Override
        public String toString() {
            return label; // never the value: it would land in the test report
        }
    }

    static List<Case> detectable() {
        String secret = Fixtures.secret();
        return List.of(
                new Case("e-mail", "customerEmail", Fixtures.email(), Fixtures.email(),
                        "contact " + Fixtures.email() + " asap"),
                new Case("phone +7", "phoneNumber", Fixtures.phonePlus(), Fixtures.phonePlus(),
                        "call " + Fixtures.phonePlus() + " today"),
                new Case("phone 8 (916)", "phone", Fixtures.phoneEight(), Fixtures.phoneEight(),
                        "call " + Fixtures.phoneEight() + " today"),
                new Case("compact phone", "mobile", Fixtures.phoneCompact(), Fixtures.phoneCompact(),
                        "sms to " + Fixtures.phoneCompact()),
                new Case("spaced card", "cardNumber", Fixtures.spaced(Fixtures.card()),
                        Fixtures.spaced(Fixtures.card()), "paid with " + Fixtures.spaced(Fixtures.card()) + "."),
                new Case("bare card", "pan", Fixtures.card("5469"), Fixtures.card("5469"),
                        "pan " + Fixtures.card("5469") + " declined"),
                new Case("passport", "passport", Fixtures.passport(), Fixtures.passport(),
                        "passport " + Fixtures.passport() + " checked"),
                new Case("INN", "inn", Fixtures.inn12(), Fixtures.inn12(), "inn " + Fixtures.inn12() + " ok"),
                new Case("SNILS", "snils", Fixtures.snilsFormatted(), Fixtures.snilsFormatted(),
                        "snils " + Fixtures.snilsFormatted() + " ok"),
                new Case("JWT", "accessToken", Fixtures.jwt(), Fixtures.jwt(), "token " + Fixtures.jwt()),
                new Case("bearer token", "authorization", "Bearer " + secret, secret,
                        "header Authorization: Bearer " + secret),
                new Case("password", "password", secret, secret, "login with password=" + secret + "&user=C-10042"),
                new Case("api key in URL", "apiKey", secret, secret,
                        "GET https://partner.local/api?api_key=" + secret + "&sku=RING-AU585-17"));
    }

    static List<Case> everyKindByName() {
        List<Case> cases = new java.util.ArrayList<>(detectable());
        cases.add(new Case("full name", "fullName", Fixtures.fullName(), Fixtures.fullName(), null));
        cases.add(new Case("first name", "firstName", "Ivan", "Ivan", null));
        cases.add(new Case("address", "deliveryAddress", Fixtures.address(), Fixtures.address(), null));
        return cases;
    }

    /** Reports only where a leak is, never the value, so a failing test does not print personal data. */
    private static void assertAbsent(JsonNode line, String raw) {
        List<String> strings = LogCapture.allStrings(line);
        List<Integer> leaks = java.util.stream.IntStream.range(0, strings.size())
                .filter(i -> strings.get(i).contains(raw)).boxed().toList();
        assertThat(leaks).as("positions of names/values in the log line that still hold the raw value").isEmpty();
    }

    private static void assertOrderStillThere(JsonNode line) {
        assertThat(line.get("message").stringValue()).contains("ORD-2026-000123");
    }

    @ParameterizedTest(name = "masks {0} under a sensitive field name")
    @MethodSource("everyKindByName")
    void masksValueUnderSensitiveFieldName(Case c) {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 changed", kv(c.field(), c.fieldValue()),
                kv("customerId", "C-10042"));

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.get(c.field()).stringValue()).isNotEmpty();
        assertThat(line.get("customerId").stringValue()).isEqualTo("C-10042");
        assertOrderStillThere(line);
    }

    @ParameterizedTest(name = "masks {0} nested below an ancestor with a sensitive name")
    @MethodSource("everyKindByName")
    void masksValueNestedBelowSensitiveAncestor(Case c) {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 changed", kv("order", Map.of("number", "ORD-2026-000123",
                "changes", Map.of(c.field(), Map.of("old", c.fieldValue(), "history", List.of(c.fieldValue()))))));

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.at("/order/number").stringValue()).isEqualTo("ORD-2026-000123");
        assertThat(line.at("/order/changes/" + c.field() + "/old").stringValue()).isNotEmpty();
    }

    @ParameterizedTest(name = "masks {0} in an MDC value under a sensitive key")
    @MethodSource("everyKindByName")
    void masksMdcValueUnderSensitiveKey(Case c) {
        LogCapture log = new LogCapture();
        log.context.getMDCAdapter().put(c.field(), c.fieldValue());
        log.context.getMDCAdapter().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        log.logger().info("Order ORD-2026-000123 paid");

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.get("traceId").stringValue()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @ParameterizedTest(name = "finds {0} under a harmless field name")
    @MethodSource("detectable")
    void findsValueUnderHarmlessFieldName(Case c) {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 noted", kv("note", c.text()), kv("sku", "RING-AU585-17"));

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.get("sku").stringValue()).isEqualTo("RING-AU585-17");
    }

    @ParameterizedTest(name = "finds {0} in the free-text message")
    @MethodSource("detectable")
    void findsValueInFreeTextMessage(Case c) {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 for C-10042: {}", c.text());

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.get("message").stringValue()).startsWith("Order ORD-2026-000123 for C-10042: ");
    }

    @ParameterizedTest(name = "finds {0} deep inside lists and maps with harmless names")
    @MethodSource("detectable")
    void findsValueNestedUnderHarmlessNames(Case c) {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 items", kv("items",
                List.of(Map.of("sku", "RING-AU585-17", "comments", List.of("gift", c.text())))));

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.at("/items/0/sku").stringValue()).isEqualTo("RING-AU585-17");
    }

    @ParameterizedTest(name = "finds {0} in an MDC value under a harmless key")
    @MethodSource("detectable")
    void findsValueInMdcUnderHarmlessKey(Case c) {
        LogCapture log = new LogCapture();
        log.context.getMDCAdapter().put("requestPath", c.text());
        log.logger().info("Order ORD-2026-000123 paid");

        assertAbsent(log.single(), c.raw());
    }

    @ParameterizedTest(name = "finds {0} in an exception message and its stack trace")
    @MethodSource("detectable")
    void findsValueInExceptionMessageAndStackTrace(Case c) {
        LogCapture log = new LogCapture();
        log.logger().error("Order ORD-2026-000123 failed",
                new IllegalStateException("payment failed", new IllegalArgumentException("rejected " + c.text())));

        JsonNode line = log.single();
        assertAbsent(line, c.raw());
        assertThat(line.get("stack_trace").stringValue()).contains("IllegalStateException: payment failed")
                .contains("MaskingDecoratorTest");
    }

    /** A service DTO whose property names say nothing; only the annotations tell. */
    record CustomerDto(
            String customerId,
            @Sensitive(kind = SensitiveKind.EMAIL) String contact,
            @Sensitive(kind = SensitiveKind.PHONE) String reach,
            @Sensitive(kind = SensitiveKind.CARD) String payment,
            @Sensitive(kind = SensitiveKind.NAME) String who,
            @Sensitive(kind = SensitiveKind.ADDRESS) Address where,
            @Sensitive(kind = SensitiveKind.PASSPORT) String document,
            @Sensitive(kind = SensitiveKind.INN) long tax,
            @Sensitive(kind = SensitiveKind.SNILS) String pension,
            @Sensitive(kind = SensitiveKind.SECRET) String word,
            @Sensitive(kind = SensitiveKind.TOKEN) String access) {
    }

    record Address(String city, String line, int flat) {
    }

    /** A classic bean with the annotation on a getter. */
    public static final class LegacyDto {
        public String getPartnerId() {
            return "P-77";
        }

        @Sensitive(kind = SensitiveKind.NAME)
        public String getContactPerson() {
            return Fixtures.fullName();
        }
    }

    @Test
    void masksAnnotatedDtoPropertiesByTheirDeclaredKind() {
        String card = Fixtures.card();
        CustomerDto dto = new CustomerDto("C-10042", Fixtures.email(), Fixtures.phonePlus(), card,
                Fixtures.fullName(), new Address("Moscow", Fixtures.address(), 12), Fixtures.passport(),
                Long.parseLong(Fixtures.inn12()), Fixtures.snils(), Fixtures.secret(), Fixtures.jwt());
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 customer", kv("customer", dto), kv("partner", new LegacyDto()));

        JsonNode line = log.single();
        for (String raw : List.of(Fixtures.email(), Fixtures.phonePlus(), card, Fixtures.fullName(),
                Fixtures.address(), "Moscow", Fixtures.passport(), Fixtures.inn12(), Fixtures.snils(),
                Fixtures.secret(), Fixtures.jwt())) {
            assertAbsent(line, raw);
        }
        JsonNode customer = line.get("customer");
        assertThat(customer.get("customerId").stringValue()).isEqualTo("C-10042");
        assertThat(customer.get("contact").stringValue()).isEqualTo("i***@example.ru");
        assertThat(customer.get("payment").stringValue()).isEqualTo("************" + card.substring(12));
        assertThat(customer.get("who").stringValue()).isEqualTo("[masked:name]");
        assertThat(customer.at("/where/line").stringValue()).isEqualTo("[masked:address]");
        assertThat(customer.get("tax").stringValue()).isEqualTo("[masked:inn]");
        assertThat(line.at("/partner/partnerId").stringValue()).isEqualTo("P-77");
        assertThat(line.at("/partner/contactPerson").stringValue()).isEqualTo("[masked:name]");
    }

    @Test
    void keepsEverythingOperatorsNeedUnchanged() {
        String luhnFailing = Fixtures.luhnFailing16();
        LogCapture log = new LogCapture();
        log.context.getMDCAdapter().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        log.context.getMDCAdapter().put("spanId", "00f067aa0ba902b7");
        log.logger().info("Order {} created for {} at {}", kv("orderNumber", "ORD-2026-000123"),
                kv("customerId", "C-10042"), kv("createdAt", "2026-11-25T10:15:30.123+03:00"),
                kv("partnerId", "P-77"), kv("orderRef", luhnFailing), kv("orderSeq", Long.parseLong(luhnFailing)),
                kv("items", List.of(Map.of("sku", "RING-AU585-17", "name", "Ring gold 585", "qty", 1,
                        "price", new BigDecimal("12500.00")))),
                kv("modelId", "MDL-3D-000981"), kv("requestId", "123e4567-e89b-12d3-a456-426614174000"),
                kv("duration", "PT1.5S"), kv("elapsedMs", 1500), kv("status", "PAID"));

        JsonNode line = log.single();
        assertThat(line.get("message").stringValue()).isEqualTo(
                "Order orderNumber=ORD-2026-000123 created for customerId=C-10042 at createdAt=2026-11-25T10:15:30.123+03:00");
        assertThat(line.get("orderNumber").stringValue()).isEqualTo("ORD-2026-000123");
        assertThat(line.get("customerId").stringValue()).isEqualTo("C-10042");
        assertThat(line.get("partnerId").stringValue()).isEqualTo("P-77");
        assertThat(line.get("orderRef").stringValue()).isEqualTo(luhnFailing);
        assertThat(line.get("orderSeq").longValue()).isEqualTo(Long.parseLong(luhnFailing));
        assertThat(line.at("/items/0/sku").stringValue()).isEqualTo("RING-AU585-17");
        assertThat(line.at("/items/0/name").stringValue()).isEqualTo("Ring gold 585");
        assertThat(line.at("/items/0/price").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(line.get("modelId").stringValue()).isEqualTo("MDL-3D-000981");
        assertThat(line.get("requestId").stringValue()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(line.get("traceId").stringValue()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(line.get("spanId").stringValue()).isEqualTo("00f067aa0ba902b7");
        assertThat(line.get("duration").stringValue()).isEqualTo("PT1.5S");
        assertThat(line.get("elapsedMs").intValue()).isEqualTo(1500);
        assertThat(line.get("status").stringValue()).isEqualTo("PAID");
        assertThat(line.get("level").stringValue()).isEqualTo("INFO");
    }

    @Test
    void masksCardNumbersWrittenAsJsonNumbersUnderCardNames() {
        String card = Fixtures.card();
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 paid", kv("cardNumber", Long.parseLong(card)),
                kv("pan", new BigInteger(card)), kv("card", Map.of("number", Long.parseLong(card))));

        JsonNode line = log.single();
        assertAbsent(line, card);
        assertThat(line.get("cardNumber").stringValue()).isEqualTo("************" + card.substring(12));
        assertThat(line.get("pan").stringValue()).isEqualTo("************" + card.substring(12));
    }

    @Test
    void masksValuesAppendedThroughLogstashMarkersAndEntries() {
        LogCapture log = new LogCapture();
        log.logger().info(net.logstash.logback.marker.Markers.append("customerEmail", Fixtures.email())
                        .and(net.logstash.logback.marker.Markers.appendEntries(Map.of("note", "call " + Fixtures.phonePlus()))),
                "Order ORD-2026-000123 updated", net.logstash.logback.argument.StructuredArguments.entries(
                        Map.of("deliveryAddress", Map.of("city", "Moscow"))));

        JsonNode line = log.single();
        assertAbsent(line, Fixtures.email());
        assertAbsent(line, Fixtures.phonePlus());
        assertAbsent(line, "Moscow");
        assertThat(line.get("customerEmail").stringValue()).isEqualTo("i***@example.ru");
    }

    @Test
    void appliesAPolicyReplacedAtRunTimeToTheNextLine() {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123", kv("partnerCode", "PC-1"));
        log.decorator.setPolicy(MaskingPolicy.builder().fieldRule("partnerCode", SensitiveKind.OTHER).build());
        log.decorator.stop();
        log.decorator.start();
        log.logger().info("Order ORD-2026-000124", kv("partnerCode", "PC-1"));

        List<JsonNode> lines = log.lines();
        assertThat(lines.get(0).get("partnerCode").stringValue()).isEqualTo("PC-1");
        assertThat(lines.get(1).get("partnerCode").stringValue()).isEqualTo("[masked:other]");
    }

    @Test
    void masksMapKeysThatAreThemselvesPersonalData() {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 recipients", kv("recipients", Map.of(Fixtures.email(), 2)));

        JsonNode line = log.single();
        assertAbsent(line, Fixtures.email());
        assertThat(line.get("recipients").get("i***@example.ru").intValue()).isEqualTo(2);
    }

    @Test
    void writesRawJsonWithASensitiveValueAsAMaskedString() {
        LogCapture log = new LogCapture();
        log.logger().info("Order ORD-2026-000123 payload", net.logstash.logback.argument.StructuredArguments
                .raw("payload", "{\"contact\":\"" + Fixtures.email() + "\",\"qty\":2}"));

        JsonNode line = log.single();
        assertAbsent(line, Fixtures.email());
    }

    @Test
    void failsClosedWhenARuleThrowsAndWarnsOnlyOnce() {
        JewelryMaskingDecorator decorator = new JewelryMaskingDecorator(MaskingPolicy.builder()
                .valueRule("exploding-rule", SensitiveKind.OTHER, text -> {
                    throw new IllegalStateException("cannot handle " + text);
                })
                .build());
        LogCapture log = new LogCapture(decorator);
        log.logger().info("Order ORD-2026-000123 for {}", Fixtures.email());
        log.logger().info("Order ORD-2026-000124 for {}", Fixtures.email());

        List<JsonNode> lines = log.lines();
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertAbsent(line, Fixtures.email());
            assertThat(line.get("message").stringValue()).isEqualTo("[masked:error]");
        }
        assertThat(log.warnings()).filteredOn(w -> w.contains("exploding-rule")).hasSize(1)
                .allSatisfy(w -> {
                    Fixtures.assertNoLeak(w, Fixtures.email());
                    assertThat(w).doesNotContain("cannot handle");
                });
        assertThat(decorator.getDiagnostics().ruleFailures()).isGreaterThanOrEqualTo(2);
    }


    @Test
    void skipsValueScansOnlyUnderFieldsDeclaredCodeWrittenAndStillAppliesNameRulesThere() {
        JewelryMaskingDecorator decorator = new JewelryMaskingDecorator();
        decorator.addUnscannedField("envelope");
        LogCapture capture = new LogCapture(decorator);
        String email = Fixtures.email();

        capture.logger().info("Order ORD-2026-000123 created",
                kv("envelope", Map.of("note", "written by code " + email, "phone", Fixtures.phonePlus())),
                kv("other", Map.of("note", "typed by a user " + email)));

        JsonNode line = capture.single();
        assertThat(line.at("/envelope/note").stringValue()).endsWith(email);
        assertThat(line.at("/envelope/phone").stringValue()).doesNotContain(Fixtures.phonePlus());
        assertThat(line.at("/other/note").stringValue()).doesNotContain(email);
        assertOrderStillThere(line);
    }
}
