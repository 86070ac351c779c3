package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.Detail;
import com.jewelry.logging.core.EventCategory;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.TimedEvent;
import com.jewelry.logging.core.internal.Diagnostics;
import com.jewelry.logging.core.internal.json.EventPayloadWriter;
import com.jewelry.logging.core.internal.json.SafeText;
import com.jewelry.logging.core.internal.json.WriteLimits;
import com.jewelry.logging.core.internal.json.WriteProblems;
import net.logstash.logback.composite.AbstractJsonProvider;
import net.logstash.logback.composite.ObjectMapperAware;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.event.KeyValuePair;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes every field of the jewelry-logging envelope except {@code @timestamp}: log level and logger, thread,
 * message, system and service, correlation ids, labels, the typed event's payload, DEBUG detail, the error, and the
 * {@code event} object. Nothing it writes can break the line: values are bounded, and unrenderable ones flagged.
 */
public class JewelryEnvelopeJsonProvider extends AbstractJsonProvider<ILoggingEvent> implements ObjectMapperAware {

    private String system;
    private String systemLowerCase = "unknown";
    private String serviceName = "unknown";
    private String environment = "unknown";
    private int maxStringLength = WriteLimits.DEFAULTS.maxStringLength();
    private int maxStackTraceLength = 16_384;

    private WriteLimits limits = WriteLimits.DEFAULTS;
    private EventPayloadWriter payloadWriter = new EventPayloadWriter(limits);
    private final ShortenedThrowableConverter throwableConverter = new ShortenedThrowableConverter();
    private final Diagnostics diagnostics = new Diagnostics();
    private ObjectMapper objectMapper;

    @Override
    public void start() {
        if (system == null || system.isBlank()) {
            addWarn("jewelry-logging: no system set on the encoder (MES, CRM, API or SHOP); lines carry system=UNKNOWN");
            system = "UNKNOWN";
        } else {
            try {
                system = SystemName.valueOf(system.trim().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                addWarn("jewelry-logging: unknown system '" + system + "' (expected MES, CRM, API or SHOP); written as given");
                system = system.trim().toUpperCase(Locale.ROOT);
            }
        }
        systemLowerCase = system.toLowerCase(Locale.ROOT);
        limits = new WriteLimits(maxStringLength, WriteLimits.DEFAULTS.maxListItems(), WriteLimits.DEFAULTS.maxDepth());
        payloadWriter = new EventPayloadWriter(limits);
        throwableConverter.setContext(getContext());
        throwableConverter.setMaxLength(maxStackTraceLength);
        throwableConverter.setMaxDepthPerThrowable(64);
        throwableConverter.setShortenedClassNameLength(40);
        throwableConverter.setRootCauseFirst(true);
        throwableConverter.start();
        super.start();
    }

    @Override
    public void stop() {
        throwableConverter.stop();
        super.stop();
    }

    @Override
    public void setObjectMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void writeTo(JsonGenerator gen, ILoggingEvent event) {
        BusinessEvent businessEvent = null;
        EventOutcome outcome = null;
        Object[] arguments = event.getArgumentArray();
        if (arguments != null) {
            for (Object argument : arguments) {
                if (argument instanceof BusinessEvent e && businessEvent == null) {
                    businessEvent = e;
                } else if (argument instanceof EventOutcome o) {
                    outcome = o;
                }
            }
        }
        WriteProblems problems = new WriteProblems();
        Level level = event.getLevel();

        gen.writeName("log");
        gen.writeStartObject();
        gen.writeStringProperty("level", level.levelStr);
        gen.writeStringProperty("logger", event.getLoggerName());
        gen.writeEndObject();

        gen.writeName("process");
        gen.writeStartObject();
        gen.writeName("thread");
        gen.writeStartObject();
        gen.writeStringProperty("name", event.getThreadName());
        gen.writeEndObject();
        gen.writeEndObject();

        String message = SafeText.of(event.getFormattedMessage());
        if (message != null) {
            if (limits.exceeds(message)) {
                problems.add(LogFields.MESSAGE, "truncated");
            }
            gen.writeStringProperty(LogFields.MESSAGE, limits.bound(message));
        }

        gen.writeStringProperty(LogFields.SYSTEM, system);
        gen.writeName("service");
        gen.writeStartObject();
        gen.writeStringProperty("name", serviceName);
        gen.writeStringProperty("environment", environment);
        gen.writeEndObject();

        writeCorrelation(gen, event.getMDCPropertyMap(), event.getKeyValuePairs());

        if (businessEvent != null) {
            payloadWriter.write(gen, businessEvent, problems);
        }
        if (arguments != null) {
            writeDetail(gen, arguments, problems);
        }
        writeError(gen, event);

        EventCategory category = categoryOf(event, businessEvent);
        gen.writeName("event");
        gen.writeStartObject();
        if (businessEvent != null) {
            gen.writeStringProperty("action", businessEvent.type().name());
            gen.writeNumberProperty("version", businessEvent.type().version());
        }
        gen.writeStringProperty("category", category.jsonValue());
        boolean warnOrError = level.isGreaterOrEqual(Level.WARN);
        gen.writeStringProperty("dataset", systemLowerCase + "." + LogFields.stream(category, warnOrError));
        if (businessEvent != null) {
            gen.writeStringProperty("outcome", (outcome != null ? outcome : EventOutcome.SUCCESS).jsonValue());
            Instant occurredAt = businessEvent.time();
            if (occurredAt != null) {
                gen.writeStringProperty("occurred_at", occurredAt.toString());
            } else {
                problems.add(LogFields.EVENT_OCCURRED_AT, "missing");
            }
            if (businessEvent instanceof TimedEvent timed) {
                Duration duration = safeDuration(timed);
                if (duration != null) {
                    gen.writeNumberProperty("duration_ms", duration.toMillis());
                }
            }
        } else if (outcome != null) {
            gen.writeStringProperty("outcome", outcome.jsonValue());
        }
        if (!problems.isEmpty()) {
            gen.writeName("invalid");
            gen.writeStartArray();
            for (String problem : problems.list()) {
                gen.writeString(problem);
            }
            gen.writeEndArray();
            reportOnce(businessEvent, problems);
        }
        gen.writeEndObject();
    }

    private static Duration safeDuration(TimedEvent event) {
        try {
            return event.duration();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private EventCategory categoryOf(ILoggingEvent event, BusinessEvent businessEvent) {
        if (businessEvent != null) {
            return businessEvent.type().category();
        }
        if (LogFields.DIAGNOSTICS_LOGGER.equals(event.getLoggerName())) {
            return EventCategory.DIAGNOSTIC;
        }
        return EventCategory.TECHNICAL;
    }

    private void writeCorrelation(JsonGenerator gen, Map<String, String> mdc, List<KeyValuePair> keyValuePairs) {
        String traceId = null;
        String spanId = null;
        String requestId = null;
        if (mdc != null && !mdc.isEmpty()) {
            traceId = first(mdc, LogFields.TRACE_ID_MDC_KEYS);
            spanId = first(mdc, LogFields.SPAN_ID_MDC_KEYS);
            requestId = first(mdc, LogFields.REQUEST_ID_MDC_KEYS);
        }
        writeIdObject(gen, "trace", traceId);
        writeIdObject(gen, "span", spanId);
        writeIdObject(gen, "request", requestId);

        boolean labelsOpen = false;
        if (mdc != null) {
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                if (isCorrelationKey(entry.getKey()) || entry.getValue() == null) {
                    continue;
                }
                if (!labelsOpen) {
                    gen.writeName(LogFields.LABELS);
                    gen.writeStartObject();
                    labelsOpen = true;
                }
                gen.writeStringProperty(entry.getKey(), limits.bound(entry.getValue()));
            }
        }
        if (keyValuePairs != null) {
            for (KeyValuePair pair : keyValuePairs) {
                if (pair == null || pair.key == null || pair.value == null) {
                    continue;
                }
                if (!labelsOpen) {
                    gen.writeName(LogFields.LABELS);
                    gen.writeStartObject();
                    labelsOpen = true;
                }
                gen.writeStringProperty(pair.key, limits.bound(SafeText.of(pair.value)));
            }
        }
        if (labelsOpen) {
            gen.writeEndObject();
        }
    }

    private void writeIdObject(JsonGenerator gen, String name, String id) {
        if (id != null) {
            gen.writeName(name);
            gen.writeStartObject();
            gen.writeStringProperty("id", limits.bound(id));
            gen.writeEndObject();
        }
    }

    private static String first(Map<String, String> mdc, String[] keys) {
        for (String key : keys) {
            String value = mdc.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean isCorrelationKey(String key) {
        return contains(LogFields.TRACE_ID_MDC_KEYS, key) || contains(LogFields.SPAN_ID_MDC_KEYS, key)
                || contains(LogFields.REQUEST_ID_MDC_KEYS, key);
    }

    private static boolean contains(String[] keys, String key) {
        for (String candidate : keys) {
            if (candidate.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private void writeDetail(JsonGenerator gen, Object[] arguments, WriteProblems problems) {
        boolean open = false;
        for (Object argument : arguments) {
            if (!(argument instanceof Detail detail) || detail.key() == null) {
                continue;
            }
            if (!open) {
                gen.writeName(LogFields.DETAIL);
                gen.writeStartObject();
                open = true;
            }
            gen.writeName(limits.bound(detail.key()));
            writeDetailValue(gen, detail, problems);
        }
        if (open) {
            gen.writeEndObject();
        }
    }

    private void writeDetailValue(JsonGenerator gen, Detail detail, WriteProblems problems) {
        Object value = detail.value();
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(limits.bound(s));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            gen.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            gen.writeString(e.name());
        } else {
            JsonNode tree = toTree(value);
            if (tree != null) {
                gen.writeTree(tree);
            } else {
                problems.add(LogFields.DETAIL + "." + detail.key(), "not serialisable; written as text");
                gen.writeString(limits.bound(SafeText.of(value)));
            }
        }
    }

    /** Converts a value to a tree first, so a failing getter or a cycle cannot leave half an object in the line. */
    private JsonNode toTree(Object value) {
        if (objectMapper == null) {
            return null;
        }
        try {
            JsonNode tree = objectMapper.valueToTree(value);
            return tree != null && tree.toString().length() <= limits.maxStringLength() * 4 ? tree : null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private void writeError(JsonGenerator gen, ILoggingEvent event) {
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable == null) {
            return;
        }
        gen.writeName("error");
        gen.writeStartObject();
        gen.writeStringProperty("type", throwable.getClassName());
        if (throwable.getMessage() != null) {
            gen.writeStringProperty("message", limits.bound(throwable.getMessage()));
        }
        String stackTrace;
        try {
            stackTrace = throwableConverter.convert(event);
        } catch (RuntimeException e) {
            stackTrace = "[stack trace unavailable: " + e.getClass().getSimpleName() + "]";
        }
        gen.writeStringProperty("stack_trace", stackTrace);
        gen.writeEndObject();
    }

    private void reportOnce(BusinessEvent businessEvent, WriteProblems problems) {
        String subject = businessEvent != null ? businessEvent.type().name() : "line";
        String kind = subject + " " + problems.list().get(0);
        if (diagnostics.firstOccurrence(kind)) {
            addWarn("jewelry-logging: " + subject + " written with flagged fields " + problems.list()
                    + " (event.invalid); further occurrences are counted, not reported");
        }
    }

    /** Problems seen while writing lines, by kind, for self-monitoring. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    public String getSystem() {
        return system;
    }

    /** The system the service belongs to: MES, CRM, API or SHOP. */
    public void setSystem(String system) {
        this.system = system;
    }

    public String getServiceName() {
        return serviceName;
    }

    /** The service's name, e.g. {@code mes-costing}. */
    public void setServiceName(String serviceName) {
        if (serviceName != null && !serviceName.isBlank()) {
            this.serviceName = serviceName.trim();
        }
    }

    public String getEnvironment() {
        return environment;
    }

    /** Where it runs, e.g. {@code prod}, {@code staging}, {@code dev}. */
    public void setEnvironment(String environment) {
        if (environment != null && !environment.isBlank()) {
            this.environment = environment.trim();
        }
    }

    public int getMaxStringLength() {
        return maxStringLength;
    }

    /** Longest string value written, in chars (default 8192); longer values are cut and marked. */
    public void setMaxStringLength(int maxStringLength) {
        this.maxStringLength = maxStringLength;
    }

    public int getMaxStackTraceLength() {
        return maxStackTraceLength;
    }

    /** Longest stack trace written, in chars (default 16384). */
    public void setMaxStackTraceLength(int maxStackTraceLength) {
        this.maxStackTraceLength = maxStackTraceLength;
    }
}
