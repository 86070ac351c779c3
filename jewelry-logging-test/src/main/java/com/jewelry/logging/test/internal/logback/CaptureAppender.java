package com.jewelry.logging.test.internal.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import com.jewelry.logging.test.internal.CaptureScope;

import java.nio.charset.StandardCharsets;

/** Encodes each event of a thread in a capture scope and hands the line to that scope; ignores every other thread. */
final class CaptureAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    // the encoder's own diagnostics are logged too; they must not re-enter the capture of the line being encoded
    private static final ThreadLocal<Boolean> ENCODING = new ThreadLocal<>();

    private final Encoders encoders;

    CaptureAppender(Encoders encoders) {
        this.encoders = encoders;
    }

    @Override
    protected void append(ILoggingEvent event) {
        CaptureScope scope = CaptureScope.current();
        if (scope == null || ENCODING.get() != null) {
            return;
        }
        ENCODING.set(Boolean.TRUE);
        try {
            Encoder<ILoggingEvent> encoder = encoders.forSettings(scope.settings());
            byte[] bytes = encoder.encode(event);
            if (bytes != null && bytes.length > 0) {
                scope.accept(new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            addError("jewelry-logging-test could not encode a line for " + scope.name(), e);
        } finally {
            ENCODING.remove();
        }
    }
}
