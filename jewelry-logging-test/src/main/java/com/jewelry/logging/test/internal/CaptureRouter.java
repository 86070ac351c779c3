package com.jewelry.logging.test.internal;

import com.jewelry.logging.test.internal.log4j2.Log4j2CaptureBackend;
import com.jewelry.logging.test.internal.logback.LogbackBackend;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Starts the back end when the first test starts capturing and stops it when the last one ends, so nothing of the
 * kit stays in the logging configuration between tests. Shared by every test of the JVM, in parallel too.
 */
public final class CaptureRouter {

    private static final Object LOCK = new Object();
    private static CaptureBackend backend;
    private static int openScopes;

    private CaptureRouter() {
    }

    /** Opens a capture scope for a test and makes sure the back end delivers to it. */
    public static CaptureScope open(String name, CaptureSettings settings) {
        CaptureScope scope = new CaptureScope(name, settings, new LineStore());
        synchronized (LOCK) {
            if (openScopes == 0) {
                backend = detect();
                backend.start();
            }
            openScopes++;
        }
        return scope;
    }

    /** Closes a scope; the last one to close stops the back end. */
    public static void close(CaptureScope scope) {
        scope.close();
        synchronized (LOCK) {
            if (openScopes == 0) {
                return;
            }
            openScopes--;
            if (openScopes == 0 && backend != null) {
                try {
                    backend.stop();
                } finally {
                    backend = null;
                }
            }
        }
    }

    /** Whether a back end is attached right now (for the kit's own tests). */
    public static boolean isAttached() {
        synchronized (LOCK) {
            return backend != null;
        }
    }

    private static CaptureBackend detect() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        String binding = factory.getClass().getName();
        // compared by name first, so the back end that is absent is never loaded
        if (binding.equals("ch.qos.logback.classic.LoggerContext") && LogbackBackend.supports(factory)) {
            return LogbackBackend.forFactory(factory);
        }
        if (binding.startsWith("org.apache.logging.slf4j.") && Log4j2CaptureBackend.supports(factory)) {
            return Log4j2CaptureBackend.forCurrentContext();
        }
        throw new IllegalStateException("jewelry-logging-test captures from Logback or Log4j2, but SLF4J is bound to "
                + binding + "; put logback-classic, or log4j-slf4j2-impl with jewelry-logging-log4j2, on the test class path");
    }
}
