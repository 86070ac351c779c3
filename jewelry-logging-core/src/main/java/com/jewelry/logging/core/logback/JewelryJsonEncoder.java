package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import com.jewelry.logging.core.backend.EnvelopeWriter;
import com.jewelry.logging.core.internal.json.WriteLimits;
import com.jewelry.logging.core.internal.json.DetailWriter;
import com.jewelry.logging.core.internal.json.ScratchPool;
import com.jewelry.logging.core.internal.json.WriteProblems;
import com.jewelry.logging.masking.logback.JewelryMaskingDecorator;
import com.jewelry.logging.masking.jackson.SensitiveAnnotations;
import com.jewelry.logging.masking.json.MaskingJsonWriter;
import net.logstash.logback.stacktrace.ShortenedThrowableConverter;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <p>Masking is always on: every name and value of every line is written through the masking module's
 * {@link MaskingJsonWriter}, and {@code @Sensitive} fields of objects written as DEBUG detail are masked by kind.
 * Rules are configured with a nested {@code <masking>} element (same syntax as {@link JewelryMaskingDecorator});
 * there is no switch to turn masking off. The line is written straight to UTF-8 into a reused buffer: a line
 * with nothing to mask allocates only the returned byte array.
 */
public class JewelryJsonEncoder extends EncoderBase<ILoggingEvent> {

    private static final byte[] NO_BYTES = new byte[0];

    private String system;
    private String serviceName;
    private String environment;
    private int maxStringLength = WriteLimits.DEFAULTS.maxStringLength();
    private int maxStackTraceLength = EnvelopeWriter.DEFAULT_MAX_STACK_TRACE_LENGTH;
    private JewelryMaskingDecorator masking = new JewelryMaskingDecorator();

    private EnvelopeWriter writer;
    private ScratchPool<Scratch> scratches;
    private ObjectMapper objectMapper;
    private final ShortenedThrowableConverter throwableConverter = new ShortenedThrowableConverter();
    /** The encoder's own warnings (no system set, flagged fields, a line that could not be written whole). */
    private final SelfDiagnostics diagnostics = new SelfDiagnostics(this);

    @Override
    public void start() {
        writer = EnvelopeWriter.builder()
                .system(system).serviceName(serviceName).environment(environment)
                .maxStringLength(maxStringLength)
                .maxStackTraceLength(maxStackTraceLength)
                .warnings(message -> diagnostics.report(message, message, null))
                .build();
        throwableConverter.setContext(getContext());
        // rendered past the limit and cut by the writer once masked, so a value at the cut never shows its head
        throwableConverter.setMaxLength(EnvelopeWriter.renderBudget(maxStackTraceLength));
        throwableConverter.setMaxDepthPerThrowable(64);
        throwableConverter.setShortenedClassNameLength(40);
        throwableConverter.setRootCauseFirst(true);
        throwableConverter.start();
        masking.setContext(getContext());
        masking.start();
        Set<String> unscanned = new HashSet<>(EnvelopeWriter.CODE_WRITTEN_FIELDS);
        unscanned.addAll(masking.getUnscannedFields());
        Set<String> unscannedFields = Set.copyOf(unscanned);
        scratches = new ScratchPool<>(() -> new Scratch(new MaskingJsonWriter(unscannedFields), new WriteProblems(),
                new LogbackLine(throwableConverter)));
        objectMapper = DetailWriter.mapper(SensitiveAnnotations.module());
        super.start();
    }

    @Override
    public void stop() {
        throwableConverter.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (event instanceof PreEncodedLoggingEvent pre) {
            byte[] bytes = pre.bytesFor(this);
            if (bytes != null) {
                return bytes;
            }
        }
        return encodeNew(event, null);
    }

    /** Like {@link #encode(ILoggingEvent)}, into an array of exactly the line's length taken from {@code arrays}. */
    byte[] encode(ILoggingEvent event, LineArrays arrays) {
        return encodeNew(event, arrays);
    }

    /** Encodes into a new array, or one taken from {@code arrays} when they are given. */
    private byte[] encodeNew(ILoggingEvent event, LineArrays arrays) {
        diagnostics.ready();
        if (!isStarted()) {
            addError("JewelryJsonEncoder is not started; line dropped");
            return NO_BYTES;
        }
        Scratch scratch = scratches.acquire();
        try {
            write(event, scratch);
            if (arrays == null) {
                return scratch.out.toByteArray();
            }
            int length = scratch.out.size();
            byte[] line = arrays.take(length);
            System.arraycopy(scratch.out.buffer(), 0, line, 0, length);
            return line;
        } finally {
            scratch.line.clear();
            scratches.release(scratch);
        }
    }

    /**
     * Encodes the line straight into {@code outputStream}, without the intermediate byte array
     * {@link #encode(ILoggingEvent)} returns.
     */
    public void encode(ILoggingEvent event, OutputStream outputStream) throws IOException {
        if (event instanceof PreEncodedLoggingEvent pre) {
            byte[] bytes = pre.bytesFor(this);
            if (bytes != null) {
                outputStream.write(bytes);
                return;
            }
        }
        diagnostics.ready();
        Scratch scratch = scratches.acquire();
        try {
            write(event, scratch);
            scratch.out.writeTo(outputStream);
        } finally {
            scratch.line.clear();
            scratches.release(scratch);
        }
    }

    private void write(ILoggingEvent event, Scratch scratch) {
        MaskingJsonWriter out = scratch.out;
        out.begin(masking.getMasker());
        try {
            out.writeStartObject();
            Instant instant = event.getInstant();
            if (instant != null) {
                writer.writeTimestamp(out, instant.getEpochSecond(), instant.getNano());
            } else {
                long millis = event.getTimeStamp();
                writer.writeTimestamp(out, Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1_000_000);
            }
            writer.write(out, scratch.line.of(event), objectMapper, scratch.problems);
            out.writeEndObject();
        } catch (RuntimeException | StackOverflowError e) {
            writeFallback(event, out, e);
        }
        out.newline();
    }

    /** A line that could not be written whole is still written: the envelope's essentials and what went wrong. */
    private void writeFallback(ILoggingEvent event, MaskingJsonWriter out, Throwable failure) {
        diagnostics.report("unwritable line " + failure.getClass().getName(),
                "jewelry-logging: a line could not be written whole (" + failure.getClass().getName()
                        + "); written as a short line with event.invalid. Further occurrences are counted, not reported.",
                null);
        out.begin(masking.getMasker());
        out.writeStartObject();
        writer.writeTimestamp(out, event.getTimeStamp() / 1000, 0);
        writer.writeMinimal(out, String.valueOf(event.getLevel()), event.getLoggerName(),
                "line could not be written (" + failure.getClass().getSimpleName() + ")");
        out.writeEndObject();
    }

    /** What one line is written with; used by one thread at a time, see {@link ScratchPool}. */
    private record Scratch(MaskingJsonWriter out, WriteProblems problems, LogbackLine line) {
    }

    /** Problems seen while writing lines, by kind, for self-monitoring. */
    public Map<String, Long> problemCounts() {
        return writer == null ? Map.of() : writer.problemCounts();
    }

    /**
     * The encoder's own warnings so far: every line written with flagged fields, every line that could not be
     * written whole, and configuration warnings. The first of each kind was logged on the diagnostics logger.
     */
    public long diagnosticsWarnings() {
        long repeats = 0;
        for (long n : problemCounts().values()) {
            repeats += n - 1; // the first of each kind reached the diagnostics, and is counted there
        }
        return diagnostics.total() + repeats;
    }

    /** The masking rules of this encoder ({@code <masking>} in logback.xml); defaults mask every built-in kind. */
    public void setMasking(JewelryMaskingDecorator masking) {
        this.masking = Objects.requireNonNull(masking, "masking");
    }

    public JewelryMaskingDecorator getMasking() {
        return masking;
    }

    /** The system written to every line (normalised once started). */
    public String getSystem() {
        return writer != null ? writer.system() : system;
    }

    /** The system: MES, CRM, API or SHOP. */
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
