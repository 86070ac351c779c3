package com.jewelry.logging.core.internal.json;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What reflection finds in a class to write its objects field by field when Jackson cannot: for a record its
 * components, for another class its declared instance fields (superclasses included, static and transient ones
 * left out), each with the {@link Sensitive} kind found on the field, component or getter. Found once per class.
 */
final class ObjectFields {

    private static final ClassValue<List<Member>> MEMBERS = new ClassValue<>() {
        @Override
        protected List<Member> computeValue(Class<?> type) {
            try {
                return type.isRecord() ? recordMembers(type) : fieldMembers(type);
            } catch (RuntimeException | LinkageError e) {
                return List.of();
            }
        }
    };

    private ObjectFields() {
    }

    /**
     * One property: its name, its sensitive kind or null, and how to read it; {@code readable} is false when the
     * JVM refused access (a JDK class), which makes the object unrenderable rather than half written.
     */
    record Member(String name, SensitiveKind kind, Method accessor, Field field, boolean readable) {

        Object read(Object owner) throws ReflectiveOperationException {
            return accessor != null ? accessor.invoke(owner) : field.get(owner);
        }
    }

    /** The members of {@code type}, found on first use and cached. */
    static List<Member> of(Class<?> type) {
        return MEMBERS.get(type);
    }

    private static List<Member> recordMembers(Class<?> type) {
        List<Member> members = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            SensitiveKind kind = kindOf(component.getAnnotation(Sensitive.class), accessor.getAnnotation(Sensitive.class));
            if (kind == null) {
                kind = kindOf(fieldNamed(type, component.getName()), null);
            }
            members.add(new Member(component.getName(), kind, accessor, null, accessor.trySetAccessible()));
        }
        return List.copyOf(members);
    }

    private static List<Member> fieldMembers(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        Map<String, Method> getters = getters(type);
        List<Method> unmatchedSensitiveGetters = new ArrayList<>();
        for (Map.Entry<String, Method> getter : getters.entrySet()) {
            if (getter.getValue().getAnnotation(Sensitive.class) != null
                    && fields.stream().noneMatch(f -> f.getName().equals(getter.getKey()))) {
                unmatchedSensitiveGetters.add(getter.getValue());
            }
        }
        List<Member> members = new ArrayList<>();
        for (Field field : fields) {
            Method getter = getters.get(field.getName());
            SensitiveKind kind = kindOf(field.getAnnotation(Sensitive.class),
                    getter == null ? null : getter.getAnnotation(Sensitive.class));
            if (kind == null && getter == null) {
                // a private field read through a differently named getter: the getter's @Sensitive is meant for it
                kind = kindOfDifferentlyNamedGetter(field, unmatchedSensitiveGetters);
            }
            members.add(new Member(field.getName(), kind, null, field, field.trySetAccessible()));
        }
        return List.copyOf(members);
    }

    private static SensitiveKind kindOfDifferentlyNamedGetter(Field field, List<Method> sensitiveGetters) {
        SensitiveKind found = null;
        for (Method getter : sensitiveGetters) {
            if (getter.getReturnType() == field.getType()) {
                SensitiveKind kind = getter.getAnnotation(Sensitive.class).kind();
                if (found != null && found != kind) {
                    return SensitiveKind.OTHER; // more than one candidate: fail closed
                }
                found = kind;
            }
        }
        return found;
    }

    /** Public no-argument getters by the property name they read: {@code getFullName}/{@code isActive}. */
    private static Map<String, Method> getters(Class<?> type) {
        Map<String, Method> getters = new HashMap<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            String property = null;
            if (name.startsWith("get") && name.length() > 3) {
                property = name.substring(3);
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                property = name.substring(2);
            }
            if (property != null) {
                getters.put(property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1), method);
            }
        }
        return getters;
    }

    private static Field fieldNamed(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static SensitiveKind kindOf(Field field, Sensitive other) {
        return kindOf(field == null ? null : field.getAnnotation(Sensitive.class), other);
    }

    private static SensitiveKind kindOf(Sensitive first, Sensitive second) {
        return first != null ? first.kind() : second != null ? second.kind() : null;
    }
}
