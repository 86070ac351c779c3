package com.jewelry.examples.partner;

import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through real HTTP on 127.0.0.1: requests are served on the server's threads, so the lines are read back from the
 * service's own JSON file (the bytes production writes) rather than captured per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "jewelry.logging.console.enabled=false",
                // logging is set up before dynamic properties are added, so the directory is a fixed one
                "jewelry.logging.file.dir=" + PartnerOrdersOverHttpTest.LOG_DIR,
                "logging.level.com.jewelry.examples.partner.PartnerOrderValidator=DEBUG"})
class PartnerOrdersOverHttpTest {

    // keys made up for this run: only their hashes reach the service's configuration
    private static final String KEY_P77 = "pk_test_" + UUID.randomUUID().toString().replace("-", "");
    private static final String KEY_P78 = "pk_test_" + UUID.randomUUID().toString().replace("-", "");
    static final String LOG_DIR = "target/test-logs/partner-api";

    static {
        // a fresh file for this run: the class starts the service, and with it the file, after this
        try {
            Files.deleteIfExists(Path.of(LOG_DIR, "jewelry-api.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // the end customer, made up at run time
    private static final String NAME = String.join(" ", "Olga", "Obraztsova");
    private static final String EMAIL = String.join("@", "olga" + System.nanoTime() % 1000, "example.ru");
    private static final String MOBILE = "+7 903 " + (100 + System.nanoTime() % 900) + "-45-67";
    private static final String SHIP_TO = "Testovaya ul. " + (1 + System.nanoTime() % 90) + ", Kazan";

    @DynamicPropertySource
    static void partners(DynamicPropertyRegistry registry) {
        registry.add("partner-api.keys.P-77", () -> ApiKeyFilter.sha256(KEY_P77));
        registry.add("partner-api.keys.P-78", () -> ApiKeyFilter.sha256(KEY_P78));
    }

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anAcceptedOrderIsLoggedWithThePartnersIdAndTheAccessLineNamesThePartnerNeverTheKey() throws Exception {
        String requestId = send(KEY_P77, order("P77-10001", "RING-AU585-17", 2), 201);

        CapturedLogs logs = linesOnceWritten(requestId);
        assertThat(logs).hasEvent("partner_order.received").withOrderNumber("P77-10001")
                .withField("partner.id", "P-77").withField("order.processing_status", "ACCEPTED")
                .withSystem(SystemName.API).once();
        LogLine access = accessLine(logs, requestId);
        assertThat(access.text("client.id")).isEqualTo("P-77");
        assertThat(access.text("http.route")).isEqualTo("/partner/v1/orders");
        assertThat(access.text("http.response.status_code")).isEqualTo("201");
        assertThat(logs).doesNotContainAnyOf(KEY_P77, KEY_P78);
    }

    @Test
    void duplicateInvalidAndOverTheLimitOrdersAreEachLoggedWithTheirStatus() throws Exception {
        send(KEY_P78, order("P78-20001", "CHAIN-AG925-45", 1), 201);
        send(KEY_P78, order("P78-20001", "CHAIN-AG925-45", 1), 409);
        send(KEY_P78, order("P78-20002", "WATCH-XX-01", 0), 400);
        String last = send(KEY_P78, order("P78-20003", "PEND-AU750-05", 3), 422);

        CapturedLogs logs = linesOnceWritten(last);
        assertThat(logs).hasEvent("partner_order.received").withOrderNumber("P78-20001").hasCount(2);
        assertThat(logs).hasEvent("partner_order.received").withOrderNumber("P78-20001")
                .withField("order.processing_status", "DUPLICATE").once();
        assertThat(logs).hasEvent("partner_order.received").withOrderNumber("P78-20002")
                .withField("order.processing_status", "INVALID").withOutcome(EventOutcome.SUCCESS).once();
        assertThat(logs).hasEvent("partner_order.received").withOrderNumber("P78-20003")
                .withField("order.processing_status", "REJECTED").withField("partner.id", "P-78").once();
    }

    @Test
    void aCallWithAnUnknownKeyIsRefusedAndItsAccessLineNamesNoPartner() throws Exception {
        String wrongKey = "pk_test_" + UUID.randomUUID();
        String requestId = send(wrongKey, order("P77-10009", "RING-AU585-17", 1), 401);

        CapturedLogs logs = linesOnceWritten(requestId);
        LogLine access = accessLine(logs, requestId);
        assertThat(access.has("client.id")).isFalse();
        assertThat(logs.lines()).noneMatch(line -> "P77-10009".equals(line.text("order.number")));
        assertThat(logs).doesNotContainAnyOf(wrongKey);
    }

    @Test
    void noEndCustomerDataOrKeyReachesTheFileAndEveryLineMatchesTheSchemas() throws Exception {
        send(KEY_P77, order("P77-10002", "EARR-AG925-02", 4), 201);
        String last = send(KEY_P77, order("P77-10003", "EARR-AG925-02", 99), 400);

        CapturedLogs logs = linesOnceWritten(last);
        assertThat(logs.lines()).anySatisfy(line -> assertThat(line.text("detail.order.customer.contact")).isNotBlank());
        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(NAME, EMAIL, MOBILE, SHIP_TO, KEY_P77, KEY_P78)
                .allLinesMatchSchemas();
    }

    private static String order(String number, String sku, int quantity) {
        return """
                {"orderNumber":"%s","customer":{"name":"%s","contact":"%s","mobile":"%s"},"shipTo":"%s",
                 "lines":[{"sku":"%s","quantity":%d}]}""".formatted(number, NAME, EMAIL, MOBILE, SHIP_TO, sku, quantity);
    }

    /** Sends the order with the key and a fresh request id; checks the status; returns the request id. */
    private String send(String key, String body, int expectedStatus) throws Exception {
        String requestId = "req-" + UUID.randomUUID();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/partner/v1/orders"))
                .header("Content-Type", "application/json").header("X-Api-Key", key).header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(expectedStatus);
        return requestId;
    }

    /** The file once the access line of the request is in it (written as the filter chain unwinds, then queued). */
    private static CapturedLogs linesOnceWritten(String requestId) throws IOException, InterruptedException {
        Path file = Path.of(LOG_DIR, "jewelry-api.json");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            if (Files.exists(file)) {
                CapturedLogs logs = CapturedLogs.readFile(file);
                if (logs.lines("http.access").stream().anyMatch(line -> requestId.equals(line.text("request.id")))) {
                    return logs;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no access line for " + requestId + " in " + file);
            }
            Thread.sleep(50);
        }
    }

    private static LogLine accessLine(CapturedLogs logs, String requestId) {
        List<LogLine> access = logs.lines("http.access").stream()
                .filter(line -> requestId.equals(line.text("request.id"))).toList();
        assertThat(access).hasSize(1);
        return access.get(0);
    }
}
