package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.backend.EnvelopeWriter;
import com.jewelry.logging.core.internal.json.DetailWriter;
import com.jewelry.logging.core.internal.json.ScratchPool;
import com.jewelry.logging.masking.json.MaskingJsonWriter;
import com.jewelry.logging.log4j2.internal.Log4j2Line;
import com.jewelry.logging.log4j2.internal.StackTraceText;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingDiagnostics;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.jackson.SensitiveAnnotations;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.time.Instant;
import org.apache.logging.log4j.status.StatusLogger;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The jewelry-logging line for Log4j2: one JSON object per line with the same envelope, typed-event fields and
 * masking as the Logback encoder, so one index template and one dashboard serve services on either back end.
 * <pre>{@code
 * <Console name="JSON" target="SYSTEM_OUT">
 *   <JewelryJsonLayout system="SHOP" serviceName="shop-checkout" environment="prod"/>
 * </Console>
 * }</pre>
 * or use {@code jewelry-log4j2.xml} from this jar, which sets up the console and the system's rolling file.
 *
 * <p>Masking is always on: the line is written through the masking module's {@link MaskingJsonWriter} and its
 * one masking engine, so the message, context data, event fields, DEBUG detail and stack trace are all masked
 * exactly as on Logback. Rules go in a nested {@link JewelryMasking} element. No Logback or LLE class is needed.
 */
@Plugin(name = "JewelryJsonLayout", category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE, printObject = true)
public final class JewelryJsonLayout extends AbstractStringLayout {

    /** Matches the Logback side: 64 frames per throwable, class names shortened towards 40. */
    private static final int MAX_FRAMES_PER_THROWABLE = 64;
    private static final int SHORTENED_CLASS_NAME_LENGTH = 40;
    private static final String LINE_SEPARATOR = System.lineSeparator();

    private final EnvelopeWriter writer;
    private final MaskingDiagnostics diagnostics;
    /** Replaced whole when a Spring starter applies the service's rules after Log4j2 built the layout. */
    private volatile Masker masker;
    private final LongAdder lines = new LongAdder();
    private final ObjectMapper mapper;
    private final ScratchPool<MaskingJsonWriter> writers;
    private final StackTraceText stackTraces;
    private final Set<String> reportedFailures = ConcurrentHashMap.newKeySet();

    private JewelryJsonLayout(Builder builder) {
        super(StandardCharsets.UTF_8);
        StatusLogger status = StatusLogger.getLogger();
        EnvelopeWriter.Builder envelope = EnvelopeWriter.builder()
                .system(builder.system).serviceName(builder.serviceName).environment(builder.environment)
                .warnings(status::warn);
        if (builder.maxStringLength != null) {
            envelope.maxStringLength(builder.maxStringLength);
        }
        int maxStackTraceLength = builder.maxStackTraceLength != null
                ? builder.maxStackTraceLength : EnvelopeWriter.DEFAULT_MAX_STACK_TRACE_LENGTH;
        envelope.maxStackTraceLength(maxStackTraceLength);
        this.writer = envelope.build();
        MaskingPolicy policy = builder.policy != null ? builder.policy
                : builder.masking != null
                ? builder.masking.toPolicy(problem -> status.error("jewelry-logging: Masking: ignored " + problem.getMessage()))
                : MaskingPolicy.defaults();
        this.diagnostics = new MaskingDiagnostics();
        diagnostics.onFirstFailure(message -> status.warn("jewelry-logging: " + message));
        this.masker = Masker.of(policy, diagnostics);
        this.writers = new ScratchPool<>(() -> new MaskingJsonWriter(EnvelopeWriter.CODE_WRITTEN_FIELDS));
        this.mapper = DetailWriter.mapper(SensitiveAnnotations.module());
        // rendered past the limit and cut by the writer once masked, so a value at the cut never shows its head
        this.stackTraces = new StackTraceText(EnvelopeWriter.renderBudget(maxStackTraceLength),
                MAX_FRAMES_PER_THROWABLE, SHORTENED_CLASS_NAME_LENGTH, LINE_SEPARATOR);
    }

    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public String toSerializable(LogEvent event) {
        MaskingJsonWriter out = writers.acquire();
        try {
            format(event, out);
            return out.toString();
        } finally {
            writers.release(out);
        }
    }

    @Override
    public byte[] toByteArray(LogEvent event) {
        MaskingJsonWriter out = writers.acquire();
        try {
            format(event, out);
            return out.toByteArray();
        } finally {
            writers.release(out);
        }
    }

    /** Log4j2's garbage-free path: the line goes from the reused UTF-8 buffer straight into the appender's buffer. */
    @Override
    public void encode(LogEvent event, ByteBufferDestination destination) {
        MaskingJsonWriter out = writers.acquire();
        try {
            format(event, out);
            destination.writeBytes(out.buffer(), 0, out.size());
        } finally {
            writers.release(out);
        }
    }

    private void format(LogEvent event, MaskingJsonWriter out) {
        lines.increment();
        Masker masker = this.masker;
        out.begin(masker);
        Instant instant = event.getInstant();
        try {
            out.writeStartObject();
            writer.writeTimestamp(out, instant.getEpochSecond(), instant.getNanoOfSecond());
            writer.write(out, new Log4j2Line(event, stackTraces), mapper);
            out.writeEndObject();
        } catch (RuntimeException | StackOverflowError e) {
            reportOnce(e);
            // a line that still says when, where and that something went wrong; it writes no value from the event
            out.begin(masker);
            out.writeStartObject();
            writer.writeTimestamp(out, instant.getEpochSecond(), instant.getNanoOfSecond());
            writer.writeMinimal(out, Log4j2Line.levelName(event.getLevel()), event.getLoggerName(),
                    "line could not be written (" + e.getClass().getSimpleName() + ")");
            out.writeEndObject();
        }
        out.newline();
    }

    private void reportOnce(Throwable e) {
        if (reportedFailures.add(e.getClass().getName())) {
            StatusLogger.getLogger().error("jewelry-logging: a line could not be written and was replaced by a "
                    + "marker line; further failures of this kind are not reported", e);
        }
    }

    /** The system written to every line. */
    public String getSystem() {
        return writer.system();
    }

    /**
     * Masks from now on with {@code policy}, e.g. the rules of a Spring service's properties, applied once Boot has
     * configured Log4j2; lines being written finish with the policy they started with.
     */
    public void setPolicy(MaskingPolicy policy) {
        this.masker = Masker.of(policy, diagnostics);
    }

    /** Lines this layout has written (marker lines for lines that could not be written included). */
    public long linesWritten() {
        return lines.sum();
    }

    /** Values a masking rule failed on (written as a marker, never in clear). */
    public long maskingFailures() {
        return diagnostics.ruleFailures();
    }

    /** Problems seen while writing lines, by kind, for self-monitoring. */
    public Map<String, Long> problemCounts() {
        return writer.problemCounts();
    }

    @Override
    public String getContentType() {
        return "application/x-ndjson; charset=UTF-8";
    }

    @Override
    public String toString() {
        return "JewelryJsonLayout[system=" + writer.system() + "]";
    }

    /** Configures the layout from XML attributes, or in Java through {@link JewelryJsonLayout#newBuilder()}. */
    public static final class Builder implements org.apache.logging.log4j.core.util.Builder<JewelryJsonLayout> {

        @PluginBuilderAttribute
        private String system;

        @PluginBuilderAttribute
        private String serviceName;

        @PluginBuilderAttribute
        private String environment;

        @PluginBuilderAttribute
        private Integer maxStringLength;

        @PluginBuilderAttribute
        private Integer maxStackTraceLength;

        @PluginElement("JewelryMasking")
        private JewelryMasking masking;

        private MaskingPolicy policy;

        private Builder() {
        }

        /** The system the service belongs to: MES, CRM, API or SHOP. */
        public Builder setSystem(String system) {
            this.system = system;
            return this;
        }

        /** The service's name, e.g. {@code mes-costing}. */
        public Builder setServiceName(String serviceName) {
            this.serviceName = serviceName;
            return this;
        }

        /** Where it runs, e.g. {@code prod}, {@code staging}, {@code dev}. */
        public Builder setEnvironment(String environment) {
            this.environment = environment;
            return this;
        }

        /** Longest string value written, in chars (default 8192); longer values are cut and marked. */
        public Builder setMaxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
            return this;
        }

        /** Longest stack trace written, in chars (default 16384). */
        public Builder setMaxStackTraceLength(int maxStackTraceLength) {
            this.maxStackTraceLength = maxStackTraceLength;
            return this;
        }

        /** Masking rules as written in XML. */
        public Builder setMasking(JewelryMasking masking) {
            this.masking = masking;
            return this;
        }

        /** A masking policy built in Java (a Spring starter); replaces the XML rules. */
        public Builder setPolicy(MaskingPolicy policy) {
            this.policy = policy;
            return this;
        }

        @Override
        public JewelryJsonLayout build() {
            return new JewelryJsonLayout(this);
        }
    }
}
