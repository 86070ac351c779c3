package com.jewelry.logging.test;

import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.test.internal.Lines;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.WritableAssertionInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lines of one event, narrowed down by each {@code with…} call: {@code hasEvent("order.created")
 * .withOrderNumber("ORD-1").withSystem(SystemName.SHOP)} passes when at least one line meets all of them. A
 * failure says which condition no line met and lists the captured lines, masked.
 */
public final class EventLinesAssert extends AbstractAssert<EventLinesAssert, List<LogLine>> {

    /** Field paths shared by the library's events; the kit's own tests check each event defines them so. */
    static final String ORDER_NUMBER = LogFields.ORDER_NUMBER;
    static final String CUSTOMER_ID = LogFields.CUSTOMER_ID;

    private final CapturedLogs logs;
    private final List<String> conditions = new ArrayList<>();
    private List<LogLine> matching;

    EventLinesAssert(CapturedLogs logs, String eventName, WritableAssertionInfo info) {
        super(new ArrayList<>(logs.lines(eventName)), EventLinesAssert.class);
        this.logs = logs;
        this.matching = actual;
        this.conditions.add(LogFields.EVENT_ACTION + " = \"" + eventName + "\"");
        if (info != null && info.description() != null && !info.descriptionText().isEmpty()) {
            describedAs(info.description());
        }
    }

    EventLinesAssert requireAny() {
        if (matching.isEmpty()) {
            failNoneMatch();
        }
        return this;
    }

    /** The order's number ({@code order.number}). */
    public EventLinesAssert withOrderNumber(String orderNumber) {
        return withField(ORDER_NUMBER, orderNumber);
    }

    /** The customer's id ({@code customer.id}). */
    public EventLinesAssert withCustomerId(String customerId) {
        return withField(CUSTOMER_ID, customerId);
    }

    /** The system the line was written for ({@code system}). */
    public EventLinesAssert withSystem(SystemName system) {
        return withField(LogFields.SYSTEM, system.name());
    }

    /** The service's name ({@code service.name}). */
    public EventLinesAssert withServiceName(String serviceName) {
        return withField(LogFields.SERVICE_NAME, serviceName);
    }

    /** Whether the business step succeeded ({@code event.outcome}). */
    public EventLinesAssert withOutcome(EventOutcome outcome) {
        return withField(LogFields.EVENT_OUTCOME, outcome.jsonValue());
    }

    /** The log level: TRACE, DEBUG, INFO, WARN or ERROR ({@code log.level}). */
    public EventLinesAssert withLevel(String level) {
        return withField(LogFields.LOG_LEVEL, level);
    }

    /**
     * Any field by dotted path ({@code order.total.amount}, {@code order.items[0].sku}). A number is compared by
     * value ({@code 48900} equals {@code 48900.00}), an enum by its name, anything else by its text.
     */
    public EventLinesAssert withField(String path, Object expected) {
        Objects.requireNonNull(path, "path");
        conditions.add(path + " = " + describe(expected));
        List<LogLine> kept = new ArrayList<>();
        for (LogLine line : matching) {
            if (matches(line.text(path), expected)) {
                kept.add(line);
            }
        }
        matching = kept;
        if (matching.isEmpty()) {
            failNoneMatch();
        }
        return this;
    }

    /** Exactly this many lines meet the conditions so far. */
    public EventLinesAssert hasCount(int expected) {
        if (matching.size() != expected) {
            failWithMessage("%s", "Expected " + expected + " line(s) with " + String.join(", ", conditions) + " but found "
                    + matching.size() + " " + indexes(matching) + " among the " + logs.size() + " captured lines:\n"
                    + Lines.listing(logs.entries()));
        }
        return this;
    }

    /** Exactly one line meets the conditions so far. */
    public EventLinesAssert once() {
        return hasCount(1);
    }

    /** The lines that meet the conditions so far. */
    public List<LogLine> lines() {
        return List.copyOf(matching);
    }

    private void failNoneMatch() {
        StringBuilder message = new StringBuilder("Expected a line with ").append(String.join(", ", conditions));
        message.append("\nbut none of the ").append(logs.size()).append(" captured lines has it");
        if (conditions.size() > 1 && !actual.isEmpty()) {
            message.append(" (").append(actual.size()).append(" line(s) with ").append(conditions.get(0)).append(": ")
                    .append(indexes(actual)).append(")");
        }
        message.append(".\nCaptured lines (masked):\n").append(Lines.listing(logs.entries()));
        failWithMessage("%s", message.toString());
    }

    private static String indexes(List<LogLine> lines) {
        return lines.stream().map(line -> "line " + line.index()).toList().toString();
    }

    private static boolean matches(String actualText, Object expected) {
        if (expected == null) {
            return actualText == null;
        }
        if (actualText == null) {
            return false;
        }
        if (expected instanceof Number number) {
            try {
                return new BigDecimal(actualText).compareTo(new BigDecimal(number.toString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (expected instanceof Enum<?> constant) {
            return actualText.equals(constant.name());
        }
        return actualText.equals(expected.toString());
    }

    private static String describe(Object expected) {
        if (expected == null) {
            return "(absent)";
        }
        if (expected instanceof Number || expected instanceof Boolean) {
            return expected.toString();
        }
        if (expected instanceof Enum<?> constant) {
            return constant.name();
        }
        return "\"" + expected + "\"";
    }
}
