package com.jewelry.examples.day;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * The scripted day, played against the four running services through their HTTP endpoints only: a customer checks
 * out in the shop, a manager takes and amends a phone order in the CRM, the customer changes her contacts, the MES
 * prices the custom ring from its 3D model (and refuses a broken model), the workshop reports progress, partners send
 * orders (accepted, duplicate, invalid, over the limit, and one with a wrong key), and the shop tells the customer her
 * order is ready. The demo and its integration test play the same day.
 *
 * <p>The people and the partners' API keys are made up when the day is created (fictional names, example.ru
 * addresses, a test card number): {@link #rawPersonalValues()} and {@link #apiKeys()} are what must never be found in
 * a log line.
 */
public final class DayOfTheShop {

    /** One HTTP call of the day. */
    public record Call(Service service, String method, String path, int status, String requestId) {
    }

    private static final String CUSTOMER_ID = "C-10042";
    private static final String PHONE_ORDER_CUSTOMER_ID = "C-20577";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Call> calls = new ArrayList<>();
    private final Person anna = Person.create("Anna", "Testova", "916");
    private final Person boris = Person.create("Boris", "Primerov", "903");
    private final Person partnerCustomer = Person.create("Olga", "Obraztsova", "905");
    private final String annaNewEmail = String.join("@", "anna.t" + ThreadLocalRandom.current().nextInt(100, 1000), "example.ru");
    private final String annaNewPhone = "+7 926 " + ThreadLocalRandom.current().nextInt(100, 1000) + "-71-17";
    private final String borisNewAddress = "Testovy per. " + ThreadLocalRandom.current().nextInt(1, 99) + ", Moscow";
    private final String cardNumber = Person.testCardNumber();
    private final Map<String, String> apiKeys = Map.of(
            "P-77", "pk_demo_" + UUID.randomUUID().toString().replace("-", ""),
            "P-78", "pk_demo_" + UUID.randomUUID().toString().replace("-", ""));
    private final String wrongApiKey = "pk_demo_" + UUID.randomUUID().toString().replace("-", "");
    private PrintStream narration = new PrintStream(PrintStream.nullOutputStream());
    private Function<Service, URI> urls;

    /**
     * What each service needs to know besides the defaults: the partner API gets the SHA-256 of each partner's key,
     * as a deployment would from its secret store.
     */
    public Map<Service, List<String>> serviceArguments() {
        List<String> keys = new ArrayList<>();
        apiKeys.forEach((partner, key) -> keys.add("--partner-api.keys." + partner + "=" + sha256(key)));
        return Map.of(Service.API, List.copyOf(keys));
    }

    /** Plays the day against the services at {@code urls}, narrating each call to {@code out}. */
    public void play(Function<Service, URI> urls, PrintStream out) throws IOException, InterruptedException {
        this.urls = urls;
        this.narration = out;

        out.println("09:00  A customer checks out in the shop: a gold ring and two pairs of earrings, paid by card");
        JsonNode order = send(Service.SHOP, "POST", "/checkout", 201, obj(
                "customerId", CUSTOMER_ID, "recipient", anna.name(), "contactEmail", anna.email(),
                "contactPhone", anna.phone(), "deliverTo", anna.address(),
                "lines", List.of(obj("sku", "RING-AU585-17", "quantity", 1), obj("sku", "EARR-AG925-02", "quantity", 2)),
                "card", obj("number", cardNumber, "holder", anna.name().toUpperCase(), "expiry", "12/29",
                        "securityCode", "123")));
        String shopOrder = order.get("orderNumber").asString();

        out.println("09:20  A manager takes a phone order in the CRM for a custom engraved ring, then amends it");
        send(Service.CRM, "POST", "/customers", 201, obj("id", PHONE_ORDER_CUSTOMER_ID, "fullName", boris.name(),
                "email", boris.email(), "phone", boris.phone(), "postalAddress", boris.address()));
        send(Service.CRM, "POST", "/customers", 201, obj("id", CUSTOMER_ID, "fullName", anna.name(),
                "email", anna.email(), "phone", anna.phone(), "postalAddress", anna.address()));
        JsonNode phoneOrder = send(Service.CRM, "POST", "/orders", 201, obj("customerId", PHONE_ORDER_CUSTOMER_ID,
                "items", List.of(obj("sku", "RING-CUSTOM-AU585", "name", "Custom band ring 585, size 19", "quantity", 1,
                        "unitPrice", obj("amount", 45000.00, "currency", "RUB"))),
                "engraving", "B & K 2026", "deliverySlot", "2026-12-05 10:00-14:00"));
        String crmOrder = phoneOrder.get("orderNumber").asString();
        send(Service.CRM, "PATCH", "/orders/" + crmOrder, 200, obj("deliverySlot", "2026-12-06 14:00-18:00",
                "deliverTo", borisNewAddress));
        send(Service.CRM, "POST", "/orders", 201, obj("customerId", CUSTOMER_ID,
                "items", List.of(obj("sku", "CHAIN-AG925-45", "name", "Silver chain, 45 cm", "quantity", 1,
                        "unitPrice", obj("amount", 5200.00, "currency", "RUB")))));

        out.println("09:40  The customer changes her e-mail and phone; her open CRM orders take the new contacts");
        send(Service.CRM, "PUT", "/customers/" + CUSTOMER_ID + "/contacts", 200,
                obj("email", annaNewEmail, "phone", annaNewPhone));

        out.println("10:00  The MES prices the custom ring from its 3D model; a second model, exported with a hole, is refused");
        send(Service.MES, "POST", "/cost-calculations", 200, costJob(crmOrder, RingMesh.band("MODEL-3D-7781", 9.7, 1.3, 160, 40)));
        send(Service.MES, "POST", "/cost-calculations", 422, costJob(crmOrder,
                RingMesh.withHole(RingMesh.band("MODEL-3D-7790", 9.7, 1.3, 96, 24), 6)));

        out.println("11:00  The workshop reports the shop's order through production and quality control");
        for (String status : List.of("IN_PRODUCTION", "QUALITY_CHECK", "READY_FOR_PICKUP")) {
            send(Service.MES, "PUT", "/production/orders/" + shopOrder + "/status", 200,
                    obj("customerId", CUSTOMER_ID, "status", status));
        }

        out.println("12:00  Partner jewellers send orders: accepted, sent twice, invalid, over the credit limit, wrong key");
        send(Service.API, "POST", "/partner/v1/orders", apiKeys.get("P-77"), 201, partnerOrder("P77-5531", "RING-AU585-17", 2));
        send(Service.API, "POST", "/partner/v1/orders", apiKeys.get("P-77"), 409, partnerOrder("P77-5531", "RING-AU585-17", 2));
        send(Service.API, "POST", "/partner/v1/orders", apiKeys.get("P-78"), 400, partnerOrder("P78-0907", "WATCH-XX-01", 0));
        send(Service.API, "POST", "/partner/v1/orders", apiKeys.get("P-78"), 422, partnerOrder("P78-0908", "PEND-AU750-05", 3));
        send(Service.API, "POST", "/partner/v1/orders", wrongApiKey, 401, partnerOrder("P77-5532", "EARR-AG925-02", 1));

        out.println("17:00  The shop hears the order is ready and tells the customer by SMS");
        send(Service.SHOP, "POST", "/orders/" + shopOrder + "/status", 200, obj("status", "READY_FOR_PICKUP"));
    }

    /** Every call made so far, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The personal data the day sent, as sent: none of it may appear in a line. */
    public String[] rawPersonalValues() {
        List<String> values = new ArrayList<>();
        for (Person person : List.of(anna, boris, partnerCustomer)) {
            values.addAll(List.of(person.name(), person.name().toUpperCase(), person.email(), person.phone(), person.address()));
        }
        values.addAll(List.of(annaNewEmail, annaNewPhone, borisNewAddress, cardNumber));
        return values.toArray(String[]::new);
    }

    /** The partners' API keys and the wrong one the day tried: none may appear in a line. */
    public String[] apiKeys() {
        List<String> keys = new ArrayList<>(apiKeys.values());
        keys.add(wrongApiKey);
        return keys.toArray(String[]::new);
    }

    private Map<String, Object> costJob(String orderNumber, RingMesh.Mesh model) {
        return obj("customerId", PHONE_ORDER_CUSTOMER_ID, "orderNumber", orderNumber,
                "requestedBy", String.join("@", "designer", "example.ru"), "alloy", "AU585",
                "model", obj("id", model.id(), "vertices", model.vertices(), "triangles", model.triangles()),
                "stones", List.of(obj("kind", "DIAMOND", "caratWeight", 0.25, "count", 1),
                        obj("kind", "SAPPHIRE", "caratWeight", 0.1, "count", 6)));
    }

    private Map<String, Object> partnerOrder(String number, String sku, int quantity) {
        return obj("orderNumber", number,
                "customer", obj("name", partnerCustomer.name(), "contact", partnerCustomer.email(),
                        "mobile", partnerCustomer.phone()),
                "shipTo", partnerCustomer.address(), "lines", List.of(obj("sku", sku, "quantity", quantity)));
    }

    private JsonNode send(Service service, String method, String path, int expected, Map<String, Object> body)
            throws IOException, InterruptedException {
        return send(service, method, path, null, expected, body);
    }

    private JsonNode send(Service service, String method, String path, String apiKey, int expected, Map<String, Object> body)
            throws IOException, InterruptedException {
        String requestId = "day-" + (calls.size() + 1) + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpRequest.Builder request = HttpRequest.newBuilder(urls.apply(service).resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .header("User-Agent", "day-of-the-shop/1.0")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        calls.add(new Call(service, method, path, response.statusCode(), requestId));
        narration.printf("         %-4s %-5s %-40s -> %d%n", service.system(), method, path, response.statusCode());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(service.serviceName() + " answered " + method + " " + path + " with "
                    + response.statusCode() + ", expected " + expected + ": " + response.body());
        }
        return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
    }

    private static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
