package com.jewelry.logging.test;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.test.internal.CaptureScope;
import com.jewelry.logging.test.internal.EventReader;
import com.jewelry.logging.test.internal.LineStore;
import com.jewelry.logging.test.internal.Lines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

/**
 * The lines one test wrote, in order, as the service's encoder wrote them (masked). Get it as a test method
 * parameter under {@link CaptureLogs} or from {@link LogCaptureExtension#logs()}, and check it with
 * {@link JewelryLogAssertions#assertThat(CapturedLogs)}.
 *
 * <p>A line belongs to the test when the thread that wrote it is the test's thread or was started by a thread of the
 * test. A pool thread that existed before the test started does not belong to it: run tasks through
 * {@link #wrap(Runnable)}, {@link #wrap(Callable)} or {@link #wrap(Executor)} to carry the test's scope to it.
 */
public final class CapturedLogs {

    private final LineStore store;
    private final CaptureScope scope;

    CapturedLogs(LineStore store, CaptureScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /**
     * Lines that were written elsewhere (read from a file, a container's output) as a capture, for the same
     * assertions. Blank lines are skipped.
     */
    public static CapturedLogs ofLines(List<String> lines) {
        return new CapturedLogs(LineStore.of(lines), null);
    }

    /** The lines of a JSON log file as a capture (see {@link #ofLines(List)}). */
    public static CapturedLogs readFile(Path file) throws IOException {
        return ofLines(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Every captured line that is JSON, in the order written. */
    public List<LogLine> lines() {
        List<LineStore.Entry> entries = store.snapshot();
        List<LogLine> lines = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).isJson()) {
                lines.add(new LogLine(i, entries.get(i).json()));
            }
        }
        return List.copyOf(lines);
    }

    /** The lines of one typed event, by its name ({@code order.created}), any version. */
    public List<LogLine> lines(String eventName) {
        Objects.requireNonNull(eventName, "eventName");
        return lines().stream().filter(line -> eventName.equals(line.eventName())).toList();
    }

    /**
     * The events of one type as records, rebuilt from their lines; values are the ones the lines carry, so masked
     * values come back masked. The record must be one of the library's events or declare its {@link EventType} as
     * a public static field.
     */
    public <E extends BusinessEvent> List<E> events(Class<E> eventType) {
        return events(EventReader.typeOf(eventType));
    }

    /** The events of one type and version as records (see {@link #events(Class)}). */
    public <E extends BusinessEvent> List<E> events(EventType<E> type) {
        Objects.requireNonNull(type, "type");
        List<E> events = new ArrayList<>();
        for (LogLine line : lines()) {
            if (EventReader.isOf(type, line.json())) {
                events.add(EventReader.read(type, line.json()));
            }
        }
        return List.copyOf(events);
    }

    /**
     * The only event of a type.
     *
     * @throws AssertionError when there is none or more than one; the message lists the captured lines (masked)
     */
    public <E extends BusinessEvent> E singleEvent(Class<E> eventType) {
        List<E> events = events(eventType);
        if (events.size() != 1) {
            throw new AssertionError("Expected exactly one " + EventReader.typeOf(eventType).name() + " event but found "
                    + events.size() + " among the captured lines:\n" + Lines.listing(store.snapshot()));
        }
        return events.get(0);
    }

    /** How many lines were captured. */
    public int size() {
        return store.snapshot().size();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** Forgets the lines captured so far (e.g. those of the test's set-up); capturing goes on. */
    public void clear() {
        store.clear();
    }

    /** The task, writing into this capture on whatever thread runs it (a pool thread created before the test). */
    public Runnable wrap(Runnable task) {
        return requireScope().wrap(task);
    }

    /** The task, writing into this capture on whatever thread runs it. */
    public <V> Callable<V> wrap(Callable<V> task) {
        return requireScope().wrap(task);
    }

    /** An executor whose tasks write into this capture, whichever of its threads runs them. */
    public Executor wrap(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        CaptureScope owner = requireScope();
        return task -> executor.execute(owner.wrap(task));
    }

    List<LineStore.Entry> entries() {
        return store.snapshot();
    }

    private CaptureScope requireScope() {
        if (scope == null) {
            throw new IllegalStateException("lines read from elsewhere have no test to carry to another thread");
        }
        return scope;
    }

    /** The count only: the lines themselves are listed by the assertions, masked. */
    @Override
    public String toString() {
        return "CapturedLogs[" + size() + " lines" + (scope == null ? "" : " of " + scope.name()) + "]";
    }
}
