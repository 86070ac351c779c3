package com.jewelry.logging.analysis.report;

import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The key figures from OpenSearch, by aggregations only (terms, percentiles, max, date histograms), never by
 * reading the lines: one search for the figures, then one per system for the per-window rates the anomaly detector
 * needs. Gives the same {@link Figures} as {@link LogFileFigures} on the same lines.
 */
public final class OpenSearchFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TERMS = 500;

    private final URI base;
    private final String indices;
    private final HttpClient http;
    private final DetectorSettings settings;
    private final String authorization;
    private final EventCatalogue catalogue;

    /** Figures of the library's own events; see {@link #OpenSearchFigures(URI, String, DetectorSettings, String, EventCatalogue)}. */
    public OpenSearchFigures(URI base, String indices, DetectorSettings settings, String authorization) {
        this(base, indices, settings, authorization, EventCatalogue.builtIn());
    }

    /**
     * @param base          the cluster, e.g. {@code http://127.0.0.1:9200}
     * @param indices       the index pattern searched, e.g. {@code jewelry-*}
     * @param authorization an {@code Authorization} header value, or null
     * @param catalogue     the events counted in {@link Figures#events()}
     */
    public OpenSearchFigures(URI base, String indices, DetectorSettings settings, String authorization,
                             EventCatalogue catalogue) {
        this.catalogue = catalogue;
        this.base = base;
        this.indices = indices;
        this.settings = settings;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public Figures read(Instant from, Instant until) throws IOException, InterruptedException {
        JsonNode aggs = search(figuresQuery(from, until, catalogue)).path("aggregations");
        long lines = aggs.path("lines").path("value").asLong();

        SortedMap<String, Long> ordersCreated = terms(aggs.path("orders_created").path("by_system"));
        SortedMap<Instant, Long> ordersPerHour = new TreeMap<>();
        for (JsonNode bucket : aggs.path("orders_created").path("per_hour").path("buckets")) {
            if (bucket.path("doc_count").asLong() > 0) {
                ordersPerHour.put(Instant.ofEpochMilli(bucket.path("key").asLong()), bucket.path("doc_count").asLong());
            }
        }
        JsonNode cost = aggs.path("cost");
        long costCount = cost.path("doc_count").asLong();
        Figures.Durations durations = costCount == 0 ? Figures.Durations.NONE : new Figures.Durations(costCount,
                percentile(cost.path("percentiles"), "50.0"), percentile(cost.path("percentiles"), "95.0"),
                cost.path("max").path("value").asDouble());

        RateSeries series = new RateSeries();
        Duration window = RateSeries.windowFor(from, until);
        for (String system : systems(aggs)) {
            JsonNode rates = search(ratesQuery(from, until, system, window)).path("aggregations");
            for (JsonNode event : rates.path("events").path("by_event").path("buckets")) {
                histogram(series, SeriesKey.of(system, event.path("key").asString()), event.path("per_window"));
            }
            histogram(series, SeriesKey.of(system, SeriesKey.ERRORS), rates.path("errors").path("per_window"));
            for (String dimension : RateSeries.CLIENT_DIMENSIONS) {
                for (JsonNode client : rates.path("requests").path(aggName(dimension)).path("buckets")) {
                    histogram(series, SeriesKey.requestsBy(system, dimension, client.path("key").asString()),
                            client.path("per_window"));
                }
            }
        }
        return new Figures(from, until, lines, ordersCreated,
                nested(aggs.path("status_changes").path("by_status"), "by_system"), ordersPerHour, durations,
                nested(aggs.path("partners").path("by_partner"), "by_status"),
                terms(aggs.path("notifications").path("by_type")),
                nested(aggs.path("problems").path("by_system"), "by_level"),
                series.anomalies(settings.withWindow(window), until),
                terms(aggs.path("logged_anomalies").path("by_system")),
                nested(aggs.path("per_event").path("by_event"), "by_system"));
    }

    /** Every system that has a line in the period (the terms of the figures search). */
    private static List<String> systems(JsonNode aggs) {
        List<String> systems = new ArrayList<>();
        aggs.path("systems").path("buckets").forEach(b -> systems.add(b.path("key").asString()));
        return systems;
    }

    private JsonNode search(ObjectNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/" + indices + "/_search"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("OpenSearch answered " + response.statusCode() + " to a search of " + indices + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    /** The figures search: one request, filters with terms, percentiles and max inside. */
    static ObjectNode figuresQuery(Instant from, Instant until, EventCatalogue catalogue) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        body.set("query", range(from, until));
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("lines").putObject("value_count").put("field", "@timestamp");
        terms(aggs.putObject("systems"), "system");

        ObjectNode orders = filtered(aggs, "orders_created", LogFields.EVENT_ACTION, OrderCreated.TYPE.name());
        terms(orders.putObject("by_system"), "system");
        ObjectNode perHour = orders.putObject("per_hour").putObject("date_histogram");
        perHour.put("field", "@timestamp").put("fixed_interval", "1h").put("min_doc_count", 1);

        ObjectNode status = filtered(aggs, "status_changes", LogFields.EVENT_ACTION, OrderStatusChanged.TYPE.name());
        terms(terms(status.putObject("by_status"), ReportFields.STATUS).putObject("by_system"), "system");

        ObjectNode cost = filtered(aggs, "cost", LogFields.EVENT_ACTION, CostCalculationRequested.TYPE.name());
        ObjectNode percentiles = cost.putObject("percentiles").putObject("percentiles");
        percentiles.put("field", ReportFields.COST_DURATION);
        percentiles.putArray("percents").add(50.0).add(95.0);
        cost.putObject("max").putObject("max").put("field", ReportFields.COST_DURATION);

        ObjectNode partners = filtered(aggs, "partners", LogFields.EVENT_ACTION, PartnerOrderReceived.TYPE.name());
        terms(terms(partners.putObject("by_partner"), ReportFields.PARTNER).putObject("by_status"), ReportFields.PROCESSING_STATUS);

        ObjectNode notifications = filtered(aggs, "notifications", LogFields.EVENT_ACTION, NotificationSent.TYPE.name());
        terms(notifications.putObject("by_type"), ReportFields.NOTIFICATION_TYPE);

        ObjectNode problems = aggs.putObject("problems");
        ArrayNode levels = problems.putObject("filter").putObject("terms").putArray("log.level");
        levels.add("WARN").add("ERROR");
        terms(terms(problems.putObject("aggs").putObject("by_system"), "system").putObject("by_level"), "log.level");

        ObjectNode logged = filtered(aggs, "logged_anomalies", LogFields.EVENT_ACTION, AnomalyDetected.TYPE.name());
        terms(logged.putObject("by_system"), "system");

        ObjectNode perEvent = aggs.putObject("per_event");
        ArrayNode names = perEvent.putObject("filter").putObject("terms").putArray(LogFields.EVENT_ACTION);
        catalogue.names().forEach(names::add);
        terms(terms(perEvent.putObject("aggs").putObject("by_event"), LogFields.EVENT_ACTION).putObject("by_system"), "system");
        return body;
    }

    /** The rates of one system in detector windows: events, ERROR lines, and the busiest clients' requests. */
    static ObjectNode ratesQuery(Instant from, Instant until, String system, Duration window) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("filter").add(range(from, until)).addObject().putObject("term").put("system", system);
        ObjectNode aggs = body.putObject("aggs");

        ObjectNode events = aggs.putObject("events");
        ArrayNode watched = events.putObject("filter").putObject("terms").putArray(LogFields.EVENT_ACTION);
        RateSeries.WATCHED_EVENTS.forEach(watched::add);
        perWindow(terms(events.putObject("aggs").putObject("by_event"), LogFields.EVENT_ACTION), window);

        ObjectNode errors = filtered(aggs, "errors", "log.level", "ERROR");
        perWindow(errors, window);

        ObjectNode requests = filtered(aggs, "requests", LogFields.EVENT_ACTION, SeriesKey.HTTP_REQUESTS);
        for (String dimension : RateSeries.CLIENT_DIMENSIONS) {
            ObjectNode clients = requests.putObject(aggName(dimension));
            ObjectNode clientTerms = clients.putObject("terms");
            clientTerms.put("field", dimension).put("size", RateSeries.TOP_CLIENTS);
            // the busiest first, ties by value: the order the file reader keeps
            ArrayNode order = clientTerms.putArray("order");
            order.addObject().put("_count", "desc");
            order.addObject().put("_key", "asc");
            perWindow(clients.putObject("aggs"), window);
        }
        return body;
    }

    /** Aggregation names keep clear of dots (client.id becomes client_id). */
    static String aggName(String field) {
        return field.replace('.', '_');
    }

    private static ObjectNode range(Instant from, Instant until) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("range").putObject("@timestamp").put("gte", from.toString()).put("lt", until.toString());
        return query;
    }

    /** A filter aggregation on one term; returns its sub-aggregations object. */
    private static ObjectNode filtered(ObjectNode aggs, String name, String field, String value) {
        ObjectNode agg = aggs.putObject(name);
        agg.putObject("filter").putObject("term").put(field, value);
        return agg.putObject("aggs");
    }

    /** Makes {@code agg} a terms aggregation; returns its sub-aggregations object. */
    private static ObjectNode terms(ObjectNode agg, String field) {
        agg.putObject("terms").put("field", field).put("size", MAX_TERMS);
        return agg.putObject("aggs");
    }

    private static void perWindow(ObjectNode aggs, Duration window) {
        aggs.putObject("per_window").putObject("date_histogram").put("field", "@timestamp")
                .put("fixed_interval", window.toMinutes() + "m").put("min_doc_count", 1);
    }

    private static void histogram(RateSeries series, SeriesKey key, JsonNode histogram) {
        for (JsonNode bucket : histogram.path("buckets")) {
            long count = bucket.path("doc_count").asLong();
            if (count > 0) {
                series.add(key, Instant.ofEpochMilli(bucket.path("key").asLong()), count);
            }
        }
    }

    private static double percentile(JsonNode percentiles, String key) {
        JsonNode value = percentiles.path("values").path(key);
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    private static SortedMap<String, Long> terms(JsonNode agg) {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (JsonNode bucket : agg.path("buckets")) {
            counts.put(bucket.path("key").asString(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    private static SortedMap<String, SortedMap<String, Long>> nested(JsonNode agg, String inner) {
        SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
        for (JsonNode bucket : agg.path("buckets")) {
            counts.put(bucket.path("key").asString(), terms(bucket.path(inner)));
        }
        return counts;
    }
}
