package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import net.logstash.logback.composite.JsonProviders;
import net.logstash.logback.composite.loggingevent.LoggingEventFormattedTimestampJsonProvider;
import net.logstash.logback.encoder.LoggingEventCompositeJsonEncoder;

/**
 * The encoder of jewelry-logging: one JSON object per line with the full envelope. Use it in {@code logback.xml}:
 * <pre>{@code
 * <encoder class="com.jewelry.logging.core.logback.JewelryJsonEncoder">
 *   <system>SHOP</system>
 *   <serviceName>shop-checkout</serviceName>
 *   <environment>prod</environment>
 * </encoder>
 * }</pre>
 * or include {@code com/jewelry/logging/logback/jewelry-appenders.xml}, which sets it up for you.
 */
public class JewelryJsonEncoder extends LoggingEventCompositeJsonEncoder {

    private final JewelryEnvelopeJsonProvider envelope = new JewelryEnvelopeJsonProvider();

    @Override
    public void start() {
        JsonProviders<ILoggingEvent> providers = getProviders();
        if (providers.getProviders().isEmpty()) {
            LoggingEventFormattedTimestampJsonProvider timestamp = new LoggingEventFormattedTimestampJsonProvider();
            timestamp.setFieldName("@timestamp");
            timestamp.setPattern("[ISO_INSTANT]");
            timestamp.setTimeZone("UTC");
            providers.addProvider(timestamp);
            providers.addProvider(envelope);
        }
        super.start();
    }

    /** The provider that writes the envelope; exposed for self-monitoring of its diagnostics. */
    public JewelryEnvelopeJsonProvider getEnvelope() {
        return envelope;
    }

    /** The system: MES, CRM, API or SHOP. */
    public void setSystem(String system) {
        envelope.setSystem(system);
    }

    /** The service's name. */
    public void setServiceName(String serviceName) {
        envelope.setServiceName(serviceName);
    }

    /** The environment, e.g. prod. */
    public void setEnvironment(String environment) {
        envelope.setEnvironment(environment);
    }

    /** Longest string value written, in chars. */
    public void setMaxStringLength(int maxStringLength) {
        envelope.setMaxStringLength(maxStringLength);
    }

    /** Longest stack trace written, in chars. */
    public void setMaxStackTraceLength(int maxStackTraceLength) {
        envelope.setMaxStackTraceLength(maxStackTraceLength);
    }
}
