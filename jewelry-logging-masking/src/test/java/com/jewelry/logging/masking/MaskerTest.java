package com.jewelry.logging.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MaskerTest {

    private final Masker masker = Masker.of(MaskingPolicy.defaults());

    static Stream<Arguments> sensitiveValuesInFreeText() {
        return Stream.of(
                Arguments.of("email", Fixtures.email(), SensitiveKind.EMAIL),
                Arguments.of("phone with plus", Fixtures.phonePlus(), SensitiveKind.PHONE),
                Arguments.of("phone with 8 and parentheses", Fixtures.phoneEight(), SensitiveKind.PHONE),
                Arguments.of("compact phone", Fixtures.phoneCompact(), SensitiveKind.PHONE),
                Arguments.of("card after the word card", "card " + Fixtures.card(), SensitiveKind.CARD),
                Arguments.of("spaced card", Fixtures.spaced(Fixtures.card()), SensitiveKind.CARD),
                Arguments.of("dashed card", Fixtures.dashed(Fixtures.card("5469")), SensitiveKind.CARD),
                Arguments.of("passport", Fixtures.passport(), SensitiveKind.PASSPORT),
                Arguments.of("inn 10 after its name", "ИНН " + Fixtures.inn10(), SensitiveKind.INN),
                Arguments.of("inn 12 after its name", "inn " + Fixtures.inn12(), SensitiveKind.INN),
                Arguments.of("snils", Fixtures.snilsFormatted(), SensitiveKind.SNILS),
                Arguments.of("bare snils after its name", "СНИЛС " + Fixtures.snils(), SensitiveKind.SNILS),
                Arguments.of("local phone with parentheses", "(916) " + "123-45-67", SensitiveKind.PHONE),
                Arguments.of("local phone with groups", "916 123" + "-45-67", SensitiveKind.PHONE),
                Arguments.of("international phone", "+44 20 7946 " + "0958", SensitiveKind.PHONE),
                Arguments.of("passport without inner space after its name", "паспорт 4506 " + "123456",
                        SensitiveKind.PASSPORT),
                Arguments.of("card security code", "cvv=" + "123", SensitiveKind.SECRET),
                Arguments.of("basic credentials", "Basic " + "aXZhbjpzZWNyZXQ=", SensitiveKind.TOKEN),
                Arguments.of("jwt", Fixtures.jwt(), SensitiveKind.TOKEN));
    }

    @ParameterizedTest(name = "finds a {0} inside a sentence")
    @MethodSource("sensitiveValuesInFreeText")
    void findsSensitiveValueInsideFreeText(String label, String value, SensitiveKind kind) {
        String text = "Order ORD-2026-000123 for C-10042: value " + value + ", please check.";

        String masked = masker.maskText(text);

        Fixtures.assertNoLeak(masked, value);
        assertThat(masked).startsWith("Order ORD-2026-000123 for C-10042: value ")
                .endsWith(", please check.");
        assertThat(SensitiveDataScanner.defaults().scan(text)).extracting(Finding::kind).containsExactly(kind);
    }

    static Stream<String> weakNumbersWithoutContext() {
        return Stream.of(Fixtures.card(), Fixtures.inn10(), Fixtures.inn12(), Fixtures.snils(), "4506 " + "123456",
                "8916" + "1234567");
    }

    @ParameterizedTest(name = "keeps the bare number #{index} when no word names it (it may be an order number)")
    @MethodSource("weakNumbersWithoutContext")
    void keepsAWeakNumberWithoutContextUnchanged(String value) {
        String text = "order " + value + " shipped";
        assertThat(masker.maskText(text)).isSameAs(text);
    }

    static Stream<String> keepList() {
        return Stream.of("ORD-2026-000123", Fixtures.luhnFailing16(), "C-10042", "P-77", "RING-AU585-17",
                "MDL-3D-000981", "12500.00", "2026-11-25T10:15:30.123Z", "2026-11-25T10:15:30+03:00",
                "123e4567-e89b-12d3-a456-426614174000", "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                "PT1.5S", "1500ms", "PAID", "order 1234567 shipped", "2026-11-25 10:15:30",
                "at com.jewelry.shop.OrderService.create(OrderService.java:142)", "http://shop.local:8080/orders");
    }

    @ParameterizedTest(name = "keeps operator value {0}")
    @MethodSource("keepList")
    void keepsValuesOperatorsNeedUnchangedAndUncopied(String value) {
        assertThat(masker.maskText(value)).isSameAs(value);
        assertThat(masker.maskText("note: " + value + " done")).isEqualTo("note: " + value + " done");
    }

    @Test
    void staysLinearOnPathologicalInput() {
        String[] inputs = {"a:b@".repeat(200_000), "eyJ".repeat(200_000), "1-".repeat(300_000),
            "password=\"".repeat(50_000), "x@".repeat(300_000) + "example.ru"};
        long start = System.nanoTime();
        for (String input : inputs) {
            masker.maskText(input);
        }
        assertThat(System.nanoTime() - start).as("nanoseconds for ~3 MB of hostile text")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
    }

    @Test
    void usesTheDeepestSensitiveNameOnAPath() {
        assertThat(masker.pathKind("order.card.holderName")).isEqualTo(SensitiveKind.NAME);
        assertThat(masker.pathKind("order.changes.deliveryAddress.old")).isEqualTo(SensitiveKind.ADDRESS);
        assertThat(masker.pathKind("order.items[2].sku")).isNull();
        assertThat(masker.pathKind("order.recipient.name")).isEqualTo(SensitiveKind.NAME);
        assertThat(masker.pathKind("order.items[0].name")).isNull();
    }

    @Test
    void rendersAFieldValueThatDoesNotLookLikeItsKindAsAMarker() {
        assertThat(masker.maskValue("phone", "n/a, call me")).isEqualTo("[masked:phone]");
        assertThat(masker.maskValue("email", "none given")).isEqualTo("[masked:email]");
        assertThat(masker.maskValue("cardNumber", "visa")).isEqualTo("[masked:card]");
    }

    @Test
    void rendersCardKeepingTheLastFourDigits() {
        String card = Fixtures.card();
        assertThat(masker.maskText("card " + card)).isEqualTo("card ************" + card.substring(12));
        assertThat(masker.maskText(Fixtures.spaced(card))).isEqualTo("**** **** **** " + card.substring(12));
    }

    @Test
    void rendersEmailKeepingFirstLetterAndDomain() {
        assertThat(masker.maskText("mail " + Fixtures.email())).isEqualTo("mail i***@example.ru");
    }

    @Test
    void rendersPhoneKeepingTheLastTwoDigits() {
        assertThat(masker.maskText(Fixtures.phonePlus())).isEqualTo("+* *** ***-**-67");
    }

    @Test
    void masksSecretsInKeyValueTextUrlsAndJsonPayloads() {
        String secret = Fixtures.secret();
        List<String> texts = List.of(
                "login failed password=" + secret + " user=C-10042",
                "GET /callback?code=1&access_token=" + secret + "&state=ok",
                "{\"api_key\":\"" + secret + "\",\"orderId\":\"ORD-1\"}",
                "Authorization: Bearer " + secret,
                "header X-Api-Key: " + secret,
                "connect to https://shop:" + secret + "@db.local/orders",
                "client_secret = '" + secret + "'");
        for (String text : texts) {
            Fixtures.assertNoLeak(masker.maskText(text), secret);
        }
        assertThat(masker.maskText("{\"api_key\":\"" + secret + "\",\"orderId\":\"ORD-1\"}"))
                .isEqualTo("{\"api_key\":\"[masked:token]\",\"orderId\":\"ORD-1\"}");
    }

    @Test
    void masksWholeValueByFieldNameAtAnyDepth() {
        assertThat(masker.maskValue("order.changes.deliveryAddress.old", Fixtures.address()))
                .isEqualTo("[masked:address]");
        assertThat(masker.maskValue("customer_e-mail", Fixtures.email())).isEqualTo("i***@example.ru");
        assertThat(masker.maskValue("fullName", Fixtures.fullName())).isEqualTo("[masked:name]");
        assertThat(masker.maskValue("orderNumber", "ORD-2026-000123")).isEqualTo("ORD-2026-000123");
    }

    @Test
    void recognisesSensitiveFieldNamesWhateverTheirCaseAndSeparators() {
        for (String name : List.of("email", "e_mail", "customerEmail", "phone", "phoneNumber", "fullName",
                "firstName", "lastName", "address", "deliveryAddress", "passport", "card", "pan", "cardNumber",
                "inn", "snils", "password", "secret", "token", "authorization", "apiKey", "cookie", "X-API-KEY",
                "CUSTOMER_PHONE", "ipAddress")) {
            assertThat(masker.field(name).isSensitive()).as(name).isTrue();
        }
        for (String name : List.of("orderNumber", "customerId", "sku", "name", "price", "status", "serverAddress",
                "tokenType", "traceId", "spanId", "message", "partnerId", "begin", "spinner")) {
            assertThat(masker.field(name).isSensitive()).as(name).isFalse();
        }
    }

    @Test
    void keepsSensitiveFieldsOutWhenTheirKindIsDisabled() {
        Masker noPhones = Masker.of(MaskingPolicy.builder().disable(SensitiveKind.PHONE).build());
        String text = "call " + Fixtures.phonePlus();
        assertThat(noPhones.maskText(text)).isSameAs(text);
        assertThat(noPhones.maskValue("phone", "x")).isEqualTo("x");
    }

    @Test
    void appliesCustomFieldAndValueRules() {
        Masker custom = Masker.of(MaskingPolicy.builder()
                .fieldRule("loyaltyCard", SensitiveKind.CARD)
                .valueRule("loyalty-number", "LC-\\d{8}", SensitiveKind.OTHER)
                .build());
        assertThat(custom.maskValue("customerLoyaltyCard", "abc")).isEqualTo("[masked:card]");
        assertThat(custom.maskText("card LC-12345678 used")).isEqualTo("card [masked:other] used");
    }

    @Test
    void pseudonymisesWithAKeyedHashSoTheSameCustomerGivesTheSamePseudonym() {
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Masker pseudo = Masker.of(MaskingPolicy.builder().pseudonymise(key).build());
        String a = pseudo.maskText("from " + Fixtures.email());
        String b = pseudo.maskText("from " + Fixtures.email().toUpperCase(java.util.Locale.ROOT));
        assertThat(a).matches("from \\[email:hmac:[0-9a-f]{16}]").isEqualTo(b);
        assertThat(pseudo.policy().toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void failsClosedAndReportsABrokenRuleOnce() {
        java.util.List<String> reports = new java.util.ArrayList<>();
        Masker broken = Masker.of(MaskingPolicy.builder()
                .valueRule("broken", SensitiveKind.OTHER, text -> {
                    throw new IllegalStateException("boom " + text);
                })
                .build());
        broken.diagnostics().onFirstFailure(reports::add);

        assertThat(broken.maskText("value " + Fixtures.email())).isEqualTo(Masker.ERROR_MARKER);
        assertThat(broken.maskText("another")).isEqualTo(Masker.ERROR_MARKER);

        assertThat(broken.diagnostics().ruleFailures()).isEqualTo(2);
        assertThat(reports).hasSize(1);
        Fixtures.assertNoLeak(reports.get(0), Fixtures.email());
        assertThat(reports.get(0)).contains("broken").doesNotContain("boom");
    }
}
