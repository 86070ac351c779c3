package com.jewelry.logging.spring.web;

import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.spring.anomaly.AnomalyMonitor;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import com.jewelry.logging.spring.support.JsonLines;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.jewelry.logging.spring.support.JsonLines.at;
import static com.jewelry.logging.spring.support.JsonLines.hasText;
import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = ServletApplicationTest.ShopApplication.class,
        properties = {"jewelry.logging.system=SHOP", "spring.application.name=shop-checkout",
                "jewelry.logging.file.dir=target/servlet-test-logs", "server.address=127.0.0.1",
                "management.endpoints.web.exposure.include=prometheus,jewelrylogging"})
@ExtendWith(OutputCaptureExtension.class)
class ServletApplicationTest {

    private static final String RAW_API_KEY = "sk_live_4f8a2b9c7d1e";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private Environment environment;

    @Autowired
    private AnomalyMonitor anomalies;

    @Test
    void aRequestWritesOneAccessLineAndTheEventLinesItProducedAllCarryingItsRequestAndTraceIds(CapturedOutput output)
            throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders/ORD-2026-000123/confirm"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("X-Request-Id", "req-abc-1")
                .header("Authorization", "Bearer " + RAW_API_KEY)
                .header("Cookie", "SESSION=" + RAW_API_KEY));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-abc-1");
        List<JsonNode> lines = linesOnceWritten(output, "http.access", "req-abc-1");
        JsonNode access = single(lines, "http.access", "req-abc-1");
        assertThat(text(access, "event.category")).isEqualTo("access");
        assertThat(text(access, "event.dataset")).isEqualTo("shop.access");
        assertThat(text(access, "http.request.method")).isEqualTo("POST");
        assertThat(text(access, "http.route")).isEqualTo("/orders/{number}/confirm");
        assertThat(text(access, "url.path")).isEqualTo("/orders/ORD-2026-000123/confirm");
        assertThat(at(access, "http.response.status_code").asInt()).isEqualTo(200);
        assertThat(at(access, "event.duration_ms")).isNotNull();
        // an IP under a client-address name keeps its network, for per-network flood detection
        assertThat(text(access, "client.address")).isEqualTo("127.0.0.0/24");
        assertThat(text(access, "trace.id")).isEqualTo(TestTracing.TRACE_ID);

        JsonNode event = single(lines, "order.status_changed", "req-abc-1");
        assertThat(text(event, "order.number")).isEqualTo("ORD-2026-000123");
        assertThat(text(event, "order.status")).isEqualTo("CONFIRMED");
        assertThat(text(event, "service.name")).isEqualTo("shop-checkout");
        assertThat(text(event, "trace.id")).isEqualTo(TestTracing.TRACE_ID);
        assertThat(text(event, "span.id")).isEqualTo(TestTracing.SPAN_ID);
        assertThat(output.getOut()).doesNotContain(RAW_API_KEY);
    }

    @Test
    void theServicesAnomalyDetectorCountsRequestsPerClientNetworkAsTheAccessLineShowsIt(CapturedOutput output)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            send(HttpRequest.newBuilder(uri("/orders/ORD-1/status")).header("X-Request-Id", "req-net-" + i).GET());
        }
        JsonNode access = single(linesOnceWritten(output, "http.access", "req-net-2"), "http.access", "req-net-2");
        String network = text(access, "client.address");
        assertThat(network).isEqualTo("127.0.0.0/24");

        anomalies.tick();
        assertThat(anomalies.detector().watches(SeriesKey.requestsBy("SHOP", SeriesKey.CLIENT_ADDRESS, network)))
                .as("a series per client network").isTrue();
        assertThat(anomalies.detector().watches(SeriesKey.requestsBy("SHOP", SeriesKey.CLIENT_ADDRESS, "127.0.0.1")))
                .as("no series per raw address").isFalse();
    }

    @Test
    void aLineLoggedOnAnExecutorThreadCarriesTheRequestsRequestAndTraceIds(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/orders/ORD-5/recalculate"))
                .header("X-Request-Id", "req-async-9").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode worker = JsonLines.parse(output.getOut()).stream()
                .filter(hasText("message", "recalculating in the background")).findFirst().orElseThrow();
        assertThat(text(worker, "process.thread.name")).isEqualTo(response.body());
        assertThat(text(worker, "process.thread.name")).doesNotStartWith("http-nio");
        assertThat(text(worker, "request.id")).isEqualTo("req-async-9");
        assertThat(text(worker, "trace.id")).isEqualTo(TestTracing.TRACE_ID);
    }

    @Test
    void thePartnersClientIdComesFromTheRequestAttributeAndTheRawApiKeyIsNeverWritten(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/partner/orders/P-77"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("X-Api-Key", RAW_API_KEY).header("X-Request-Id", "req-p-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> lines = linesOnceWritten(output, "http.access", "req-p-1");
        assertThat(text(single(lines, "http.access", "req-p-1"), "client.id")).isEqualTo("partner-7");
        JsonNode received = single(lines, "partner_order.received", "req-p-1");
        assertThat(text(received, "partner.id")).isEqualTo("partner-7");
        assertThat(text(received, "order.processing_status")).isEqualTo("ACCEPTED");
        assertThat(output.getOut()).doesNotContain(RAW_API_KEY);
    }

    @Test
    void aClientErrorIsAFailedAccessLineAtWarnAndAServerErrorOneAtError(CapturedOutput output) throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no/such/page")).header("X-Request-Id", "req-404").GET());
        HttpResponse<String> broken = send(HttpRequest.newBuilder(uri("/orders/ORD-4/broken")).header("X-Request-Id", "req-500").GET());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(broken.statusCode()).isEqualTo(500);
        JsonNode notFound = single(linesOnceWritten(output, "http.access", "req-404"), "http.access", "req-404");
        assertThat(text(notFound, "event.outcome")).isEqualTo("failure");
        assertThat(text(notFound, "log.level")).isEqualTo("WARN");
        assertThat(text(notFound, "event.dataset")).isEqualTo("shop.access");
        JsonNode failed = single(linesOnceWritten(output, "http.access", "req-500"), "http.access", "req-500");
        assertThat(text(failed, "event.outcome")).isEqualTo("failure");
        assertThat(text(failed, "log.level")).isEqualTo("ERROR");
        assertThat(at(failed, "http.response.status_code").asInt()).isEqualTo(500);
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneAndAForgedIdIsReplaced(CapturedOutput output) throws Exception {
        HttpResponse<String> fresh = send(HttpRequest.newBuilder(uri("/orders/ORD-1/status")).GET());
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/orders/ORD-1/status"))
                .header("X-Request-Id", "x\" injected {").GET());

        String freshId = fresh.headers().firstValue("X-Request-Id").orElseThrow();
        String replacedId = forged.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(freshId).hasSize(36);
        assertThat(replacedId).hasSize(36).isNotEqualTo(freshId);
        assertThat(text(single(linesOnceWritten(output, "http.access", replacedId), "http.access", replacedId), "http.route"))
                .isEqualTo("/orders/{number}/status");
    }

    @Test
    void prometheusShowsEventCountsByOutcomeAndTheLoggingPipelinesOwnMetersButNoMesOnlyMeterOnShop() throws Exception {
        send(HttpRequest.newBuilder(uri("/orders/ORD-3/confirm")).POST(HttpRequest.BodyPublishers.noBody()));
        String scrape = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET()).body();

        assertThat(scrape).containsPattern("jewelry_events_total\\{[^}]*event=\"order.status_changed\"[^}]*outcome=\"success\"[^}]*system=\"SHOP\"");
        assertThat(scrape).containsPattern("jewelry_logging_lines_total\\{[^}]*level=\"info\"");
        assertThat(scrape).contains("jewelry_logging_masking_failures_total");
        assertThat(scrape).contains("jewelry_logging_dropped_total");
        // the default set-up's asynchronous file queue is measured (it used to be Logback's AsyncAppender only)
        assertThat(scrape).containsPattern("jewelry_logging_queue_fill_ratio\\{[^}]*appender=\"JEWELRY_ASYNC_FILE\"");
        // the cost-calculation histogram is MES's: a SHOP service does not export it, empty
        assertThat(scrape).doesNotContain("jewelry_cost_calculation");
    }

    @Test
    void actuatorRequestsAreNotAccessLoggedAndTheOperatorsEndpointReportsThePipeline(CapturedOutput output) throws Exception {
        HttpResponse<String> report = send(HttpRequest.newBuilder(uri("/actuator/jewelrylogging")).GET()
                .header("X-Request-Id", "req-ops-1"));

        JsonNode body = JsonLines.parseLine(report.body());
        assertThat(text(body, "system")).isEqualTo("SHOP");
        assertThat(text(body, "status")).isIn("OK", "WARN");
        assertThat(at(body, "jsonEncoders").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(JsonLines.parse(output.getOut())).noneMatch(hasText("request.id", "req-ops-1").and(hasText("event.action", "http.access")));
    }

    /** The access line is written when the filter chain unwinds, which may be just after the client has the response. */
    private static List<JsonNode> linesOnceWritten(CapturedOutput output, String action, String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<JsonNode> lines = JsonLines.parse(output.getOut());
        while (lines.stream().noneMatch(hasText("event.action", action).and(hasText("request.id", requestId)))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
            lines = JsonLines.parse(output.getOut());
        }
        return lines;
    }

    private static JsonNode single(List<JsonNode> lines, String action, String requestId) {
        List<JsonNode> matching = lines.stream().filter(hasText("event.action", action)).filter(hasText("request.id", requestId)).toList();
        assertThat(matching).as(action + " lines of request " + requestId).hasSize(1);
        return matching.get(0);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
    }

    /** Stands in for Micrometer Tracing, which puts the ids in the MDC the same way. */
    static final class TestTracing {
        static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
        static final String SPAN_ID = "00f067aa0ba902b7";
    }

    /** Ordered like Spring Boot's ServerHttpObservationFilter, which opens the span Micrometer Tracing puts in the MDC. */
    static final class MdcTracingFilter implements Filter, Ordered {
        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                             jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            MDC.put("traceId", TestTracing.TRACE_ID);
            MDC.put("spanId", TestTracing.SPAN_ID);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove("traceId");
                MDC.remove("spanId");
            }
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 1;
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({OrderController.class, CheckoutService.class})
    static class ShopApplication {

        @Bean
        MdcTracingFilter tracing() {
            return new MdcTracingFilter();
        }

        /** The partner API's key check: it resolves the key to a partner id and never passes the key on. */
        @Bean
        Filter apiKeyCheck() {
            return (request, response, chain) -> {
                if (RAW_API_KEY.equals(((jakarta.servlet.http.HttpServletRequest) request).getHeader("X-Api-Key"))) {
                    request.setAttribute("jewelry.clientId", "partner-7");
                }
                chain.doFilter(request, response);
            };
        }
    }

    public static class CheckoutService {

        @LogEvent(type = OrderStatusChanged.class, fields = {
                @Bind(name = "customerId", value = "'C-42'"),
                @Bind(name = "orderNumber", value = "#number"),
                @Bind(name = "newStatus", value = "#result"),
                @Bind(name = "oldStatus", value = "'NEW'")})
        public OrderStatus confirm(String number) {
            return OrderStatus.CONFIRMED;
        }

        @LogEvent(type = PartnerOrderReceived.class, fields = {
                @Bind(name = "partnerId", value = "#partnerId"),
                @Bind(name = "orderNumber", value = "#number"),
                @Bind(name = "processingStatus", value = "'ACCEPTED'")})
        public void receive(String partnerId, String number) {
        }
    }

    @RestController
    public static class OrderController {

        private static final Logger LOG = LoggerFactory.getLogger(OrderController.class);

        private final CheckoutService checkout;
        private final ThreadPoolTaskExecutor executor;

        public OrderController(CheckoutService checkout, ThreadPoolTaskExecutor executor) {
            this.checkout = checkout;
            this.executor = executor;
        }

        @PostMapping("/orders/{number}/confirm")
        public String confirm(@PathVariable String number) {
            return checkout.confirm(number).name();
        }

        @GetMapping("/orders/{number}/status")
        public String status(@PathVariable String number) {
            return "NEW";
        }

        @GetMapping("/orders/{number}/broken")
        public String broken(@PathVariable String number) {
            throw new IllegalStateException("the kiln is cold");
        }

        @GetMapping("/orders/{number}/recalculate")
        public String recalculate(@PathVariable String number) throws Exception {
            return executor.submit(() -> {
                LOG.info("recalculating in the background");
                return Thread.currentThread().getName();
            }).get(10, TimeUnit.SECONDS);
        }

        @PostMapping("/partner/orders/{number}")
        public String receive(@PathVariable String number, @RequestAttribute("jewelry.clientId") String partnerId) {
            checkout.receive(partnerId, number);
            return "ACCEPTED";
        }
    }
}
