package com.jewelry.logging.core;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import com.jewelry.logging.core.event.PartnerOrderReceived;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events a service can log: the library's own ({@link #builtIn()}) plus any a service defines as a record with a
 * static {@code TYPE} ({@link #with(Class[])}). Schemas, the test kit's checks, the report's figures and the index
 * templates' field list are all derived from a catalogue, so adding an event means writing one record.
 * Immutable: {@code with} returns a new catalogue.
 */
public final class EventCatalogue {

    private static final EventCatalogue BUILT_IN = new EventCatalogue(List.of(
            OrderStatusChanged.TYPE,
            OrderCreated.TYPE,
            OrderUpdated.TYPE,
            CostCalculationRequested.TYPE,
            CostCalculationCompleted.TYPE,
            PartnerOrderReceived.TYPE,
            NotificationSent.TYPE,
            HttpAccess.TYPE,
            AnomalyDetected.TYPE));

    private final Map<String, EventType<?>> byName;

    private EventCatalogue(List<EventType<?>> types) {
        Map<String, EventType<?>> map = new LinkedHashMap<>();
        for (EventType<?> type : types) {
            EventType<?> previous = map.putIfAbsent(type.name(), type);
            if (previous != null && previous != type) {
                throw new IllegalArgumentException("two event types are named " + type.name() + ": "
                        + previous.recordType().getName() + " and " + type.recordType().getName());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The events this library defines: the seven business events, {@code http.access} and {@code anomaly.detected}. */
    public static EventCatalogue builtIn() {
        return BUILT_IN;
    }

    /** This catalogue and the types of the given event records (each read from its static {@code TYPE}). */
    @SafeVarargs
    public final EventCatalogue with(Class<? extends BusinessEvent>... recordTypes) {
        List<EventType<?>> more = new ArrayList<>(recordTypes.length);
        for (Class<? extends BusinessEvent> recordType : recordTypes) {
            more.add(EventType.of(recordType));
        }
        return with(more);
    }

    /** This catalogue and the given types. */
    public EventCatalogue with(List<? extends EventType<?>> types) {
        List<EventType<?>> all = new ArrayList<>(byName.values());
        all.addAll(types);
        return new EventCatalogue(all);
    }

    /** Every type, built-in ones first, in the order they were added. */
    public List<EventType<?>> types() {
        return List.copyOf(byName.values());
    }

    /** The types of one category, e.g. the business events. */
    public List<EventType<?>> types(EventCategory category) {
        return byName.values().stream().filter(type -> type.category() == category).toList();
    }

    /** The event names ({@code event.action}), in catalogue order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The type of an event name, if the catalogue has it. */
    public Optional<EventType<?>> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Whether the catalogue has an event of this name. */
    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /**
     * Every field path of the catalogue's events (list elements as {@code path.element}), with the kind it is written
     * as: what an index template must map. A path shared by several events appears once.
     */
    public Map<String, FieldKind> fieldKinds() {
        Map<String, FieldKind> kinds = new LinkedHashMap<>();
        for (EventType<?> type : byName.values()) {
            addFields(kinds, "", type.fields());
        }
        return Collections.unmodifiableMap(kinds);
    }

    private static void addFields(Map<String, FieldKind> kinds, String prefix, List<? extends EventField<?>> fields) {
        for (EventField<?> field : fields) {
            kinds.putIfAbsent(prefix + field.path(), field.kind());
            if (!field.elementFields().isEmpty()) {
                addFields(kinds, prefix + field.path() + ".", field.elementFields());
            }
        }
    }

    @Override
    public String toString() {
        return "EventCatalogue" + names();
    }
}
