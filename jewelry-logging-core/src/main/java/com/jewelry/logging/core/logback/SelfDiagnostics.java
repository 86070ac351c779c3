package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ContextAware;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.internal.Diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * The library's own warnings about one Logback component (an encoder, an appender): each kind is reported once,
 * as a WARN line of the {@value LogFields#DIAGNOSTICS_LOGGER} logger — a JSON line like any other — and then only
 * counted. A copy goes to Logback's status list at INFO: kept for who inspects it, but not printed as plain text on
 * standard error (Spring Boot prints status entries of WARN and above), where it would break the one JSON object
 * per line that container runtimes collect.
 * <p>
 * Two components of one context with the same warning (the console's and the file's encoder) log it once.
 * The line is logged on the context's own executor, never on the thread that raised the warning: that thread may be
 * inside an appender (whose re-entry guard would silently skip the line) or encoding a line (re-entering the encoder),
 * or be the asynchronous appender's writer, which must never wait for room in its own queue. Warnings raised before
 * the first line is written (while Logback is still being configured) are held until then.
 */
final class SelfDiagnostics {

    /** The context's set of messages already logged, so twin components do not log the same warning twice. */
    private static final String LOGGED_KEY = "com.jewelry.logging.diagnostics.logged";
    private static final int MAX_LOGGED = 4096;

    private final ContextAware owner;
    private final Diagnostics counts = new Diagnostics();
    private final List<Runnable> held = new ArrayList<>();
    private volatile boolean ready;

    SelfDiagnostics(ContextAware owner) {
        this.owner = owner;
    }

    /** Counts a problem of this kind; the first of its kind is reported. Returns whether this one was reported. */
    boolean report(String kind, String message, Throwable cause) {
        if (!counts.firstOccurrence(kind)) {
            return false;
        }
        owner.addInfo(message, cause);
        Runnable emit = () -> emit(message, cause);
        if (ready) {
            emit.run();
        } else {
            synchronized (held) {
                if (!ready) {
                    held.add(emit);
                    return true;
                }
            }
            emit.run();
        }
        return true;
    }

    /** From now on warnings are logged at once; those held so far are logged now. */
    void ready() {
        if (ready) {
            return;
        }
        List<Runnable> pending;
        synchronized (held) {
            ready = true;
            pending = new ArrayList<>(held);
            held.clear();
        }
        pending.forEach(Runnable::run);
    }

    /** Whether no component of this context has logged this very message yet; the set is the context's own. */
    @SuppressWarnings("unchecked")
    private static boolean firstInContext(LoggerContext context, String message) {
        Set<String> logged;
        synchronized (context) {
            logged = (Set<String>) context.getObject(LOGGED_KEY);
            if (logged == null) {
                logged = ConcurrentHashMap.newKeySet();
                context.putObject(LOGGED_KEY, logged);
            }
        }
        return logged.size() < MAX_LOGGED ? logged.add(message) : !logged.contains(message);
    }

    /** Problems seen, reported or only counted. */
    long total() {
        return counts.total();
    }

    private void emit(String message, Throwable cause) {
        Context context = owner.getContext();
        if (!(context instanceof LoggerContext loggers) || !firstInContext(loggers, message)) {
            return; // kept in the status list only, or already logged by a twin (the console's and the file's encoder)
        }
        try {
            loggers.getScheduledExecutorService().execute(() -> {
                try {
                    loggers.getLogger(LogFields.DIAGNOSTICS_LOGGER).warn(message, cause);
                } catch (Throwable ignored) {
                    // a logging call never throws; the status list has the report
                }
            });
        } catch (RejectedExecutionException | IllegalStateException stopped) {
            // the context is stopping; the status list has the report
        }
    }
}
