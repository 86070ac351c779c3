package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.core.SystemName;
import org.slf4j.event.Level;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a service says about its logging, under {@code jewelry.logging}. Most services set only
 * {@code jewelry.logging.system}.
 *
 * @param system           the business system the service belongs to (MES, CRM, API or SHOP); it decides the
 *                         index family and the file name of every line ({@code jewelry-<system>-<stream>})
 * @param serviceName      the service's name written as {@code service.name}; defaults to
 *                         {@code spring.application.name}
 * @param environment      where the service runs, written as {@code service.environment}: prod, staging, dev
 * @param configureLogback whether the starter sets up the logging back end itself (Logback: JSON console, rolling
 *                         file, TCP; Log4j2: JSON console, rolling file) when the service has no
 *                         {@code logging.config} and no configuration file of its own; the name is kept from the
 *                         Logback-only days
 * @param console          JSON lines on standard output
 * @param file             the system's rolling JSON file
 * @param tcp              JSON lines sent over TCP to a log collector (Logstash, Vector, Fluent Bit)
 * @param masking          extra masking rules on top of the security policy's built-in ones
 * @param access           the HTTP access log of servlet services
 * @param correlation      request ids and their propagation to other threads
 * @param events           the {@code @LogEvent} annotation
 * @param debug            the {@code @LogDebug} annotation
 * @param metrics          Micrometer meters for events and for the logging pipeline itself
 * @param anomaly          anomaly detection over the service's own event rates
 */
@ConfigurationProperties("jewelry.logging")
public record JewelryLoggingProperties(
        SystemName system,
        String serviceName,
        @DefaultValue("dev") String environment,
        @DefaultValue("true") boolean configureLogback,
        @DefaultValue Console console,
        @DefaultValue File file,
        @DefaultValue Tcp tcp,
        @DefaultValue Masking masking,
        @DefaultValue Access access,
        @DefaultValue Correlation correlation,
        @DefaultValue Events events,
        @DefaultValue Debug debug,
        @DefaultValue Metrics metrics,
        @DefaultValue Anomaly anomaly) {

    /** The prefix of every property of the library. */
    public static final String PREFIX = "jewelry.logging";

    /**
     * JSON lines on standard output.
     *
     * @param enabled whether every line is also written to standard output as JSON (what container platforms collect)
     */
    public record Console(@DefaultValue("true") boolean enabled) {
    }

    /**
     * The system's rolling JSON file {@code <dir>/jewelry-<system>.json}, written through a queue that never drops.
     *
     * @param enabled      whether the file is written
     * @param dir          the directory of the file
     * @param maxFileSize  the size at which the current file is rolled over and compressed
     * @param maxHistory   days of rolled files kept on the machine
     * @param totalSizeCap the most all rolled files of the system may take; the oldest are deleted first
     * @param queueSize    lines the asynchronous queue in front of the file holds; a full queue makes callers wait
     */
    public record File(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("logs") String dir,
            @DefaultValue("100MB") DataSize maxFileSize,
            @DefaultValue("7") int maxHistory,
            @DefaultValue("1GB") DataSize totalSizeCap,
            @DefaultValue("8192") int queueSize) {
    }

    /**
     * JSON lines sent over TCP to a collector, through LLE's asynchronous TCP appender (reconnects by itself).
     *
     * @param enabled whether lines are sent
     * @param host    the collector's host name or address
     * @param port    the collector's port
     * @param tls     whether the connection is encrypted with TLS (the JVM's default trust store)
     */
    public record Tcp(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("localhost") String host,
            @DefaultValue("5044") int port,
            @DefaultValue("true") boolean tls) {
    }

    /**
     * Extra masking rules. The built-in rules of the security policy (e-mail, phone, card, names, addresses,
     * passports, INN, SNILS, secrets, tokens) are always on unless a kind is disabled here.
     *
     * @param disable             kinds to switch off, e.g. {@code phone}, when a service's data makes them misfire
     * @param fieldRules          extra field-name rules: a field name and the kind its values are, e.g.
     *                            {@code loyaltyCard: card}; kind {@code none} exempts a name from name rules
     * @param valueRules          extra value rules by name: a regular expression and the kind its matches are
     * @param pseudonymise        kinds written as keyed pseudonyms instead of masks, so one customer's lines can be
     *                            followed without showing the value ({@code all} for every personal-data kind)
     * @param pseudonymisationKey the HMAC key for pseudonyms (at least 16 bytes); from a secret store, never from
     *                            source control
     */
    public record Masking(
            @DefaultValue Set<String> disable,
            @DefaultValue Map<String, String> fieldRules,
            @DefaultValue Map<String, ValueRule> valueRules,
            @DefaultValue Set<String> pseudonymise,
            String pseudonymisationKey) {

        /** Never shows the key. */
        @Override
        public String toString() {
            return "Masking[disable=" + disable + ", fieldRules=" + fieldRules + ", valueRules=" + valueRules
                    + ", pseudonymise=" + pseudonymise + ", pseudonymisationKey="
                    + (pseudonymisationKey == null ? "none" : "set") + "]";
        }
    }

    /**
     * A value rule of the service.
     *
     * @param regex the regular expression a sensitive value matches
     * @param kind  the kind of the match, e.g. {@code other}
     */
    public record ValueRule(String regex, @DefaultValue("other") String kind) {
    }

    /**
     * The access log: one {@code http.access} line per request a servlet service answers.
     *
     * @param enabled           whether access lines are written
     * @param skipPaths         path patterns never logged, e.g. health checks ({@code /actuator/**})
     * @param clientIdAttribute the request attribute that holds the authenticated partner's id (set by the
     *                          service's API-key check); never the raw key
     * @param clientIdHeader    a header that names the client when no attribute does, e.g. {@code X-Partner-Id};
     *                          empty for none. Never point it at a header that carries a secret
     * @param clientErrorLevel  the level of the access line of a 4xx answer (outcome {@code failure})
     * @param serverErrorLevel  the level of the access line of a 5xx answer or of a request that threw
     *                          (outcome {@code failure})
     */
    public record Access(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("/actuator/**") List<String> skipPaths,
            @DefaultValue("jewelry.clientId") String clientIdAttribute,
            @DefaultValue("") String clientIdHeader,
            @DefaultValue("WARN") Level clientErrorLevel,
            @DefaultValue("ERROR") Level serverErrorLevel) {
    }

    /**
     * Request correlation.
     *
     * @param enabled        whether incoming requests get a request id in the MDC, echoed in the response
     * @param requestIdHeader the header that carries the request id in and out
     * @param propagate      whether Spring's task executors copy the MDC (request, trace and span ids) to the
     *                       threads a request hands work to
     */
    public record Correlation(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("X-Request-Id") String requestIdHeader,
            @DefaultValue("true") boolean propagate) {
    }

    /**
     * The {@code @LogEvent} annotation.
     *
     * @param enabled whether annotated methods log their business event
     */
    public record Events(@DefaultValue("true") boolean enabled) {
    }

    /**
     * The {@code @LogDebug} annotation.
     *
     * @param enabled whether annotated methods log their inputs and result when DEBUG is on for their class
     */
    public record Debug(@DefaultValue("true") boolean enabled) {
    }

    /**
     * Micrometer meters.
     *
     * @param enabled whether events and the logging pipeline are counted
     */
    public record Metrics(@DefaultValue("true") boolean enabled) {
    }

    /**
     * Anomaly detection in the service (needs {@code jewelry-logging-analysis} on the classpath).
     *
     * @param enabled whether the service watches its own event, error and per-partner request rates, publishes the
     *                score as the gauge {@code jewelry.anomaly.score} and logs one {@code anomaly.detected} event per
     *                episode
     */
    public record Anomaly(@DefaultValue("true") boolean enabled) {
    }
}
