package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import com.jewelry.logging.core.backend.EnvelopeWriter;
import com.jewelry.logging.core.backend.LogLine;
import com.jewelry.logging.core.internal.json.WriteLimits;
import net.logstash.logback.composite.AbstractJsonProvider;
import net.logstash.logback.composite.ObjectMapperAware;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import org.slf4j.event.KeyValuePair;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The logstash-logback-encoder provider that writes the jewelry-logging envelope (everything but
 * {@code @timestamp}) through the back-end neutral {@link EnvelopeWriter}.
 */
public class JewelryEnvelopeJsonProvider extends AbstractJsonProvider<ILoggingEvent> implements ObjectMapperAware {

    private String system;
    private String serviceName;
    private String environment;
    private int maxStringLength = WriteLimits.DEFAULTS.maxStringLength();
    private int maxStackTraceLength = 16_384;

    private EnvelopeWriter writer;
    private final ShortenedThrowableConverter throwableConverter = new ShortenedThrowableConverter();
    private ObjectMapper objectMapper;

    @Override
    public void start() {
        writer = EnvelopeWriter.builder()
                .system(system).serviceName(serviceName).environment(environment)
                .maxStringLength(maxStringLength)
                .warnings(this::addWarn)
                .build();
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
        writer.write(gen, new LogbackLine(event, throwableConverter), objectMapper);
    }

    /** Problems seen while writing lines, by kind, for self-monitoring. */
    public Map<String, Long> problemCounts() {
        return writer == null ? Map.of() : writer.problemCounts();
    }

    /** A Logback event seen through the back-end neutral view. */
    private record LogbackLine(ILoggingEvent event, ShortenedThrowableConverter converter) implements LogLine {

        @Override
        public String level() {
            return event.getLevel().levelStr;
        }

        @Override
        public boolean isWarnOrError() {
            return event.getLevel().isGreaterOrEqual(Level.WARN);
        }

        @Override
        public String loggerName() {
            return event.getLoggerName();
        }

        @Override
        public String threadName() {
            return event.getThreadName();
        }

        @Override
        public String formattedMessage() {
            return event.getFormattedMessage();
        }

        @Override
        public Object[] arguments() {
            return event.getArgumentArray();
        }

        @Override
        public Map<String, String> context() {
            return event.getMDCPropertyMap();
        }

        @Override
        public void forEachKeyValue(BiConsumer<String, Object> action) {
            List<KeyValuePair> pairs = event.getKeyValuePairs();
            if (pairs != null) {
                for (KeyValuePair pair : pairs) {
                    if (pair != null) {
                        action.accept(pair.key, pair.value);
                    }
                }
            }
        }

        @Override
        public String throwableClassName() {
            IThrowableProxy proxy = event.getThrowableProxy();
            return proxy == null ? null : proxy.getClassName();
        }

        @Override
        public String throwableMessage() {
            IThrowableProxy proxy = event.getThrowableProxy();
            return proxy == null ? null : proxy.getMessage();
        }

        @Override
        public String renderStackTrace() {
            return converter.convert(event);
        }
    }

    public String getSystem() {
        return writer != null ? writer.system() : system;
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
        this.serviceName = serviceName;
    }

    public String getEnvironment() {
        return environment;
    }

    /** Where it runs, e.g. {@code prod}, {@code staging}, {@code dev}. */
    public void setEnvironment(String environment) {
        this.environment = environment;
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
