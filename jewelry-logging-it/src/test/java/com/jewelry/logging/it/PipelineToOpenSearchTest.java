package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ch.qos.logback.classic.Level;
import com.jewelry.examples.plain.DayOfTheShop;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.ProcessingStatus;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.OpenSearch;
import com.jewelry.logging.it.support.OpsPack;
import com.jewelry.logging.it.support.Rsyslog;
import com.jewelry.logging.it.support.Service;
import com.jewelry.logging.it.support.Wait;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline with real parts: services write their per-system files, the ops pack's rsyslog shipper tails
 * them and bulk-loads OpenSearch 3 (integ-test distribution) through the write aliases the pack's templates set up.
 */
class PipelineToOpenSearchTest {

    @RegisterExtension
    static final OpenSearch openSearch = new OpenSearch();

    @TempDir
    static Path work;
    static Path logDir;
    static Rsyslog shipper;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINE_CHARS = 100 * 1024;

    @BeforeAll
    static void installPackAndStartShipper() throws IOException {
        OpsPack.install(openSearch);
        logDir = Files.createDirectories(work.resolve("logs"));
        shipper = Rsyslog.start(work.resolve("rsyslog"), OpsPack.rsyslogShipper(logDir, work.resolve("rsyslog"), openSearch));
    }

    @AfterAll
    static void stopShipper() {
        if (shipper != null) {
            shipper.close();
        }
    }

    @Test
    void demoDayLandsInItsIndexFamiliesSearchableTypedAndMasked() throws Exception {
        DayOfTheShop.run(logDir, false);
        PersonalData personal = PersonalData.random();
        logPersonalDataThroughTheServices(personal);

        Map<String, Long> shipped = awaitShipped();
        assertThat(shipped.keySet()).as("datasets").contains("shop.operational", "crm.operational", "mes.operational",
                "mes.error", "api.operational");

        // every event type, searchable by order.number and customer.id as written, in its own family
        Set<String> actions = new TreeSet<>();
        for (JsonNode line : allLines()) {
            String action = line.at("/event/action").asString();
            if (action.isEmpty()) {
                continue;
            }
            actions.add(action);
            String index = "jewelry-" + line.at("/event/dataset").asString().replace('.', '-');
            String order = line.at("/order/number").asString();
            assertThat(openSearch.count(index, term("order.number", order))).as(action + " by order.number in " + index).isPositive();
            String customer = line.at("/customer/id").asString();
            if (!customer.isEmpty()) {
                assertThat(openSearch.count(index, term("customer.id", customer))).as(action + " by customer.id").isPositive();
            }
        }
        assertThat(actions).containsExactlyInAnyOrder("order.created", "order.updated", "order.status_changed",
                "cost_calculation.requested", "cost_calculation.completed", "partner_order.received", "notification.sent");

        // the live mapping is the template's, field by field
        JsonNode mappings = openSearch.get("/jewelry-*/_mapping");
        JsonNode template = OpsPack.templateProperties();
        List<String> checked = new ArrayList<>();
        mappings.properties().forEach(index -> compareTypes(template, index.getValue().path("mappings").path("properties"), "",
                index.getKey(), checked));
        assertThat(checked).as("leaf fields compared").hasSizeGreaterThan(12 * 30);
        JsonNode shop = mappings.path("jewelry-shop-operational-000001").path("mappings").path("properties");
        assertThat(typeAt(shop, "@timestamp")).isEqualTo("date_nanos");
        assertThat(typeAt(shop, "order.number")).isEqualTo("keyword");
        assertThat(typeAt(shop, "customer.id")).isEqualTo("keyword");
        assertThat(typeAt(shop, "order.total.amount")).isEqualTo("scaled_float");
        assertThat(typeAt(shop, "cost_calculation.cost.amount")).isEqualTo("scaled_float");
        assertThat(typeAt(shop, "order.changes")).isEqualTo("flat_object");
        assertThat(typeAt(shop, "event.occurred_at")).isEqualTo("date");
        assertThat(typeAt(shop, "message")).isEqualTo("text");

        // no raw personal data in any document, searched and read back
        openSearch.refresh("jewelry-*");
        for (String raw : personal.values()) {
            assertThat(openSearch.count("jewelry-*", "{\"query_string\":{\"query\":" + Json.quote("\"" + raw + "\"")
                    + ",\"fields\":[\"*\"]}}")).as("search for " + raw).isZero();
        }
        JsonNode hits = openSearch.call("POST", "/jewelry-*/_search", "{\"size\":1000,\"query\":{\"match_all\":{}}}")
                .ok("all documents").path("hits").path("hits");
        assertThat(hits.size()).isEqualTo((int) shipped.values().stream().mapToLong(Long::longValue).sum());
        int personalLines = 0;
        for (JsonNode hit : hits) {
            JsonNode source = hit.path("_source");
            for (String value : Json.allStrings(source)) {
                for (String raw : personal.values()) {
                    assertThat(value).as("a value of " + hit.path("_index").asString()).doesNotContain(raw);
                }
            }
            if (source.at("/order/number").asString().startsWith("ORD-PD-") || source.at("/log/logger").asString().endsWith("Privacy")) {
                personalLines++;
            }
        }
        assertThat(personalLines).as("the lines with personal data were shipped (masked), not dropped").isEqualTo(PersonalData.LINES);
        assertShipperHadNoErrors();
    }

    @Test
    void hostilePartnerInputBecomesValidBoundedMaskedLinesThatIndexWithoutErrors() throws Exception {
        String email = "victim." + RANDOM.nextInt(1_000_000) + "@example.org";
        String card = PersonalData.luhnCard();
        byte[] broken = {'P', '-', (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, '-', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '9'};
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("forged newline", "P-1\n{\"event\":{\"dataset\":\"shop.error\"},\"message\":\"forged\"}\r\nsecond line");
        payloads.put("ansi escapes", "\u001b[31mP-RED\u001b[0m\u0007\u001b]0;title\u0007");
        payloads.put("1 MB field", "P-" + "A".repeat(1_000_000) + " " + email);
        payloads.put("invalid utf-8", new String(broken, StandardCharsets.UTF_8));
        payloads.put("deeply nested json", "[".repeat(200_000) + "]".repeat(200_000));
        payloads.put("personal data", "contact " + email + " card " + card);

        int calls = 0;
        try (Service api = Service.asyncFile("partner-api-it", SystemName.API, logDir)) {
            EventLogger partners = api.events("com.jewelry.it.BadInput");
            api.context().getLogger("com.jewelry.it.BadInput").setLevel(Level.DEBUG);
            org.slf4j.Logger plain = api.logger("com.jewelry.it.BadInput");
            int i = 0;
            for (Map.Entry<String, String> payload : payloads.entrySet()) {
                partners.partnerOrderReceived(payload.getValue(), "ORD-BAD-" + i++, ProcessingStatus.INVALID);
                plain.warn("partner payload (" + payload.getKey() + "): " + payload.getValue());
                partners.debug("partner payload", "kind", payload.getKey(), "body", payload.getValue());
                calls += 3;
            }
            partners.debug("nested partner document", Map.of("document", nested(10_000)));
            calls++;
        }

        List<String> raw = Files.readAllLines(logDir.resolve("jewelry-api.json"), StandardCharsets.UTF_8);
        List<JsonNode> mine = new ArrayList<>();
        int longest = 0;
        for (String text : raw) {
            JsonNode line = Json.parse(text);
            if ("com.jewelry.it.BadInput".equals(line.at("/log/logger").asString())) {
                mine.add(line);
                longest = Math.max(longest, text.length());
                assertThat(text.length()).as("line length").isLessThan(MAX_LINE_CHARS);
                assertThat(text.chars().filter(c -> c < 0x20)).as("raw control characters in the line").isEmpty();
                for (String value : Json.allStrings(line)) {
                    assertThat(value).doesNotContain(email).doesNotContain(card);
                }
            }
        }
        System.out.println("[figures] hostile input: " + calls + " calls, " + mine.size() + " lines, longest " + longest + " chars");
        assertThat(mine).as("one line per call: no forged line, none lost").hasSize(calls);
        assertThat(mine).noneSatisfy(line -> assertThat(line.at("/message").asString()).isEqualTo("forged"));

        awaitShipped();
        assertThat(openSearch.count("jewelry-api-*", term("log.logger", "com.jewelry.it.BadInput"))).isEqualTo(calls);
        assertShipperHadNoErrors();
    }

    // ---- the scenario's extra calls: personal data built at run time, through the services' own set-up ----

    /** Values that must never reach the index in clear. */
    record PersonalData(String email, String phone, String card) {
        static final int LINES = 5;

        static PersonalData random() {
            int n = RANDOM.nextInt(1_000_000);
            return new PersonalData("anna.petrova." + n + "@example.org",
                    String.format("+7 916 %03d-%02d-%02d", RANDOM.nextInt(1000), RANDOM.nextInt(100), RANDOM.nextInt(100)), luhnCard());
        }

        List<String> values() {
            return List.of(email, phone, card, card.replace(" ", ""));
        }

        /** A 16-digit Visa-like number with a valid Luhn check digit, grouped by four. */
        static String luhnCard() {
            int[] digits = new int[16];
            digits[0] = 4;
            for (int i = 1; i < 15; i++) {
                digits[i] = RANDOM.nextInt(10);
            }
            int sum = 0;
            for (int i = 0; i < 15; i++) {
                int d = digits[14 - i];
                if (i % 2 == 0) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            digits[15] = (10 - sum % 10) % 10;
            StringBuilder card = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    card.append(' ');
                }
                card.append(digits[i]);
            }
            return card.toString();
        }
    }

    private static void logPersonalDataThroughTheServices(PersonalData pd) {
        try (Service crm = Service.asyncFile("crm-orders", SystemName.CRM, logDir);
             Service shop = Service.asyncFile("shop-checkout", SystemName.SHOP, logDir);
             Service mes = Service.asyncFile("mes-costing", SystemName.MES, logDir)) {
            crm.events("com.jewelry.it.Privacy").orderUpdated("C-PD-1", "ORD-PD-1",
                    List.of(new FieldChange("contactEmail", null, pd.email()), new FieldChange("phone", "none", pd.phone())));
            shop.events("com.jewelry.it.Privacy").orderCreated("C-PD-1", "ORD-PD-2",
                    List.of(new OrderItem("RING-AU585-17", "gift, deliver to " + pd.email(), 1, Money.rub("100.00"))), Money.rub("100.00"));
            shop.logger("com.jewelry.it.Privacy").info("customer wrote from {} about card {}", pd.email(), pd.card());
            mes.logger("com.jewelry.it.Privacy").error("payment failed for card " + pd.card(),
                    new IllegalStateException("card " + pd.card() + " declined, call " + pd.phone()));
            mes.context().getLogger("com.jewelry.it.Privacy").setLevel(Level.DEBUG);
            mes.events("com.jewelry.it.Privacy").debug("partner callback", "contact", pd.email(), "phone", pd.phone(), "card", pd.card());
        }
    }

    // ---- helpers ----

    private static List<JsonNode> allLines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (var files = Files.list(logDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                lines.addAll(Json.lines(file));
            }
        }
        return lines;
    }

    /** Waits until every line of every file is in its index family; returns the counts by dataset. */
    private static Map<String, Long> awaitShipped() throws IOException {
        Map<String, Long> expected = new TreeMap<>();
        for (JsonNode line : allLines()) {
            expected.merge(line.at("/event/dataset").asString(), 1L, Long::sum);
        }
        Map<String, Long> actual = new TreeMap<>();
        boolean done = Wait.until(Duration.ofSeconds(90), Duration.ofSeconds(1), () -> {
            openSearch.refresh("jewelry-*");
            actual.clear();
            expected.keySet().forEach(dataset -> actual.put(dataset,
                    openSearch.count("jewelry-" + dataset.replace('.', '-'), "{\"match_all\":{}}")));
            return actual.equals(expected);
        });
        assertThat(done).as("shipped %s, expected %s; rsyslog: %s", actual, expected, shipper.diagnostics()).isTrue();
        return expected;
    }

    private static void assertShipperHadNoErrors() {
        Path errors = work.resolve("rsyslog/opensearch-errors.json");
        assertThat(Files.exists(errors) ? readQuietly(errors) : "").as("omelasticsearch error file").isEmpty();
        assertThat(Files.exists(work.resolve("rsyslog/unparsed.log"))).as("lines rsyslog could not parse").isFalse();
        assertThat(openSearch.call("GET", "/jewelry-unrouted", null).status()).as("no unrouted index").isEqualTo(404);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String term(String field, String value) {
        return "{\"term\":{" + Json.quote(field) + ":" + Json.quote(value) + "}}";
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> current = root;
        for (int i = 0; i < depth; i++) {
            Map<String, Object> child = new LinkedHashMap<>();
            current.put("level" + i, child);
            current = child;
        }
        current.put("bottom", "reached");
        return root;
    }

    private static String typeAt(JsonNode properties, String dotted) {
        JsonNode node = properties;
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            node = node.path(parts[i]);
            if (i < parts.length - 1) {
                node = node.path("properties");
            }
        }
        return node.path("type").asString();
    }

    /** Each leaf of the template with a type has the same type in the live mapping of every index. */
    private static void compareTypes(JsonNode template, JsonNode live, String prefix, String index, List<String> checked) {
        template.properties().forEach(entry -> {
            String path = prefix + entry.getKey();
            JsonNode field = entry.getValue();
            if (field.has("properties")) {
                compareTypes(field.path("properties"), live.path(entry.getKey()).path("properties"), path + ".", index, checked);
            }
            if (field.has("type") && !"object".equals(field.path("type").asString())) {
                assertThat(live.path(entry.getKey()).path("type").asString()).as(index + " " + path)
                        .isEqualTo(field.path("type").asString());
                checked.add(index + " " + path);
            }
        });
    }
}
