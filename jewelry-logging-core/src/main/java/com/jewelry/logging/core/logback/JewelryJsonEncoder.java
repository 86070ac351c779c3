package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jewelry.logging.masking.logback.JewelryMaskingDecorator;
import com.jewelry.logging.masking.logback.SensitiveAnnotationDecorator;
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
 *
 * <p>Masking is always on: every value of every line passes through the masking module's decorator, and
 * {@code @Sensitive} fields of objects written as DEBUG detail are masked by kind. Rules are configured with a
 * nested {@code <masking>} element (same syntax as {@link JewelryMaskingDecorator}); there is no switch to turn
 * masking off.
 */
public class JewelryJsonEncoder extends LoggingEventCompositeJsonEncoder {

    private static final String[] TRUSTED_ENVELOPE_FIELDS = {"@timestamp", "log", "process", "system", "service", "event"};

    private final JewelryEnvelopeJsonProvider envelope = new JewelryEnvelopeJsonProvider();
    private JewelryMaskingDecorator masking = new JewelryMaskingDecorator();

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
        masking.setContext(getContext());
        // envelope fields the library itself writes from code; message, MDC, ids and payload are still scanned
        for (String trusted : TRUSTED_ENVELOPE_FIELDS) {
            masking.addUnscannedField(trusted);
        }
        masking.start();
        addDecorator(masking);
        addDecorator(new SensitiveAnnotationDecorator<>());
        super.start();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (event instanceof PreEncodedLoggingEvent pre) {
            byte[] bytes = pre.bytesFor(this);
            if (bytes != null) {
                return bytes;
            }
        }
        return super.encode(event);
    }

    @Override
    public void encode(ILoggingEvent event, java.io.OutputStream outputStream) throws java.io.IOException {
        if (event instanceof PreEncodedLoggingEvent pre) {
            byte[] bytes = pre.bytesFor(this);
            if (bytes != null) {
                outputStream.write(bytes);
                return;
            }
        }
        super.encode(event, outputStream);
    }

    /** The provider that writes the envelope; exposed for self-monitoring of its diagnostics. */
    public JewelryEnvelopeJsonProvider getEnvelope() {
        return envelope;
    }

    /** The masking rules of this encoder ({@code <masking>} in logback.xml); defaults mask every built-in kind. */
    public void setMasking(JewelryMaskingDecorator masking) {
        this.masking = java.util.Objects.requireNonNull(masking, "masking");
    }

    public JewelryMaskingDecorator getMasking() {
        return masking;
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
