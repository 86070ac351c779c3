package com.jewelry.logging.core.backend;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.Detail;
import com.jewelry.logging.core.DetailLine;
import com.jewelry.logging.core.EventLine;
import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.masking.MaskedCut;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.TimedEvent;
import com.jewelry.logging.core.internal.Diagnostics;
import com.jewelry.logging.core.internal.json.DetailWriter;
import com.jewelry.logging.core.internal.json.EventPayloadWriter;
import com.jewelry.logging.core.internal.json.LogstashArguments;
import com.jewelry.logging.core.internal.json.LogstashArguments.Pair;
import com.jewelry.logging.core.internal.json.LogstashArguments.Shape;
import com.jewelry.logging.core.internal.json.SafeText;
import com.jewelry.logging.core.internal.json.WriteLimits;
import com.jewelry.logging.core.internal.json.WriteProblems;
import com.jewelry.logging.masking.json.MaskingJsonWriter;
import org.slf4j.helpers.MessageFormatter;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Writes every field of the jewelry-logging envelope except {@code @timestamp}: log level and logger, thread,
 * message, system and service, correlation ids, labels, the typed event's payload, DEBUG detail, the error, and the
 * {@code event} object. It is the one writer behind every back end, so Logback and Log4j2 lines are the same.
 * Nothing it writes can break the line: values are bounded, and unrenderable ones flagged in {@code event.invalid}.
 * Thread-safe once built.
 */
public final class EnvelopeWriter {

    /**
     * Top-level fields whose whole value the library itself produces (the system, the service from configuration,
     * the timestamp, and the {@code event} head, times and durations it computes): a back end may leave them
     * unscanned. Everything else is scanned; the one input-derived part of {@code event}, the {@code invalid}
     * texts that quote offending keys, is masked here before it is written. {@code log} (the logger name) and
     * {@code process} (the thread name) are not in the list: both can carry input.
     */
    public static final Set<String> CODE_WRITTEN_FIELDS =
            Set.of(LogFields.TIMESTAMP, LogFields.SYSTEM, "service", "event");
    /** Longest stack trace written by default, in chars. */
    public static final int DEFAULT_MAX_STACK_TRACE_LENGTH = 16_384;

    private static final int CORRELATION_KEY_RANKS = 8;
    /** MDC key -> kind (trace, span, request) * {@link #CORRELATION_KEY_RANKS} + its rank in {@link LogFields}' list. */
    private static final Map<String, Integer> CORRELATION_KEYS = correlationKeys();

    private final String system;
    private final String datasetOperational;
    private final String datasetError;
    private final String datasetAccess;
    private final String serviceName;
    private final String environment;
    private final WriteLimits limits;
    private final int maxStackTraceLength;
    private final EventPayloadWriter payloadWriter;
    private final DetailWriter detailWriter;
    private final Diagnostics diagnostics = new Diagnostics();
    private final IsoInstant.Cached lineTime = new IsoInstant.Cached();
    private final IsoInstant.Cached eventTime = new IsoInstant.Cached();
    private final Consumer<String> warnings;

    private EnvelopeWriter(Builder builder) {
        this.warnings = builder.warnings;
        this.system = normaliseSystem(builder.system, warnings);
        String systemLowerCase = system.toLowerCase(Locale.ROOT);
        this.datasetOperational = systemLowerCase + ".operational";
        this.datasetError = systemLowerCase + ".error";
        this.datasetAccess = systemLowerCase + ".access";
        this.serviceName = blankTo(builder.serviceName, "unknown");
        this.environment = blankTo(builder.environment, "unknown");
        this.limits = new WriteLimits(builder.maxStringLength, WriteLimits.DEFAULTS.maxListItems(), WriteLimits.DEFAULTS.maxDepth());
        if (builder.maxStackTraceLength < 64) {
            throw new IllegalArgumentException("maxStackTraceLength too small: " + builder.maxStackTraceLength);
        }
        this.maxStackTraceLength = builder.maxStackTraceLength;
        this.payloadWriter = new EventPayloadWriter(limits);
        this.detailWriter = new DetailWriter(limits);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String normaliseSystem(String system, Consumer<String> warnings) {
        if (system == null || system.isBlank()) {
            warnings.accept("jewelry-logging: no system set (MES, CRM, API or SHOP); lines carry system=UNKNOWN");
            return "UNKNOWN";
        }
        String upper = system.trim().toUpperCase(Locale.ROOT);
        try {
            return SystemName.valueOf(upper).name();
        } catch (IllegalArgumentException e) {
            warnings.accept("jewelry-logging: unknown system '" + system + "' (expected MES, CRM, API or SHOP); written as given");
            return upper;
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The system written to every line. */
    public String system() {
        return system;
    }

    /** Problems seen while writing lines, by kind, for self-monitoring. */
    public Map<String, Long> problemCounts() {
        return diagnostics.snapshot();
    }

    /**
     * How many chars of a stack trace a back end should render at most before the writer masks and cuts it to
     * {@code maxStackTraceLength}: far enough beyond the cut that what the renderer drops never reaches the line.
     */
    public static int renderBudget(int maxStackTraceLength) {
        return (int) Math.min(Integer.MAX_VALUE / 2, 4L * maxStackTraceLength);
    }

    /** Writes {@code "@timestamp":"<ISO-8601 UTC>"}: the instant the back end stamped on the line. */
    public void writeTimestamp(MaskingJsonWriter gen, long epochSecond, int nanos) {
        gen.writeName(LogFields.TIMESTAMP);
        char[] iso = gen.charScratch(IsoInstant.MAX_LENGTH);
        gen.writeString(iso, 0, lineTime.format(epochSecond, nanos, iso));
    }

    /**
     * Writes the envelope fields into the object the writer is in.
     *
     * @param objectMapper renders DEBUG detail objects; may be null (they are then written as text)
     */
    public void write(MaskingJsonWriter gen, LogLine line, ObjectMapper objectMapper) {
        write(gen, line, objectMapper, new WriteProblems());
    }

    /**
     * Like {@link #write(MaskingJsonWriter, LogLine, ObjectMapper)}, with a problem collector the back end reuses
     * line after line (it is reset here).
     */
    public void write(MaskingJsonWriter gen, LogLine line, ObjectMapper objectMapper, WriteProblems problems) {
        problems.reset();
        BusinessEvent businessEvent = null;
        EventOutcome outcome = null;
        Object[] arguments = line.arguments();
        boolean hasDetail = false;
        boolean hasStructured = false;
        boolean hasObjects = false;
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof EventLine eventLine) {
                    if (businessEvent == null) {
                        businessEvent = eventLine.event();
                        outcome = eventLine.outcome();
                    }
                } else if (argument instanceof DetailLine) {
                    hasDetail = true;
                } else if (argument instanceof BusinessEvent e) {
                    if (businessEvent == null) {
                        businessEvent = e;
                    }
                } else if (argument instanceof EventOutcome o) {
                    outcome = o;
                } else if (argument instanceof Detail) {
                    hasDetail = true;
                } else if (LogstashArguments.isStructured(argument)) {
                    hasStructured = true;
                } else if (argument != null && !(argument instanceof Throwable) && !DetailWriter.isScalar(argument)) {
                    hasObjects = true;
                }
            }
        }

        Fragments fragments = fragments(gen);
        gen.writeFragment(fragments.logHead(line.level(), line.loggerName()));

        gen.writeFragment(fragments.processHead(line.threadName()));

        List<Pair> structured = hasStructured ? LogstashArguments.pairs(arguments) : List.of();
        String message = hasObjects || hasStructured
                ? messageWithMaskedObjects(gen, line, structured, objectMapper, problems)
                : SafeText.of(line.formattedMessage());
        if (message != null) {
            if (limits.exceeds(message)) {
                problems.add(LogFields.MESSAGE, "truncated");
            }
            gen.writeStringProperty(LogFields.MESSAGE, limits.bound(gen.masker(), message));
        }

        gen.writeFragment(fragments.systemAndService);

        boolean objectPairs = writeCorrelation(gen, line, structured);

        if (businessEvent != null) {
            payloadWriter.write(gen, businessEvent, problems);
        }
        if (hasDetail || objectPairs) {
            writeDetail(gen, arguments, line, structured, objectMapper, problems);
        }
        writeError(gen, line);

        EventCategory category = categoryOf(line, businessEvent);
        gen.writeName("event");
        gen.writeStartObject();
        EventOutcome writtenOutcome = businessEvent != null && outcome == null ? EventOutcome.SUCCESS : outcome;
        gen.writeFragment(fragments.eventHead(gen, businessEvent == null ? null : businessEvent.type(), category,
                line.isWarnOrError(), writtenOutcome));
        if (businessEvent != null) {
            Instant occurredAt = businessEvent.time();
            if (occurredAt != null) {
                gen.writeName("occurred_at");
                char[] iso = gen.charScratch(IsoInstant.MAX_LENGTH);
                gen.writeString(iso, 0, eventTime.format(occurredAt, iso));
            } else {
                problems.add(LogFields.EVENT_OCCURRED_AT, "missing");
            }
            if (businessEvent instanceof TimedEvent timed) {
                Duration duration = safeDuration(timed);
                if (duration != null) {
                    gen.writeNumberProperty("duration_ms", duration.toMillis());
                }
            }
        }
        if (!problems.isEmpty()) {
            gen.writeName("invalid");
            gen.writeStartArray();
            for (String problem : problems.list()) {
                // the texts quote offending keys and paths (input) and sit under the unscanned "event"
                gen.writeString(gen.masker().maskText(problem));
            }
            gen.writeEndArray();
            if (!(writtenOutcome == EventOutcome.FAILURE && onlyMissingFields(problems))) {
                // a failed call never produced the fields it would have returned: flagged, not reported
                reportOnce(businessEvent, problems);
            }
        }
        gen.writeEndObject();
    }

    /**
     * The message formatted again from its pattern, with each object argument (a DTO, a list, a map) written as
     * its masked JSON and each structured argument as {@code key=<masked value>}: their {@code toString()} would
     * bypass name rules and {@code @Sensitive}. Only for lines that carry such arguments.
     */
    private String messageWithMaskedObjects(MaskingJsonWriter gen, LogLine line, List<Pair> structured,
                                            ObjectMapper objectMapper, WriteProblems problems) {
        String pattern = line.messagePattern();
        Object[] arguments = line.arguments();
        if (pattern == null) {
            return SafeText.of(line.formattedMessage());
        }
        Object[] shown = new Object[arguments.length];
        int nextPair = 0;
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            if (argument == null || argument instanceof Throwable || DetailWriter.isScalar(argument)
                    || argument instanceof EventLine || argument instanceof DetailLine || argument instanceof Detail
                    || argument instanceof BusinessEvent || argument instanceof EventOutcome) {
                shown[i] = argument instanceof Throwable || argument == null || DetailWriter.isScalar(argument)
                        ? argument : SafeText.of(argument);
            } else if (LogstashArguments.isStructured(argument)) {
                StringBuilder text = new StringBuilder();
                // one structured argument may hold several pairs (entries of a map); they follow in order
                int pairs = LogstashArguments.pairs(new Object[] {argument}).size();
                for (int p = 0; p < pairs && nextPair < structured.size(); p++, nextPair++) {
                    Pair pair = structured.get(nextPair);
                    if (text.length() > 0) {
                        text.append(", ");
                    }
                    if (pair.key() != null) {
                        text.append(pair.key()).append('=');
                    }
                    text.append(renderedValue(gen, pair.key(), pair.value(), pair.shape(), objectMapper, problems));
                }
                shown[i] = text.toString();
            } else {
                shown[i] = renderedValue(gen, null, argument, Shape.VALUE, objectMapper, problems);
            }
        }
        return MessageFormatter.arrayFormat(pattern, shown).getMessage();
    }

    /** A value as it reads in the message: text masked as under its key, an object as its masked compact JSON. */
    private String renderedValue(MaskingJsonWriter gen, String key, Object value, Shape shape, ObjectMapper objectMapper,
                                 WriteProblems problems) {
        Masker masker = gen.masker();
        if (value == null) {
            return "null";
        }
        if (shape == Shape.VALUE && DetailWriter.isScalar(value)) {
            return masker.maskValue(key, SafeText.of(value));
        }
        MaskingJsonWriter json = gen.newSibling();
        // inside an array, so the key is never taken for one of the line's unscanned top-level names
        json.begin(masker).writeStartArray().writeStartObject();
        json.writeName(key == null ? "value" : key);
        int from = json.size();
        if (shape == Shape.RAW_JSON) {
            detailWriter.writeJson(json, LogFields.MESSAGE, SafeText.of(value), objectMapper, problems);
        } else if (shape == Shape.FIELDS) {
            json.writeStartObject();
            detailWriter.writeMembers(json, LogFields.MESSAGE, "fields", value, objectMapper, problems);
            json.writeEndObject();
        } else {
            detailWriter.writeValue(json, LogFields.MESSAGE, value, objectMapper, problems);
        }
        return new String(json.buffer(), from, json.size() - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Writes the few fields a line keeps when it could not be written whole (a back end's last resort): level,
     * logger, system, service, and {@code event} with the problem in {@code event.invalid}. Never throws.
     */
    public void writeMinimal(MaskingJsonWriter gen, String level, String loggerName, String problem) {
        gen.writeName("log");
        gen.writeStartObject();
        gen.writeStringProperty("level", level);
        gen.writeStringProperty("logger", loggerName == null ? "unknown" : limits.bound(gen.masker(), loggerName));
        gen.writeEndObject();
        gen.writeStringProperty(LogFields.SYSTEM, system);
        gen.writeName("service");
        gen.writeStartObject();
        gen.writeStringProperty("name", serviceName);
        gen.writeStringProperty("environment", environment);
        gen.writeEndObject();
        gen.writeName("event");
        gen.writeStartObject();
        gen.writeStringProperty("category", EventCategory.TECHNICAL.jsonValue());
        gen.writeStringProperty("dataset", datasetError);
        gen.writeName("invalid");
        gen.writeStartArray();
        gen.writeString(problem);
        gen.writeEndArray();
        gen.writeEndObject();
        diagnostics.firstOccurrence("line " + problem);
    }

    private volatile Fragments fragments;
    private static final int LOG_HEADS = 256;

    private record LogHead(String logger, String level, byte[] bytes) {
    }

    private record ProcessHead(String thread, byte[] bytes) {
    }

    /** The constant parts of lines, rendered with the masker of the line being written. */
    private Fragments fragments(MaskingJsonWriter gen) {
        Fragments current = fragments;
        if (current == null || current.masker != gen.masker()) {
            current = new Fragments(gen);
            fragments = current;
        }
        return current;
    }

    /**
     * The parts of a line that are the same line after line, rendered once per masker (so name rules apply as
     * anywhere else) and copied into each line: {@code system} and {@code service}, {@code log} per logger and
     * level, {@code process} per thread, and the head of the {@code event} object (action, version, category,
     * dataset, outcome) per event type.
     */
    private final class Fragments {
        private static final int OUTCOMES = EventOutcome.values().length + 1;

        final Masker masker;
        final byte[] systemAndService;
        private final MaskingJsonWriter renderer;
        private final Map<EventType<?>, byte[][]> heads = new ConcurrentHashMap<>();
        private final byte[][] otherHeads = new byte[EventCategory.values().length * 2 * OUTCOMES][];
        private final LogHead[] logHeads = new LogHead[LOG_HEADS];
        private final ProcessHead[] processHeads = new ProcessHead[LOG_HEADS];

        Fragments(MaskingJsonWriter gen) {
            this.masker = gen.masker();
            this.renderer = gen.newSibling();
            renderer.begin(masker).writeStartObject();
            int from = renderer.size();
            renderer.writeStringProperty(LogFields.SYSTEM, system);
            renderer.writeName("service");
            renderer.writeStartObject();
            renderer.writeStringProperty("name", serviceName);
            renderer.writeStringProperty("environment", environment);
            renderer.writeEndObject();
            this.systemAndService = Arrays.copyOfRange(renderer.buffer(), from, renderer.size());
        }

        byte[] eventHead(MaskingJsonWriter gen, EventType<?> type, EventCategory category, boolean warnOrError,
                         EventOutcome outcome) {
            int index = (warnOrError ? OUTCOMES : 0) + (outcome == null ? 0 : outcome.ordinal() + 1);
            byte[][] cache;
            if (type != null) {
                cache = heads.get(type);
                if (cache == null) {
                    cache = heads.computeIfAbsent(type, t -> new byte[2 * OUTCOMES][]);
                }
            } else {
                cache = otherHeads;
                index += category.ordinal() * 2 * OUTCOMES;
            }
            byte[] head = cache[index];
            if (head == null) {
                head = renderEventHead(type, category, warnOrError, outcome);
                cache[index] = head; // racy but idempotent: the same bytes whoever renders them
            }
            return head;
        }

        /** {@code "log":{"level":..,"logger":..}}: cached per logger and level, by identity (names are constants). */
        byte[] logHead(String level, String loggerName) {
            int h = (System.identityHashCode(loggerName) + 31 * System.identityHashCode(level)) * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & (LOG_HEADS - 1);
            LogHead head = logHeads[slot];
            if (head != null && head.logger == loggerName && head.level == level) {
                return head.bytes;
            }
            byte[] bytes = renderLogHead(level, loggerName);
            if (loggerName != null && loggerName.length() <= 256) {
                logHeads[slot] = new LogHead(loggerName, level, bytes); // immutable: safe to publish racily
            }
            return bytes;
        }

        /**
         * {@code "process":{"thread":{"name":..}}}: cached per thread name, by identity (a thread keeps its name's
         * String until it is renamed).
         */
        byte[] processHead(String threadName) {
            int h = System.identityHashCode(threadName) * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & (LOG_HEADS - 1);
            ProcessHead head = processHeads[slot];
            if (head != null && head.thread == threadName) {
                return head.bytes;
            }
            byte[] bytes = renderProcessHead(threadName);
            if (threadName != null && threadName.length() <= 256) {
                processHeads[slot] = new ProcessHead(threadName, bytes); // immutable: safe to publish racily
            }
            return bytes;
        }

        private synchronized byte[] renderProcessHead(String threadName) {
            renderer.begin(masker).writeStartObject();
            int from = renderer.size();
            renderer.writeName("process");
            renderer.writeStartObject();
            renderer.writeName("thread");
            renderer.writeStartObject();
            renderer.writeStringProperty("name", threadName);
            renderer.writeEndObject();
            renderer.writeEndObject();
            return Arrays.copyOfRange(renderer.buffer(), from, renderer.size());
        }

        private synchronized byte[] renderLogHead(String level, String loggerName) {
            renderer.begin(masker).writeStartObject();
            int from = renderer.size();
            renderer.writeName("log");
            renderer.writeStartObject();
            renderer.writeStringProperty("level", level);
            renderer.writeStringProperty("logger", loggerName == null ? null : limits.bound(masker, loggerName));
            renderer.writeEndObject();
            return Arrays.copyOfRange(renderer.buffer(), from, renderer.size());
        }

        private synchronized byte[] renderEventHead(EventType<?> type, EventCategory category, boolean warnOrError,
                                                    EventOutcome outcome) {
            renderer.begin(masker).writeStartObject();
            renderer.writeName("event");
            renderer.writeStartObject();
            int from = renderer.size();
            if (type != null) {
                renderer.writeStringProperty("action", type.name());
                renderer.writeNumberProperty("version", type.version());
            }
            renderer.writeStringProperty("category", category.jsonValue());
            renderer.writeStringProperty("dataset", dataset(category, warnOrError));
            if (outcome != null) {
                renderer.writeStringProperty("outcome", outcome.jsonValue());
            }
            return Arrays.copyOfRange(renderer.buffer(), from, renderer.size());
        }
    }

    /** {@code <system>.<stream>}, precomputed: see {@link LogFields#stream}. */
    private String dataset(EventCategory category, boolean warnOrError) {
        return switch (LogFields.stream(category, warnOrError)) {
            case "access" -> datasetAccess;
            case "error" -> datasetError;
            default -> datasetOperational;
        };
    }

    private static Duration safeDuration(TimedEvent event) {
        try {
            return event.duration();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static EventCategory categoryOf(LogLine line, BusinessEvent businessEvent) {
        if (businessEvent != null) {
            return businessEvent.type().category();
        }
        if (LogFields.DIAGNOSTICS_LOGGER.equals(line.loggerName())) {
            return EventCategory.DIAGNOSTIC;
        }
        return EventCategory.TECHNICAL;
    }

    /**
     * Writes the ids and the {@code labels}: MDC entries, and key-value pairs (SLF4J's and LLE's structured
     * arguments) whose value is a scalar. Returns whether a pair holds an object, which goes to {@code detail}.
     */
    private boolean writeCorrelation(MaskingJsonWriter gen, LogLine line, List<Pair> structured) {
        Map<String, String> mdc = line.context();
        boolean labels = false;
        if (mdc != null && !mdc.isEmpty()) {
            // one pass finds the ids (the most preferred key of each kind) and whether any other entry is left
            String trace = null;
            String span = null;
            String request = null;
            int traceRank = Integer.MAX_VALUE;
            int spanRank = Integer.MAX_VALUE;
            int requestRank = Integer.MAX_VALUE;
            boolean others = false;
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                String key = entry.getKey();
                String value = entry.getValue();
                if (key == null || value == null) {
                    continue;
                }
                Integer slot = CORRELATION_KEYS.get(key);
                if (slot == null) {
                    others = true;
                    continue;
                }
                int rank = slot % CORRELATION_KEY_RANKS;
                switch (slot / CORRELATION_KEY_RANKS) {
                    case 0 -> {
                        if (rank < traceRank) {
                            traceRank = rank;
                            trace = value;
                        }
                    }
                    case 1 -> {
                        if (rank < spanRank) {
                            spanRank = rank;
                            span = value;
                        }
                    }
                    default -> {
                        if (rank < requestRank) {
                            requestRank = rank;
                            request = value;
                        }
                    }
                }
            }
            writeIdObject(gen, "trace", trace);
            writeIdObject(gen, "span", span);
            writeIdObject(gen, "request", request);
            if (others) {
                for (Map.Entry<String, String> entry : mdc.entrySet()) {
                    if (entry.getKey() != null && entry.getValue() != null
                            && !CORRELATION_KEYS.containsKey(entry.getKey())) {
                        labels = putLabel(gen, labels, entry.getKey(), entry.getValue());
                    }
                }
            }
        }
        boolean objects = false;
        for (int i = 0, n = line.keyValueCount(); i < n; i++) {
            String key = line.keyValueKey(i);
            Object value = line.keyValueValue(i);
            if (key != null && value != null) {
                if (DetailWriter.isScalar(value)) {
                    labels = putLabel(gen, labels, key, SafeText.of(value));
                } else {
                    objects = true;
                }
            }
        }
        for (Pair pair : structured) {
            if (pair.shape() == Shape.VALUE && pair.key() != null && pair.value() != null
                    && DetailWriter.isScalar(pair.value())) {
                labels = putLabel(gen, labels, pair.key(), SafeText.of(pair.value()));
            } else if (pair.value() != null) {
                objects = true;
            }
        }
        if (labels) {
            gen.writeEndObject();
        }
        return objects;
    }

    private static Map<String, Integer> correlationKeys() {
        String[][] kinds = {LogFields.TRACE_ID_MDC_KEYS, LogFields.SPAN_ID_MDC_KEYS, LogFields.REQUEST_ID_MDC_KEYS};
        Map<String, Integer> keys = new java.util.HashMap<>();
        for (int kind = 0; kind < kinds.length; kind++) {
            for (int rank = 0; rank < kinds[kind].length && rank < CORRELATION_KEY_RANKS; rank++) {
                keys.putIfAbsent(kinds[kind][rank], kind * CORRELATION_KEY_RANKS + rank);
            }
        }
        return Map.copyOf(keys);
    }

    /** Writes one label, opening the {@code labels} object on the first; returns whether it is open. */
    private boolean putLabel(MaskingJsonWriter gen, boolean open, String key, String value) {
        if (!open) {
            gen.writeName(LogFields.LABELS);
            gen.writeStartObject();
        }
        Masker masker = gen.masker();
        gen.writeStringProperty(limits.bound(masker, key), limits.bound(masker, value));
        return true;
    }

    private void writeIdObject(MaskingJsonWriter gen, String name, String id) {
        if (id != null) {
            gen.writeName(name);
            gen.writeStartObject();
            gen.writeStringProperty("id", limits.bound(gen.masker(), id));
            gen.writeEndObject();
        }
    }

    /**
     * Writes {@code detail}: the DEBUG detail items, then the key-value pairs whose value is an object (a DTO passed
     * to {@code addKeyValue}, an LLE {@code kv(..)}, {@code fields(..)} or {@code raw(..)} argument).
     */
    private void writeDetail(MaskingJsonWriter gen, Object[] arguments, LogLine line, List<Pair> structured,
                             ObjectMapper objectMapper, WriteProblems problems) {
        gen.writeName(LogFields.DETAIL);
        gen.writeStartObject();
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof Detail detail) {
                    writeDetailItem(gen, detail.key(), detail.value(), objectMapper, problems);
                } else if (argument instanceof DetailLine detailLine && detailLine.details() != null) {
                    for (Detail detail : detailLine.details()) {
                        if (detail != null) {
                            writeDetailItem(gen, detail.key(), detail.value(), objectMapper, problems);
                        }
                    }
                }
            }
        }
        for (int i = 0, n = line.keyValueCount(); i < n; i++) {
            Object value = line.keyValueValue(i);
            if (value != null && !DetailWriter.isScalar(value)) {
                writeDetailItem(gen, line.keyValueKey(i), value, objectMapper, problems);
            }
        }
        for (Pair pair : structured) {
            if (pair.value() == null) {
                continue;
            }
            switch (pair.shape()) {
                case VALUE -> {
                    if (!DetailWriter.isScalar(pair.value())) {
                        writeDetailItem(gen, pair.key(), pair.value(), objectMapper, problems);
                    }
                }
                case RAW_JSON -> {
                    if (pair.key() != null) {
                        gen.writeName(limits.bound(gen.masker(), pair.key()));
                        detailWriter.writeJson(gen, LogFields.DETAIL + "." + pair.key(), SafeText.of(pair.value()),
                                objectMapper, problems);
                    }
                }
                case FIELDS -> detailWriter.writeMembers(gen, LogFields.DETAIL, "fields", pair.value(), objectMapper,
                        problems);
            }
        }
        gen.writeEndObject();
    }

    private void writeDetailItem(MaskingJsonWriter gen, String key, Object value, ObjectMapper objectMapper,
                                 WriteProblems problems) {
        if (key != null) {
            gen.writeName(limits.bound(gen.masker(), key));
            detailWriter.writeValue(gen, LogFields.DETAIL + "." + key, value, objectMapper, problems);
        }
    }

    private void writeError(MaskingJsonWriter gen, LogLine line) {
        String type = line.throwableClassName();
        if (type == null) {
            return;
        }
        gen.writeName("error");
        gen.writeStartObject();
        gen.writeStringProperty("type", type);
        String message = line.throwableMessage();
        if (message != null) {
            gen.writeStringProperty("message", limits.bound(gen.masker(), message));
        }
        String stackTrace;
        try {
            stackTrace = line.renderStackTrace();
        } catch (RuntimeException e) {
            stackTrace = "[stack trace unavailable: " + e.getClass().getSimpleName() + "]";
        }
        if (stackTrace != null) {
            // the whole rendered trace is masked, then cut: a value at the cut never leaves its head
            gen.writeStringProperty("stack_trace", stackTrace.length() <= maxStackTraceLength ? stackTrace
                    : MaskedCut.cut(gen.masker(), null, stackTrace, maxStackTraceLength).text());
        }
        gen.writeEndObject();
    }

    private static boolean onlyMissingFields(WriteProblems problems) {
        for (String problem : problems.list()) {
            if (!problem.endsWith(": missing")) {
                return false;
            }
        }
        return true;
    }

    private void reportOnce(BusinessEvent businessEvent, WriteProblems problems) {
        String subject = businessEvent != null ? businessEvent.type().name() : "line";
        String kind = subject + " " + problems.list().get(0);
        if (diagnostics.firstOccurrence(kind)) {
            warnings.accept("jewelry-logging: " + subject + " written with flagged fields " + problems.list()
                    + " (event.invalid); further occurrences are counted, not reported");
        }
    }

    /** Configures an {@link EnvelopeWriter}. */
    public static final class Builder {
        private String system;
        private String serviceName;
        private String environment;
        private int maxStringLength = WriteLimits.DEFAULTS.maxStringLength();
        private int maxStackTraceLength = DEFAULT_MAX_STACK_TRACE_LENGTH;
        private Consumer<String> warnings = w -> { };

        private Builder() {
        }

        /** MES, CRM, API or SHOP. */
        public Builder system(String system) {
            this.system = system;
            return this;
        }

        public Builder serviceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        /** Longest string value written, in chars; longer ones are cut and marked. */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /**
         * Longest stack trace written, in chars: the rendered trace is masked whole, then cut to this. The back
         * end renders it with a frame cap and a budget of {@link EnvelopeWriter#renderBudget} chars, never cut shorter.
         */
        public Builder maxStackTraceLength(int maxStackTraceLength) {
            this.maxStackTraceLength = maxStackTraceLength;
            return this;
        }

        /** Where the writer reports its own problems (once per kind): the back end's status/diagnostic channel. */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        public EnvelopeWriter build() {
            return new EnvelopeWriter(this);
        }
    }
}
