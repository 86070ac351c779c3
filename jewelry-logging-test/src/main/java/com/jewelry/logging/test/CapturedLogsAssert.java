package com.jewelry.logging.test;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.test.internal.EventReader;
import com.jewelry.logging.test.internal.LineStore;
import com.jewelry.logging.test.internal.Lines;
import com.jewelry.logging.test.internal.PersonalDataScan;
import com.jewelry.logging.test.internal.SchemaCheck;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Objects;

/**
 * Assertions on all lines a test captured. Failures that are about which lines exist list the captured lines,
 * masked; failures about sensitive values name the line, the JSON path and the kind, never the value or the line.
 */
public final class CapturedLogsAssert extends AbstractAssert<CapturedLogsAssert, CapturedLogs> {

    CapturedLogsAssert(CapturedLogs actual) {
        super(actual, CapturedLogsAssert.class);
    }

    /** There is at least one line of this event ({@code event.action}); narrow it down with the returned assert. */
    public EventLinesAssert hasEvent(String eventName) {
        isNotNull();
        Objects.requireNonNull(eventName, "eventName");
        EventLinesAssert lines = new EventLinesAssert(actual, eventName, info);
        return lines.requireAny();
    }

    /** There is at least one line of this event type (name and version). */
    public EventLinesAssert hasEvent(EventType<?> type) {
        return hasEvent(type.name()).withField(LogFields.EVENT_VERSION, type.version());
    }

    /** There is at least one line of this event record's type, e.g. {@code hasEvent(RingResized.class)}. */
    public EventLinesAssert hasEvent(Class<? extends BusinessEvent> recordType) {
        return hasEvent(EventReader.typeOf(recordType));
    }

    /** No line is of this event. */
    public CapturedLogsAssert hasNoEvent(String eventName) {
        isNotNull();
        List<LogLine> found = actual.lines(eventName);
        if (!found.isEmpty()) {
            fail("Expected no line with event.action \"" + eventName + "\" but found " + found.size() + " ("
                    + found.stream().map(line -> "line " + line.index()).toList() + ")");
        }
        return this;
    }

    /** Exactly this many lines were captured. */
    public CapturedLogsAssert hasLineCount(int expected) {
        isNotNull();
        List<LineStore.Entry> lines = actual.entries();
        if (lines.size() != expected) {
            fail("Expected " + expected + " captured lines but there are " + lines.size());
        }
        return this;
    }

    /** No line flags a problem of its own event in {@code event.invalid} (a missing required field, a truncated value). */
    public CapturedLogsAssert hasNoInvalidEvents() {
        isNotNull();
        List<String> invalid = actual.lines().stream()
                .filter(line -> line.has(LogFields.EVENT_INVALID))
                .map(line -> "line " + line.index() + " (" + line.eventName() + "): " + line.value(LogFields.EVENT_INVALID))
                .toList();
        if (!invalid.isEmpty()) {
            fail("Expected no line with event.invalid but found " + invalid.size() + ":\n  " + String.join("\n  ", invalid));
        }
        return this;
    }

    /**
     * Every line satisfies the published envelope schema, and every typed event's line its event's schema too. The
     * failure gives each reason (schema, place in the line, rule broken).
     */
    public CapturedLogsAssert allLinesMatchSchemas() {
        return allLinesMatchSchemas(EventCatalogue.builtIn());
    }

    /**
     * As {@link #allLinesMatchSchemas()}, and the lines of a service's own events (those of the catalogue the
     * library does not publish a schema for) match the schema generated from their types.
     */
    public CapturedLogsAssert allLinesMatchSchemas(EventCatalogue catalogue) {
        isNotNull();
        List<String> problems = SchemaCheck.problems(actual.entries(), catalogue);
        if (!problems.isEmpty()) {
            fail("Expected every captured line to match the published schemas, but " + problems.size()
                    + " problem(s) were found:\n  " + String.join("\n  ", limit(problems)));
        }
        return this;
    }

    /**
     * The masking module's detectors find no personal data (e-mail, phone, card, passport, INN, SNILS, tokens …)
     * in any value or property name of any line. The failure names each line, JSON path and kind found.
     */
    public CapturedLogsAssert containsNoPersonalData() {
        isNotNull();
        List<String> findings = PersonalDataScan.findings(actual.entries());
        if (!findings.isEmpty()) {
            fail("Expected no personal data in the captured lines, but the detectors found " + findings.size() + ":\n  "
                    + String.join("\n  ", limit(findings)));
        }
        return this;
    }

    /**
     * None of the given values (the test's own sensitive inputs: the e-mail, phone or card it passed in) appears
     * anywhere in any line, in any letter case. The failure names each value by its index in the arguments, and the
     * line and JSON path where it appears, never the value.
     */
    public CapturedLogsAssert doesNotContainAnyOf(String... values) {
        isNotNull();
        Objects.requireNonNull(values, "values");
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].isEmpty()) {
                throw new IllegalArgumentException("value #" + i + " is empty: it would be found everywhere");
            }
        }
        List<String> found = PersonalDataScan.occurrences(actual.entries(), List.of(values));
        if (!found.isEmpty()) {
            fail("Expected none of the " + values.length + " given value(s) in the captured lines, but found "
                    + found.size() + " occurrence(s):\n  " + String.join("\n  ", limit(found)));
        }
        return this;
    }

    private void fail(String message) {
        // a captured line may hold '%': never let the message be a format string
        failWithMessage("%s", message);
    }

    private static List<String> limit(List<String> items) {
        if (items.size() <= Lines.MAX_LISTED) {
            return items;
        }
        List<String> head = new java.util.ArrayList<>(items.subList(0, Lines.MAX_LISTED));
        head.add("... and " + (items.size() - Lines.MAX_LISTED) + " more");
        return head;
    }
}
