package com.jewelry.logging.spring.aop;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventType;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an event record is made from a call: its components by name with their declared types, which of them the call
 * fills by itself ({@code time}; a {@code Duration} nobody binds gets the call's duration), and its canonical
 * constructor. Read from the record class, so a service's own event needs nothing written here.
 */
final class EventRecipe {

    private static final String TIME = "time";

    /** One record component: its name, position and declared type (with generics). */
    record Component(String name, int index, TypeDescriptor type) {

        boolean isTime() {
            return name.equals(TIME) && type.getType() == Instant.class;
        }

        boolean isDuration() {
            return type.getType() == Duration.class;
        }
    }

    private final EventType<?> type;
    private final Constructor<? extends BusinessEvent> constructor;
    private final Map<String, Component> components;

    private EventRecipe(EventType<?> type, Constructor<? extends BusinessEvent> constructor, Map<String, Component> components) {
        this.type = type;
        this.constructor = constructor;
        this.components = components;
    }

    /**
     * The recipe of an event record.
     *
     * @throws IllegalArgumentException when the class is not a record with a static {@code TYPE}
     */
    static EventRecipe of(Class<? extends BusinessEvent> recordClass) {
        EventType<?> type = EventType.of(recordClass);
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        RecordComponent[] parts = recordClass.getRecordComponents();
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
        }
        Constructor<? extends BusinessEvent> constructor;
        try {
            constructor = recordClass.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | RuntimeException e) {
            throw new IllegalArgumentException(recordClass.getName() + " has no usable canonical constructor", e);
        }
        Map<String, Component> components = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            components.put(parts[i].getName(), new Component(parts[i].getName(), i,
                    new TypeDescriptor(new MethodParameter(constructor, i))));
        }
        return new EventRecipe(type, constructor, components);
    }

    EventType<?> type() {
        return type;
    }

    /** The component of a name, or null. */
    Component component(String name) {
        return components.get(name);
    }

    /** The names a {@code @Bind} may use: every component but the call's time. */
    List<String> bindableNames() {
        List<String> names = new ArrayList<>();
        components.values().stream().filter(c -> !c.isTime()).forEach(c -> names.add(c.name()));
        return names;
    }

    /** Whether the record measures the call: an unbound {@code Duration}; its time is then the call's start. */
    boolean measuresCall(Map<String, ?> bound) {
        return components.values().stream().anyMatch(c -> c.isDuration() && !bound.containsKey(c.name()));
    }

    /**
     * The event from converted values by component name; {@code time} and unbound durations come from the call.
     *
     * @throws ReflectiveOperationException when the record's constructor refuses the values
     */
    BusinessEvent build(Map<String, Object> values, Instant time, Duration elapsed) throws ReflectiveOperationException {
        Object[] arguments = new Object[components.size()];
        for (Component component : components.values()) {
            Object value;
            if (values.containsKey(component.name())) {
                value = values.get(component.name());
            } else if (component.isTime()) {
                value = time;
            } else if (component.isDuration()) {
                value = elapsed;
            } else {
                value = null;
            }
            arguments[component.index()] = value == null ? defaultOf(component.type().getType()) : value;
        }
        return constructor.newInstance(arguments);
    }

    /**
     * The components that feed a required field of the event, found by leaving each one out of an otherwise
     * complete probe record; empty when no probe record can be made (then nothing is demanded at start-up).
     */
    List<String> requiredNames() {
        Object[] probe = new Object[components.size()];
        for (Component component : components.values()) {
            probe[component.index()] = probeValue(component.type().getResolvableType().resolve(Object.class), 0);
            if (probe[component.index()] == null) {
                return List.of();
            }
        }
        List<String> required = new ArrayList<>();
        try {
            if (!type.missingRequiredFields(constructor.newInstance(probe)).isEmpty()) {
                return List.of();
            }
            for (Component component : components.values()) {
                if (component.type().getType().isPrimitive() || component.isTime()) {
                    continue;
                }
                Object[] without = probe.clone();
                without[component.index()] = null;
                if (!type.missingRequiredFields(constructor.newInstance(without)).isEmpty()) {
                    required.add(component.name());
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of(); // the record refuses probe values: its constructor checks for itself
        }
        return required;
    }

    /** A harmless non-null value of a type, or null when none can be made. */
    private static Object probeValue(Class<?> type, int depth) {
        if (type == String.class || type == CharSequence.class) {
            return "probe";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? null : constants[0];
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == Duration.class) {
            return Duration.ZERO;
        }
        if (type == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        }
        if (type.isAssignableFrom(List.class)) {
            return List.of();
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class) {
            return defaultOf(java.lang.invoke.MethodType.methodType(type).unwrap().returnType());
        }
        if (type.isRecord() && depth < 3) {
            RecordComponent[] parts = type.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = probeValue(types[i], depth + 1);
                if (values[i] == null) {
                    return null;
                }
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Converts an evaluated value to a component's type; anything becomes text, enum constants come by name. */
    static Object convert(ConversionService conversions, Component component, Object value) {
        if (value == null) {
            return null;
        }
        TypeDescriptor target = component.type();
        if (target.getType() == String.class && !(value instanceof Enum<?>)) {
            return String.valueOf(value);
        }
        return conversions.convert(value, TypeDescriptor.forObject(value), target);
    }

    private static Object defaultOf(Class<?> type) {
        // the zero of a primitive type, as the JVM gives a new array; null for every reference type
        return type.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0) : null;
    }
}
