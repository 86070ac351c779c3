package com.jewelry.logging.core;

/**
 * The names of the envelope fields every line carries (Elastic Common Schema names where one fits). Dotted names
 * are nested objects in the JSON line: {@code log.level} is {@code {"log": {"level": ...}}}.
 */
public final class LogFields {

    public static final String TIMESTAMP = "@timestamp";
    public static final String LOG_LEVEL = "log.level";
    public static final String LOG_LOGGER = "log.logger";
    public static final String THREAD_NAME = "process.thread.name";
    public static final String MESSAGE = "message";
    public static final String SYSTEM = "system";
    public static final String SERVICE_NAME = "service.name";
    public static final String SERVICE_ENVIRONMENT = "service.environment";
    public static final String EVENT_ACTION = "event.action";
    public static final String EVENT_VERSION = "event.version";
    public static final String EVENT_CATEGORY = "event.category";
    public static final String EVENT_DATASET = "event.dataset";
    public static final String EVENT_OUTCOME = "event.outcome";
    public static final String EVENT_OCCURRED_AT = "event.occurred_at";
    public static final String EVENT_DURATION_MS = "event.duration_ms";
    public static final String EVENT_INVALID = "event.invalid";
    public static final String TRACE_ID = "trace.id";
    public static final String SPAN_ID = "span.id";
    public static final String REQUEST_ID = "request.id";
    public static final String LABELS = "labels";
    public static final String DETAIL = "detail";
    public static final String ERROR_TYPE = "error.type";
    public static final String ERROR_MESSAGE = "error.message";
    public static final String ERROR_STACK_TRACE = "error.stack_trace";

    /** The customer's id, carried by every customer-facing business event. */
    public static final String CUSTOMER_ID = "customer.id";
    /** The order number, carried by every business event. */
    public static final String ORDER_NUMBER = "order.number";

    /** The logger the library's self-diagnostics are written to (category {@code diagnostic}). */
    public static final String DIAGNOSTICS_LOGGER = "com.jewelry.logging.diagnostics";

    /** MDC keys read as the trace id, in order of preference (Micrometer Tracing, OpenTelemetry, others). */
    public static final String[] TRACE_ID_MDC_KEYS = {"traceId", "trace_id", "trace.id"};
    /** MDC keys read as the span id. */
    public static final String[] SPAN_ID_MDC_KEYS = {"spanId", "span_id", "span.id"};
    /** MDC keys read as the request id (from the {@code X-Request-Id} header). */
    public static final String[] REQUEST_ID_MDC_KEYS = {"requestId", "request_id", "X-Request-Id"};

    private LogFields() {
    }

    /**
     * The retention stream of a line: {@code access} for access lines, {@code error} for WARN and ERROR lines,
     * {@code operational} otherwise. {@code event.dataset} is {@code <system>.<stream>}, and shippers route the line
     * to the index {@code jewelry-<system>-<stream>}.
     */
    public static String stream(EventCategory category, boolean warnOrError) {
        if (category == EventCategory.ACCESS) {
            return "access";
        }
        return warnOrError ? "error" : "operational";
    }
}
