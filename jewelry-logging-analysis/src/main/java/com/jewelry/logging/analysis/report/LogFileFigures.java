package com.jewelry.logging.analysis.report;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.anomaly.SeriesKey;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The key figures from the JSON lines the services wrote: every {@code *.json} and rolled {@code *.json.gz} file of a
 * directory (and its sub-directories), lines whose {@code @timestamp} is in [from, until).
 */
public final class LogFileFigures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DetectorSettings settings;
    private final EventCatalogue catalogue;

    /** Figures of the library's own events. */
    public LogFileFigures(DetectorSettings settings) {
        this(settings, EventCatalogue.builtIn());
    }

    /** Figures of the events of a catalogue: a service's own events are counted in {@link Figures#events()} too. */
    public LogFileFigures(DetectorSettings settings, EventCatalogue catalogue) {
        this.settings = settings;
        this.catalogue = catalogue;
    }

    /** The log files of a directory, sorted by name. */
    public static List<Path> logFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json") || p.getFileName().toString().endsWith(".json.gz"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the files; {@code from}/{@code until} null mean the whole content. */
    public Figures read(Path dir, Instant from, Instant until) {
        Counter counter = new Counter(from, until, catalogue);
        for (Path file : logFiles(dir)) {
            try (InputStream in = open(file);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String raw;
                while ((raw = reader.readLine()) != null) {
                    if (!raw.isBlank()) {
                        counter.line(raw);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return counter.figures(settings);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Adds up the lines; kept apart from I/O so tests can feed it lines. */
    static final class Counter {
        private final Instant from;
        private final Instant until;
        private Instant first;
        private Instant last;
        private long lines;
        private long unreadable;
        private final SortedMap<String, Long> ordersCreated = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> ordersPerStatus = new TreeMap<>();
        private final SortedMap<Instant, Long> ordersPerHour = new TreeMap<>();
        private final List<Double> costMillis = new ArrayList<>();
        private final SortedMap<String, SortedMap<String, Long>> partnerReceipts = new TreeMap<>();
        private final SortedMap<String, Long> notifications = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> problems = new TreeMap<>();
        private final SortedMap<String, Long> loggedAnomalies = new TreeMap<>();
        private final SortedMap<String, SortedMap<String, Long>> events = new TreeMap<>();
        private final RateSeries series = new RateSeries();
        private final EventCatalogue catalogue;

        Counter(Instant from, Instant until, EventCatalogue catalogue) {
            this.from = from;
            this.until = until;
            this.catalogue = catalogue;
        }

        void line(String raw) {
            JsonNode line;
            Instant at;
            try {
                line = JSON.readTree(raw);
                at = Instant.parse(line.path("@timestamp").asString());
            } catch (JacksonException | DateTimeParseException e) {
                unreadable++;
                return;
            }
            if ((from != null && at.isBefore(from)) || (until != null && !at.isBefore(until))) {
                return;
            }
            lines++;
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
            String system = line.path("system").asString("");
            String action = line.path("event").path("action").asString("");
            String level = line.path("log").path("level").asString("");
            Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
            if (catalogue.contains(action)) {
                nested(events, action, system);
            }
            if (action.equals(OrderCreated.TYPE.name())) {
                ordersCreated.merge(system, 1L, Long::sum);
                ordersPerHour.merge(at.truncatedTo(ChronoUnit.HOURS), 1L, Long::sum);
            } else if (action.equals(OrderStatusChanged.TYPE.name())) {
                nested(ordersPerStatus, ReportFields.text(line, ReportFields.STATUS), system);
            } else if (action.equals(CostCalculationRequested.TYPE.name())) {
                JsonNode duration = ReportFields.at(line, ReportFields.COST_DURATION);
                if (duration.isNumber()) {
                    costMillis.add(duration.asDouble());
                }
            } else if (action.equals(PartnerOrderReceived.TYPE.name())) {
                nested(partnerReceipts, ReportFields.text(line, ReportFields.PARTNER),
                        ReportFields.text(line, ReportFields.PROCESSING_STATUS));
            } else if (action.equals(NotificationSent.TYPE.name())) {
                notifications.merge(ReportFields.text(line, ReportFields.NOTIFICATION_TYPE), 1L, Long::sum);
            } else if (action.equals(AnomalyDetected.TYPE.name())) {
                loggedAnomalies.merge(system, 1L, Long::sum);
            }
            if (RateSeries.WATCHED_EVENTS.contains(action)) {
                series.add(SeriesKey.of(system, action), minute, 1);
            }
            if (SeriesKey.HTTP_REQUESTS.equals(action)) {
                JsonNode client = line.path("client");
                for (String dimension : RateSeries.CLIENT_DIMENSIONS) {
                    String value = client.path(dimension.substring("client.".length())).asString(null);
                    if (value != null && !value.isEmpty()) {
                        series.add(SeriesKey.requestsBy(system, dimension, value), minute, 1);
                    }
                }
            }
            if ("WARN".equals(level) || "ERROR".equals(level)) {
                nested(problems, system, level);
                if ("ERROR".equals(level)) {
                    series.add(SeriesKey.of(system, SeriesKey.ERRORS), minute, 1);
                }
            }
        }

        private static void nested(SortedMap<String, SortedMap<String, Long>> map, String outer, String inner) {
            map.computeIfAbsent(outer, k -> new TreeMap<>()).merge(inner, 1L, Long::sum);
        }

        long unreadable() {
            return unreadable;
        }

        Figures figures(DetectorSettings settings) {
            Instant start = from != null ? from : first != null ? first.truncatedTo(ChronoUnit.MINUTES) : Instant.EPOCH;
            Instant end = until != null ? until : last != null ? last.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES) : start;
            series.keepTopClients();
            java.time.Duration window = RateSeries.windowFor(start, end);
            List<AnomalyDetected> anomalies = series.rebucket(window).anomalies(settings.withWindow(window), end);
            return new Figures(start, end, lines, ordersCreated, ordersPerStatus, ordersPerHour,
                    Percentiles.durations(costMillis.stream().mapToDouble(Double::doubleValue).toArray()),
                    partnerReceipts, notifications, problems, anomalies, loggedAnomalies, events);
        }
    }
}
