package com.jewelry.logging.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's OpenSearch queries against a fake cluster on 127.0.0.1 that answers with the aggregations a real one
 * gives for {@link SampleDay}: the figures must equal those read from the files of the same day.
 */
class OpenSearchFiguresTest {

    private HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @TempDir
    Path dir;

    @BeforeEach
    void startFakeCluster() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            JsonNode body = SampleDay.JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(body);
            paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] answer = SampleDay.JSON.writeValueAsBytes(answer(body));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OpenSearchFigures client(String authorization) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new OpenSearchFigures(uri, "jewelry-*", DetectorSettings.perMinute(), authorization);
    }

    @Test
    void givesTheSameFiguresAsTheFilesOfTheSameDay() throws Exception {
        Figures fromFiles = new LogFileFigures(DetectorSettings.perMinute()).read(new SampleDay().writeTo(dir), SampleDay.FROM, SampleDay.UNTIL);

        Figures fromOpenSearch = client(null).read(SampleDay.FROM, SampleDay.UNTIL);

        assertThat(fromOpenSearch).isEqualTo(fromFiles);
    }

    @Test
    void asksForAggregationsOnlyNeverForTheLines() throws Exception {
        client(null).read(SampleDay.FROM, SampleDay.UNTIL);

        // one search for the figures, one per system for the rates
        assertThat(paths).hasSize(5).allMatch(p -> p.equals("POST /jewelry-*/_search"));
        assertThat(requests).allSatisfy(body -> {
            assertThat(body.path("size").asInt(-1)).isZero();
            assertThat(body.has("_source")).isFalse();
            assertThat(body.toString()).contains("\"gte\":\"2026-11-24T00:00:00Z\"").contains("\"lt\":\"2026-11-25T00:00:00Z\"");
        });
        JsonNode figures = requests.get(0).path("aggs");
        assertThat(figures.path("cost").path("aggs").path("percentiles").path("percentiles").path("field").asString())
                .isEqualTo("cost_calculation.duration_ms");
        assertThat(figures.path("orders_created").path("aggs").path("per_hour").path("date_histogram").path("fixed_interval").asString())
                .isEqualTo("1h");
        assertThat(figures.path("partners").path("aggs").path("by_partner").path("terms").path("field").asString()).isEqualTo("partner.id");
        assertThat(figures.path("per_event").path("filter").path("terms").path("event.action"))
                .extracting(JsonNode::asString).contains("order.created", "http.access", "anomaly.detected");
        JsonNode rates = requests.get(1);
        assertThat(rates.path("aggs").path("requests").path("aggs").path("client_address").path("terms").path("size").asInt()).isEqualTo(10);
        assertThat(rates.toString()).contains("\"fixed_interval\":\"1m\"");
    }

    @Test
    void sendsTheAuthorizationItIsGiven() throws Exception {
        client("Basic dGVzdDp0ZXN0").read(SampleDay.FROM, SampleDay.UNTIL);

        assertThat(authorizations).containsOnly("Basic dGVzdDp0ZXN0");
    }

    @Test
    void anErrorAnswerIsReportedWithItsStatus() {
        status = 403;

        assertThatThrownBy(() -> client(null).read(SampleDay.FROM, SampleDay.UNTIL)).hasMessageContaining("403");
    }

    // --- the fake cluster's answers for SampleDay --------------------------------------------------------------

    private static JsonNode answer(JsonNode request) {
        ObjectNode response = SampleDay.JSON.createObjectNode();
        response.put("took", 3).put("timed_out", false);
        response.putObject("hits").putObject("total").put("value", 20).put("relation", "eq");
        ObjectNode aggs = response.putObject("aggregations");
        if (request.path("aggs").has("events")) {
            String system = request.path("query").path("bool").path("filter").get(1).path("term").path("system").asString();
            rates(aggs, system);
        } else {
            figures(aggs);
        }
        return response;
    }

    private static void figures(ObjectNode aggs) {
        aggs.putObject("lines").put("value", new SampleDay().size());
        buckets(aggs.putObject("systems"), Map.of("API", 7L, "MES", 6L, "SHOP", 6L, "CRM", 1L));
        ObjectNode orders = aggs.putObject("orders_created").put("doc_count", 4);
        buckets(orders.putObject("by_system"), Map.of("SHOP", 3L, "CRM", 1L));
        ArrayNode hours = orders.putObject("per_hour").putArray("buckets");
        hours.addObject().put("key_as_string", "2026-11-24T10:00:00.000Z").put("key", hour("10:00")).put("doc_count", 3);
        hours.addObject().put("key_as_string", "2026-11-24T11:00:00.000Z").put("key", hour("11:00")).put("doc_count", 1);
        ArrayNode statuses = aggs.putObject("status_changes").put("doc_count", 3).putObject("by_status").putArray("buckets");
        buckets(statuses.addObject().put("key", "PAID").put("doc_count", 2).putObject("by_system"), Map.of("SHOP", 2L));
        buckets(statuses.addObject().put("key", "IN_PRODUCTION").put("doc_count", 1).putObject("by_system"), Map.of("MES", 1L));
        ObjectNode cost = aggs.putObject("cost").put("doc_count", 4);
        cost.putObject("percentiles").putObject("values").put("50.0", 2500.0).put("95.0", 9000.0);
        cost.putObject("max").put("value", 9000.0);
        ArrayNode partners = aggs.putObject("partners").put("doc_count", 4).putObject("by_partner").putArray("buckets");
        buckets(partners.addObject().put("key", "P-TEST-01").put("doc_count", 2).putObject("by_status"), Map.of("ACCEPTED", 2L));
        buckets(partners.addObject().put("key", "P-TEST-02").put("doc_count", 2).putObject("by_status"), Map.of("INVALID", 1L, "REJECTED", 1L));
        buckets(aggs.putObject("notifications").put("doc_count", 1).putObject("by_type"), Map.of("READY_FOR_PICKUP", 1L));
        ArrayNode problems = aggs.putObject("problems").put("doc_count", 2).putObject("by_system").putArray("buckets");
        buckets(problems.addObject().put("key", "API").put("doc_count", 1).putObject("by_level"), Map.of("WARN", 1L));
        buckets(problems.addObject().put("key", "MES").put("doc_count", 1).putObject("by_level"), Map.of("ERROR", 1L));
        aggs.putObject("logged_anomalies").put("doc_count", 0).putObject("by_system").putArray("buckets");
        // per event and system: what a terms aggregation over the sample's event lines gives
        Map<String, Map<String, Long>> perEvent = new java.util.TreeMap<>();
        SampleDay day = new SampleDay();
        java.util.stream.Stream.of(day.shop, day.crm, day.mes, day.api).flatMap(List::stream)
                .filter(line -> line.path("event").has("action"))
                .forEach(line -> perEvent.computeIfAbsent(line.path("event").path("action").asString(), k -> new java.util.TreeMap<>())
                        .merge(line.path("system").asString(), 1L, Long::sum));
        ArrayNode events = aggs.putObject("per_event").putObject("by_event").putArray("buckets");
        perEvent.forEach((event, systems) -> buckets(events.addObject().put("key", event)
                .put("doc_count", systems.values().stream().mapToLong(Long::longValue).sum()).putObject("by_system"), systems));
    }

    private static void rates(ObjectNode aggs, String system) {
        ArrayNode events = aggs.putObject("events").putObject("by_event").putArray("buckets");
        ObjectNode errors = aggs.putObject("errors");
        ObjectNode requests = aggs.putObject("requests");
        ArrayNode ids = requests.putObject("client_id").putArray("buckets");
        ArrayNode addresses = requests.putObject("client_address").putArray("buckets");
        errors.putObject("per_window").putArray("buckets");
        switch (system) {
            case "SHOP" -> minutes(events.addObject().put("key", "order.created").put("doc_count", 3), Map.of("10:00", 2L, "11:15", 1L));
            case "CRM" -> minutes(events.addObject().put("key", "order.created").put("doc_count", 1), Map.of("10:20", 1L));
            case "MES" -> minutes(errors, Map.of("15:00", 1L));
            case "API" -> {
                minutes(events.addObject().put("key", "partner_order.received").put("doc_count", 4), Map.of("13:00", 4L));
                minutes(events.addObject().put("key", "http.access").put("doc_count", 2), Map.of("16:00", 2L));
                minutes(ids.addObject().put("key", "P-TEST-01").put("doc_count", 2), Map.of("16:00", 2L));
                minutes(addresses.addObject().put("key", "ip~5a01").put("doc_count", 2), Map.of("16:00", 2L));
            }
            default -> throw new AssertionError("no such system in the sample: " + system);
        }
    }

    private static void buckets(ObjectNode agg, Map<String, Long> counts) {
        ArrayNode buckets = agg.putArray("buckets");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> buckets.addObject().put("key", e.getKey()).put("doc_count", e.getValue()));
    }

    private static void minutes(ObjectNode agg, Map<String, Long> counts) {
        ArrayNode buckets = agg.putObject("per_window").putArray("buckets");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> buckets.addObject().put("key", hour(e.getKey())).put("doc_count", e.getValue()));
    }

    private static long hour(String hhmm) {
        return Instant.parse("2026-11-24T" + hhmm + ":00Z").toEpochMilli();
    }

}
