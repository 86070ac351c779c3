package com.jewelry.logging.test.internal.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.test.internal.CaptureSettings;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the encoder a test's lines are written with. A test that names no envelope values gets the service's
 * own {@link JewelryJsonEncoder} (the very bytes production writes, with the service's masking rules); a test that
 * names some gets a kit-owned encoder with those values, the rest taken from the service's encoder or from the
 * {@code JEWELRY_*} settings the library's Logback includes read.
 */
final class Encoders {

    private record Envelope(String system, String serviceName, String environment) {
    }

    private final LoggerContext context;
    private final Map<Envelope, JewelryJsonEncoder> owned = new ConcurrentHashMap<>();
    private volatile JewelryJsonEncoder application;

    Encoders(LoggerContext context) {
        this.context = context;
    }

    Encoder<ILoggingEvent> forSettings(CaptureSettings settings) {
        JewelryJsonEncoder service = applicationEncoder();
        if (!settings.hasOwnEnvelope() && service != null) {
            return service;
        }
        JewelryJsonEncoder serviceEnvelope = service;
        Envelope envelope = new Envelope(
                first(settings.system() == null ? null : settings.system().name(),
                        serviceEnvelope == null ? null : serviceEnvelope.getSystem(), setting("JEWELRY_SYSTEM")),
                first(settings.serviceName(), serviceEnvelope == null ? null : serviceEnvelope.getServiceName(),
                        setting("JEWELRY_SERVICE_NAME"), "test"),
                first(settings.environment(), serviceEnvelope == null ? null : serviceEnvelope.getEnvironment(),
                        setting("JEWELRY_ENVIRONMENT"), "test"));
        return owned.computeIfAbsent(envelope, this::newEncoder);
    }

    private JewelryJsonEncoder newEncoder(Envelope envelope) {
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        if (envelope.system() != null) {
            encoder.setSystem(envelope.system());
        }
        encoder.setServiceName(envelope.serviceName());
        encoder.setEnvironment(envelope.environment());
        encoder.start();
        return encoder;
    }

    /** The service's encoder on the root logger, found again after the context was reset or reconfigured. */
    private JewelryJsonEncoder applicationEncoder() {
        JewelryJsonEncoder known = application;
        if (known != null && known.isStarted()) {
            return known;
        }
        JewelryJsonEncoder found = find(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders(), 0);
        application = found;
        return found;
    }

    private static JewelryJsonEncoder find(Iterator<Appender<ILoggingEvent>> appenders, int depth) {
        while (appenders.hasNext() && depth < 4) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (appender instanceof CaptureAppender || !appender.isStarted()) {
                continue;
            }
            if (appender instanceof OutputStreamAppender<ILoggingEvent> stream
                    && stream.getEncoder() instanceof JewelryJsonEncoder encoder && encoder.isStarted()) {
                return encoder;
            }
            if (appender instanceof AppenderAttachable<?> attachable) {
                @SuppressWarnings("unchecked")
                Iterator<Appender<ILoggingEvent>> nested = ((AppenderAttachable<ILoggingEvent>) attachable).iteratorForAppenders();
                JewelryJsonEncoder encoder = find(nested, depth + 1);
                if (encoder != null) {
                    return encoder;
                }
            }
        }
        return null;
    }

    void forgetApplicationEncoder() {
        application = null;
    }

    void stop() {
        owned.values().forEach(JewelryJsonEncoder::stop);
        owned.clear();
        application = null;
    }

    /** A setting as the library's Logback includes read it: a context property, a system property, the environment. */
    private String setting(String name) {
        String value = context.getProperty(name);
        if (value == null) {
            value = System.getProperty(name);
        }
        if (value == null) {
            value = System.getenv(name);
        }
        return value;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !candidate.equalsIgnoreCase("unknown")) {
                return candidate;
            }
        }
        return null;
    }
}
