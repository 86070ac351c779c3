package com.jewelry.logging.test.internal;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.TimedEvent;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds event records from their JSON lines using the event types' field definitions, so a test reads back what
 * a line says as the record the service logged. Which record component a field holds is learnt once per record
 * type by applying each field's accessor to a probe record whose components all differ; a field computed from
 * other components (such as {@code order.changed_fields}) matches none and is not read back.
 */
public final class EventReader {

    private static final Map<Class<?>, EventType<?>> TYPES = new ConcurrentHashMap<>();
    private static final Map<PlanKey, Plan> PLANS = new ConcurrentHashMap<>();

    private EventReader() {
    }

    /** The event type of a record class: its static {@code TYPE} (see {@link EventType#of(Class)}). */
    @SuppressWarnings("unchecked")
    public static <E extends BusinessEvent> EventType<E> typeOf(Class<E> recordType) {
        Objects.requireNonNull(recordType, "recordType");
        return (EventType<E>) TYPES.computeIfAbsent(recordType, type -> EventType.of(recordType));
    }

    /** Whether the line is one of this event type and version. */
    public static boolean isOf(EventType<?> type, JsonNode line) {
        JsonNode action = Json.atFieldPath(line, LogFields.EVENT_ACTION);
        JsonNode version = Json.atFieldPath(line, LogFields.EVENT_VERSION);
        return action != null && type.name().equals(action.asString())
                && version != null && version.isIntegralNumber() && version.intValue() == type.version();
    }

    /**
     * The record a line of this type describes. Values are those the line carries, so masked values come back
     * masked; a field that is absent comes back null (or 0 for a primitive).
     *
     * @throws IllegalArgumentException when a value cannot be read as its component's type; the message names
     *                                  the field, never the value
     */
    public static <E extends BusinessEvent> E read(EventType<E> type, JsonNode line) {
        Plan plan = plan(type.recordType(), type.fields(), true);
        return type.recordType().cast(plan.build(line, ""));
    }

    private static Plan plan(Class<?> recordType, List<? extends EventField<?>> fields, boolean event) {
        return PLANS.computeIfAbsent(new PlanKey(recordType, List.copyOf(fields)), key -> Plan.learn(recordType, fields, event));
    }

    private record PlanKey(Class<?> recordType, List<EventField<?>> fields) {
    }

    /** Where each record component comes from in a line. */
    private record Source(String path, FieldKind kind, EventField<?> field) {
    }

    private static final class Plan {
        private final Class<?> recordType;
        private final RecordComponent[] components;
        private final Constructor<?> constructor;
        private final Source[] sources;

        private Plan(Class<?> recordType, RecordComponent[] components, Constructor<?> constructor, Source[] sources) {
            this.recordType = recordType;
            this.components = components;
            this.constructor = constructor;
            this.sources = sources;
        }

        static Plan learn(Class<?> recordType, List<? extends EventField<?>> fields, boolean event) {
            if (!recordType.isRecord()) {
                throw new IllegalArgumentException(recordType.getName() + " is not a record; the kit reads back records only");
            }
            RecordComponent[] components = recordType.getRecordComponents();
            Constructor<?> constructor = canonical(recordType, components);
            Object[] probes = Probes.distinct(components);
            Object probe = instantiate(constructor, probes, recordType);
            Source[] sources = new Source[components.length];
            for (EventField<?> field : fields) {
                int index = matching(components, probes, valueOf(field, probe));
                if (index >= 0 && sources[index] == null) {
                    sources[index] = new Source(field.path(), field.kind(), field);
                }
            }
            if (event && probe instanceof BusinessEvent businessEvent) {
                int index = matching(components, probes, businessEvent.time());
                if (index >= 0 && sources[index] == null) {
                    sources[index] = new Source(LogFields.EVENT_OCCURRED_AT, FieldKind.TIMESTAMP, null);
                }
                if (probe instanceof TimedEvent timed) {
                    index = matching(components, probes, safeDuration(timed));
                    if (index >= 0 && sources[index] == null) {
                        sources[index] = new Source(LogFields.EVENT_DURATION_MS, FieldKind.DURATION_MS, null);
                    }
                }
            }
            return new Plan(recordType, components, constructor, sources);
        }

        Object build(JsonNode node, String prefix) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                Source source = sources[i];
                JsonNode value = source == null ? null : Json.atFieldPath(node, source.path());
                args[i] = value == null || value.isNull()
                        ? Probes.defaultValue(components[i].getType())
                        : decode(source, components[i], value, prefix + source.path());
            }
            return instantiate(constructor, args, recordType);
        }
    }

    private static Object decode(Source source, RecordComponent component, JsonNode value, String path) {
        Class<?> target = component.getType();
        try {
            return switch (source.kind()) {
                case KEYWORD -> keyword(target, value);
                case INTEGER -> integer(target, value);
                case DURATION_MS -> Duration.ofMillis(value.longValue());
                case TIMESTAMP -> Instant.parse(value.asString());
                case MONEY -> money(value);
                case KEYWORD_LIST -> strings(value);
                case OBJECT_LIST -> objects(source.field(), component.getGenericType(), value, path);
                case CHANGES -> changes(value);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + path + " (" + source.kind() + ") as "
                    + target.getSimpleName() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object keyword(Class<?> target, JsonNode value) {
        String text = value.asString();
        if (target.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) target, text);
        }
        return text;
    }

    private static Object integer(Class<?> target, JsonNode value) {
        if (target == long.class || target == Long.class) {
            return value.longValue();
        }
        if (target == short.class || target == Short.class) {
            return value.shortValue();
        }
        return value.intValue();
    }

    private static Money money(JsonNode value) {
        JsonNode amount = value.get("amount");
        JsonNode currency = value.get("currency");
        BigDecimal decimal = amount == null || amount.isNull() ? null : amount.decimalValue();
        return new Money(decimal, currency == null || currency.isNull() ? null : currency.asString());
    }

    private static List<String> strings(JsonNode value) {
        List<String> list = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            list.add(item.asString());
        }
        return Collections.unmodifiableList(list);
    }

    private static List<Object> objects(EventField<?> field, Type listType, JsonNode value, String path) {
        if (!(listType instanceof ParameterizedType parameterized)
                || !(parameterized.getActualTypeArguments()[0] instanceof Class<?> elementType)) {
            throw new IllegalArgumentException("the element type of " + path + " is not a record class");
        }
        Plan element = plan(elementType, field.elementFields(), false);
        List<Object> list = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            list.add(element.build(value.get(i), path + "[" + i + "]."));
        }
        return Collections.unmodifiableList(list);
    }

    private static List<FieldChange> changes(JsonNode value) {
        List<FieldChange> list = new ArrayList<>(value.size());
        for (Map.Entry<String, JsonNode> change : value.properties()) {
            JsonNode oldValue = change.getValue().get("old");
            JsonNode newValue = change.getValue().get("new");
            list.add(new FieldChange(change.getKey(), oldValue == null ? null : oldValue.asString(),
                    newValue == null ? null : newValue.asString()));
        }
        return Collections.unmodifiableList(list);
    }

    private static Object valueOf(EventField<?> field, Object probe) {
        try {
            return field.valueOf(probe);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Duration safeDuration(TimedEvent event) {
        try {
            return event.duration();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The component whose probe the value is: the same object, or an equal value of a value type. */
    private static int matching(RecordComponent[] components, Object[] probes, Object value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < probes.length; i++) {
            if (probes[i] == null) {
                continue;
            }
            if (probes[i] == value || (Probes.isValueType(components[i].getType()) && probes[i].equals(value))) {
                return i;
            }
        }
        return -1;
    }

    private static Constructor<?> canonical(Class<?> recordType, RecordComponent[] components) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = recordType.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException("cannot use the canonical constructor of " + recordType.getName(), e);
        }
    }

    private static Object instantiate(Constructor<?> constructor, Object[] args, Class<?> recordType) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(recordType.getSimpleName() + " refused the values read from the line: "
                    + e.getCause().getClass().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot create " + recordType.getName(), e);
        }
    }
}
