package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.BusinessEvent;
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
import com.jewelry.logging.spring.annotation.EventKind;
import com.jewelry.logging.spring.annotation.LogEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How a {@link LogEvent} becomes a typed event: which attributes each {@link EventKind} reads (required or not),
 * what type each value must have, and the record it builds.
 */
final class EventBlueprint {

    /** Every attribute of {@link LogEvent} that holds an expression, in declaration order. */
    static final Map<String, Function<LogEvent, String>> ATTRIBUTES = attributes();

    /** One attribute an event reads. */
    record Slot(String attribute, boolean required, Class<?> type, Class<?> elementType) {
    }

    /** Values by attribute name, already converted to the slot's type (null where missing). */
    interface Factory {
        BusinessEvent build(Instant time, Duration elapsed, Map<String, Object> values);
    }

    private final EventKind kind;
    private final List<Slot> slots;
    private final Factory factory;

    private EventBlueprint(EventKind kind, List<Slot> slots, Factory factory) {
        this.kind = kind;
        this.slots = slots;
        this.factory = factory;
    }

    EventKind kind() {
        return kind;
    }

    List<Slot> slots() {
        return slots;
    }

    BusinessEvent build(Instant time, Duration elapsed, Map<String, Object> values) {
        return factory.build(time, elapsed, values);
    }

    static EventBlueprint of(EventKind kind) {
        return switch (kind) {
            case ORDER_STATUS_CHANGED -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), required("status", OrderStatus.class),
                            optional("previousStatus", OrderStatus.class)),
                    (t, d, v) -> new OrderStatusChanged(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            (OrderStatus) v.get("status"), (OrderStatus) v.get("previousStatus")));
            case ORDER_CREATED -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), list("items", OrderItem.class), required("total", Money.class)),
                    (t, d, v) -> new OrderCreated(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            castList(v.get("items")), (Money) v.get("total")));
            case ORDER_UPDATED -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), list("changes", FieldChange.class)),
                    (t, d, v) -> new OrderUpdated(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            castList(v.get("changes"))));
            case COST_CALCULATION_REQUESTED -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), text("modelId")),
                    (t, d, v) -> new CostCalculationRequested(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            (String) v.get("modelId"), d));
            case COST_CALCULATION_COMPLETED -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), required("cost", Money.class)),
                    (t, d, v) -> new CostCalculationCompleted(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            (Money) v.get("cost")));
            case PARTNER_ORDER_RECEIVED -> new EventBlueprint(kind,
                    List.of(text("partnerId"), text("orderNumber"), required("processingStatus", ProcessingStatus.class)),
                    (t, d, v) -> new PartnerOrderReceived(t, (String) v.get("partnerId"), (String) v.get("orderNumber"),
                            (ProcessingStatus) v.get("processingStatus")));
            case NOTIFICATION_SENT -> new EventBlueprint(kind,
                    List.of(text("customerId"), text("orderNumber"), required("notificationType", NotificationType.class),
                            optional("channel", NotificationChannel.class)),
                    (t, d, v) -> new NotificationSent(t, (String) v.get("customerId"), (String) v.get("orderNumber"),
                            (NotificationType) v.get("notificationType"), (NotificationChannel) v.get("channel")));
        };
    }

    /**
     * Converts an evaluated value to a slot's type: ids become text, enum constants may be given by name.
     *
     * @throws IllegalArgumentException when the value cannot be of that type
     */
    static Object convert(Slot slot, Object value) {
        if (value == null) {
            return null;
        }
        Class<?> type = slot.type();
        if (type == String.class) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
        if (type.isInstance(value)) {
            if (slot.elementType() != null) {
                for (Object element : (List<?>) value) {
                    if (element != null && !slot.elementType().isInstance(element)) {
                        throw new IllegalArgumentException("a list of " + slot.elementType().getSimpleName()
                                + " expected, found an element of type " + element.getClass().getName());
                    }
                }
            }
            return value;
        }
        if (type.isEnum() && value instanceof CharSequence text) {
            return enumConstant(type, text.toString());
        }
        throw new IllegalArgumentException(type.getSimpleName() + " expected, found " + value.getClass().getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name.trim().toUpperCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object value) {
        return (List<T>) value;
    }

    private static Slot text(String attribute) {
        return new Slot(attribute, true, String.class, null);
    }

    private static Slot required(String attribute, Class<?> type) {
        return new Slot(attribute, true, type, null);
    }

    private static Slot optional(String attribute, Class<?> type) {
        return new Slot(attribute, false, type, null);
    }

    private static Slot list(String attribute, Class<?> elementType) {
        return new Slot(attribute, true, List.class, elementType);
    }

    private static Map<String, Function<LogEvent, String>> attributes() {
        Map<String, Function<LogEvent, String>> attributes = new LinkedHashMap<>();
        attributes.put("customerId", LogEvent::customerId);
        attributes.put("orderNumber", LogEvent::orderNumber);
        attributes.put("status", LogEvent::status);
        attributes.put("previousStatus", LogEvent::previousStatus);
        attributes.put("items", LogEvent::items);
        attributes.put("total", LogEvent::total);
        attributes.put("changes", LogEvent::changes);
        attributes.put("modelId", LogEvent::modelId);
        attributes.put("cost", LogEvent::cost);
        attributes.put("partnerId", LogEvent::partnerId);
        attributes.put("processingStatus", LogEvent::processingStatus);
        attributes.put("notificationType", LogEvent::notificationType);
        attributes.put("channel", LogEvent::channel);
        return java.util.Collections.unmodifiableMap(attributes);
    }
}
