package com.jewelry.logging.core;

import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.core.event.ProcessingStatus;
import com.jewelry.logging.core.internal.Diagnostics;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Logs typed business events at INFO (failures at ERROR) and DEBUG detail, through SLF4J. One per class, like an
 * SLF4J logger:
 * <pre>{@code
 * private final EventLogger events = EventLogger.forClass(Checkout.class);
 * events.orderStatusChanged(customerId, orderNumber, OrderStatus.NEW, OrderStatus.PAID);
 * }</pre>
 * A call never throws into the caller: a null or incomplete event is written with its gaps flagged in
 * {@code event.invalid}, and the problem is reported once on the {@value LogFields#DIAGNOSTICS_LOGGER} logger.
 */
public final class EventLogger {

    private final Logger logger;
    private final Logger diagnosticsLogger;
    private final Clock clock;
    private final Diagnostics diagnostics = new Diagnostics();

    private EventLogger(Logger logger, Logger diagnosticsLogger, Clock clock) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.diagnosticsLogger = Objects.requireNonNull(diagnosticsLogger, "diagnosticsLogger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An event logger named after a class, using SLF4J's logger factory and the UTC system clock. */
    public static EventLogger forClass(Class<?> owner) {
        return create(LoggerFactory.getILoggerFactory(), owner.getName(), Clock.systemUTC());
    }

    /** An event logger from a given logger factory and clock (tests inject a fixed clock). */
    public static EventLogger create(ILoggerFactory loggers, String name, Clock clock) {
        return new EventLogger(loggers.getLogger(name), loggers.getLogger(LogFields.DIAGNOSTICS_LOGGER), clock);
    }

    /** The clock the convenience methods stamp events with. */
    public Clock clock() {
        return clock;
    }

    /** Logs a business event that succeeded, at INFO. */
    public void log(BusinessEvent event) {
        emit(event, EventOutcome.SUCCESS, Level.INFO, null);
    }

    /** Logs a business event whose step failed, at ERROR, with the exception's type and (masked) message. */
    public void logFailure(BusinessEvent event, Throwable cause) {
        emit(event, EventOutcome.FAILURE, Level.ERROR, cause);
    }

    /**
     * Logs an event whose step failed at a chosen level, e.g. an access line of a 4xx answer at WARN. A failed step
     * often lacks fields it would have had (no order number when the order was never made): they are flagged in
     * {@code event.invalid} but not reported as a logging problem, and the message falls back to the event's title.
     */
    public void logFailure(BusinessEvent event, Level level, Throwable cause) {
        emit(event, EventOutcome.FAILURE, level == null ? Level.ERROR : level, cause);
    }

    private void emit(BusinessEvent event, EventOutcome outcome, Level level, Throwable cause) {
        try {
            if (event == null) {
                diagnose("null event", "A null business event was logged by " + logger.getName() + "; nothing to write.");
                return;
            }
            if (!logger.isEnabledForLevel(level)) {
                return;
            }
            EventType<?> type = event.type();
            if (type == null) {
                diagnose("event without type " + event.getClass().getName(),
                        "Event class " + event.getClass().getName() + " returned no type; nothing to write.");
                return;
            }
            boolean failure = outcome == EventOutcome.FAILURE;
            List<String> missing = type.missingRequiredFields(event);
            if (!missing.isEmpty() && !failure) {
                diagnose(type.name() + " missing " + missing,
                        "Event " + type.name() + " was logged without " + missing
                                + "; the line is written and flagged in event.invalid. Further occurrences are counted only.");
            }
            // a message built from a missing value would read "Order null created": the title says what it was
            String message = missing.isEmpty() ? type.messageFor(event) : type.title();
            EventLine line = new EventLine(failure ? message + " (failed)" : message, event, outcome);
            write(level, line, cause);
        } catch (RuntimeException e) {
            diagnose("logging failed " + e.getClass().getName(),
                    "Logging an event failed inside the logging back end (" + e.getClass().getName() + ").");
        }
    }

    private void write(Level level, EventLine line, Throwable cause) {
        Object[] arguments = cause == null ? new Object[] {line} : new Object[] {line, cause};
        switch (level) {
            case ERROR -> logger.error("{}", arguments);
            case WARN -> logger.warn("{}", arguments);
            case INFO -> {
                if (cause == null) {
                    logger.info("{}", line);
                } else {
                    logger.info("{}", arguments);
                }
            }
            case DEBUG -> logger.debug("{}", arguments);
            case TRACE -> logger.trace("{}", arguments);
        }
    }

    private void diagnose(String kind, String text) {
        try {
            if (diagnostics.firstOccurrence(kind)) {
                diagnosticsLogger.warn("{}", text);
            }
        } catch (RuntimeException ignored) {
            // the back end itself is failing; there is nowhere left to report to
        }
    }

    /** Problems this logger saw, by kind, for self-monitoring. */
    public Map<String, Long> problemCounts() {
        return diagnostics.snapshot();
    }

    // ---- the seven business events, stamped with this logger's clock ----

    /** Event 1: an order moved from {@code from} to {@code to}. */
    public void orderStatusChanged(String customerId, String orderNumber, OrderStatus from, OrderStatus to) {
        log(new OrderStatusChanged(clock.instant(), customerId, orderNumber, to, from));
    }

    /** Event 2: a new order with its items and total. */
    public void orderCreated(String customerId, String orderNumber, List<OrderItem> items, Money total) {
        log(new OrderCreated(clock.instant(), customerId, orderNumber, items, total));
    }

    /** Event 3: an order's fields changed. */
    public void orderUpdated(String customerId, String orderNumber, List<FieldChange> changes) {
        log(new OrderUpdated(clock.instant(), customerId, orderNumber, changes));
    }

    /** Event 4 (MES): a cost calculation from a 3D model was requested and took {@code calculationTime}. */
    public void costCalculationRequested(String customerId, String orderNumber, String modelId, Duration calculationTime) {
        log(new CostCalculationRequested(clock.instant(), customerId, orderNumber, modelId, calculationTime));
    }

    /** Event 5 (MES): the cost was calculated. */
    public void costCalculationCompleted(String customerId, String orderNumber, Money cost) {
        log(new CostCalculationCompleted(clock.instant(), customerId, orderNumber, cost));
    }

    /** Event 6 (API): a partner's order arrived and was processed. */
    public void partnerOrderReceived(String partnerId, String orderNumber, ProcessingStatus status) {
        log(new PartnerOrderReceived(clock.instant(), partnerId, orderNumber, status));
    }

    /** Event 7: a customer was notified about an order. */
    public void notificationSent(String customerId, String orderNumber, NotificationType type, NotificationChannel channel) {
        log(new NotificationSent(clock.instant(), customerId, orderNumber, type, channel));
    }

    // ---- DEBUG detail: free when DEBUG is off ----

    /** Whether DEBUG lines of this logger are written. */
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    /** A DEBUG line with one item of detail, written under {@code detail.<key>}. */
    public void debug(String message, String key, Object value) {
        if (logger.isDebugEnabled()) {
            debugLine(message, List.of(new Detail(key, value)));
        }
    }

    /** A DEBUG line with two items of detail. */
    public void debug(String message, String key1, Object value1, String key2, Object value2) {
        if (logger.isDebugEnabled()) {
            debugLine(message, List.of(new Detail(key1, value1), new Detail(key2, value2)));
        }
    }

    /** A DEBUG line with three items of detail. */
    public void debug(String message, String key1, Object value1, String key2, Object value2, String key3, Object value3) {
        if (logger.isDebugEnabled()) {
            debugLine(message, List.of(new Detail(key1, value1), new Detail(key2, value2), new Detail(key3, value3)));
        }
    }

    /** A DEBUG line with any number of detail items. */
    public void debug(String message, Map<String, ?> details) {
        if (logger.isDebugEnabled()) {
            try {
                List<Detail> items = new java.util.ArrayList<>(details == null ? 0 : details.size());
                if (details != null) {
                    details.forEach((key, value) -> items.add(new Detail(key, value)));
                }
                debugLine(message, items);
            } catch (RuntimeException e) {
                diagnose("debug failed " + e.getClass().getName(), "A DEBUG line could not be written (" + e.getClass().getName() + ").");
            }
        }
    }

    private void debugLine(String message, List<Detail> details) {
        try {
            logger.debug("{}", new DetailLine(message, details));
        } catch (RuntimeException e) {
            diagnose("debug failed " + e.getClass().getName(), "A DEBUG line could not be written (" + e.getClass().getName() + ").");
        }
    }
}
