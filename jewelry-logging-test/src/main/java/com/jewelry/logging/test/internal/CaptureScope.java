package com.jewelry.logging.test.internal;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The capture of one running test. A thread is in a test's scope when the test's thread entered it or when the
 * thread was started from a thread in scope (an {@link InheritableThreadLocal}); a back end hands each line written
 * by a thread in scope to that scope only.
 *
 * <p>Threads that already existed when the test started (pools, schedulers) do not inherit the scope; a task run
 * through {@link #wrap(Runnable)} carries it explicitly and overrides whatever the pool thread had.
 */
public final class CaptureScope {

    private static final InheritableThreadLocal<CaptureScope> CURRENT = new InheritableThreadLocal<>();

    private final String name;
    private final CaptureSettings settings;
    private final LineStore store;
    private volatile boolean open = true;

    public CaptureScope(String name, CaptureSettings settings, LineStore store) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The open scope of the calling thread, or null when no test captures for it. */
    public static CaptureScope current() {
        CaptureScope scope = CURRENT.get();
        return scope != null && scope.open ? scope : null;
    }

    /** Puts the calling thread in this scope (threads it starts from now on inherit it). */
    public void enter() {
        CURRENT.set(this);
    }

    /** Takes the calling thread out of this scope, if it is in it. */
    public void leave() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** Ends the capture: lines written afterwards, from any thread, are no longer kept. */
    public void close() {
        open = false;
        leave();
    }

    public boolean isOpen() {
        return open;
    }

    public String name() {
        return name;
    }

    public CaptureSettings settings() {
        return settings;
    }

    public LineStore store() {
        return store;
    }

    /** Keeps one encoded line, if the scope is still open. */
    public void accept(String line) {
        if (open) {
            store.add(line);
        }
    }

    /** The task, running in this scope on whatever thread executes it, and in its own scope again afterwards. */
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            CaptureScope previous = CURRENT.get();
            CURRENT.set(this);
            try {
                task.run();
            } finally {
                restore(previous);
            }
        };
    }

    /** The task, running in this scope on whatever thread executes it. */
    public <V> Callable<V> wrap(Callable<V> task) {
        Objects.requireNonNull(task, "task");
        return () -> {
            CaptureScope previous = CURRENT.get();
            CURRENT.set(this);
            try {
                return task.call();
            } finally {
                restore(previous);
            }
        };
    }

    private static void restore(CaptureScope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    @Override
    public String toString() {
        return "CaptureScope[" + name + (open ? "" : ", closed") + "]";
    }
}
