package com.jewelry.logging.core.internal.json;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.masking.json.MaskingJsonWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes values that are not typed-event fields: DEBUG detail and structured arguments. A value goes through the
 * masking writer as an object, so name rules and {@code @Sensitive} apply to it as to event fields: by Jackson
 * when it can serialise the value, else field by field ({@link ObjectFields}): record components or declared
 * fields, {@code @Sensitive} honoured, depth bounded, cycles cut. What still cannot be rendered becomes a marker
 * naming its type, never its {@code toString()}. Binary content is never written, only its length:
 * {@code {"bytes": n}} for {@code byte[]} and {@code ByteBuffer}, {@code {"chars": n}} for {@code char[]}
 * (passwords travel in those). Thread-safe.
 */
public final class DetailWriter {

    /** Nesting written for a detail object; deeper values become a marker. */
    private static final int MAX_TREE_DEPTH = 32;

    private final WriteLimits limits;

    public DetailWriter(WriteLimits limits) {
        this.limits = limits;
    }

    /**
     * The mapper detail objects are rendered with: the given modules (the {@code @Sensitive} one) and the
     * length-only rendering of binary values.
     */
    public static ObjectMapper mapper(JacksonModule... modules) {
        JsonMapper.Builder builder = JsonMapper.builder();
        for (JacksonModule module : modules) {
            builder.addModule(module);
        }
        return builder.addModule(lengthsOnly()).build();
    }

    /** Serialisers that write binary values as their length, so Jackson never writes their content. */
    private static SimpleModule lengthsOnly() {
        SimpleModule module = new SimpleModule("jewelry-binary-lengths");
        module.addSerializer(byte[].class, new LengthSerializer<>(bytes -> bytes.length, "bytes"));
        module.addSerializer(char[].class, new LengthSerializer<>(chars -> chars.length, "chars"));
        module.addSerializer(ByteBuffer.class, new LengthSerializer<>(ByteBuffer::remaining, "bytes"));
        return module;
    }

    private static final class LengthSerializer<T> extends ValueSerializer<T> {
        private final java.util.function.ToIntFunction<T> length;
        private final String name;

        LengthSerializer(java.util.function.ToIntFunction<T> length, String name) {
            this.length = length;
            this.name = name;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject();
            gen.writeNumberProperty(name, length.applyAsInt(value));
            gen.writeEndObject();
        }
    }

    /**
     * Whether a value is written as a plain label: text, numbers, booleans, enums and the JDK's value types whose
     * text is their JSON form. Anything else is an object and goes to {@code detail}.
     */
    public static boolean isScalar(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || isJdkValue(value);
    }

    private static boolean isJdkValue(Object value) {
        return value instanceof java.time.temporal.TemporalAccessor || value instanceof java.time.Duration
                || value instanceof java.time.Period || value instanceof java.util.UUID || value instanceof java.net.URI
                || value instanceof java.net.URL || value instanceof java.util.Currency || value instanceof java.util.Locale
                || value instanceof java.nio.file.Path || value instanceof java.io.File;
    }

    /**
     * Writes one value where the writer expects a value (after a name, or in an array).
     *
     * @param path   where the value sits, for problems ({@code detail.customer})
     * @param mapper renders objects; may be null (they are then written field by field)
     */
    public void writeValue(MaskingJsonWriter gen, String path, Object value, ObjectMapper mapper, WriteProblems problems) {
        Walk walk = new Walk(gen, problems);
        walk.value(path, value, mapper, 0);
    }

    /** Writes a JSON text (a raw-JSON structured argument) as the tree it holds, or as a scanned string. */
    public void writeJson(MaskingJsonWriter gen, String path, String json, ObjectMapper mapper, WriteProblems problems) {
        JsonNode tree = null;
        if (json != null && mapper != null) {
            try {
                tree = mapper.readTree(json);
            } catch (RuntimeException e) {
                tree = null;
            }
        }
        if (tree == null) {
            gen.writeString(json == null ? null : limits.bound(gen.masker(), json));
            return;
        }
        new Walk(gen, problems).tree(path, tree, 0);
    }

    /**
     * Writes the properties of {@code value} into the object the writer is in (an unwrapped structured argument):
     * a property per member, written like any detail value. A value that has no properties is written under
     * {@code fallbackName}.
     */
    public void writeMembers(MaskingJsonWriter gen, String path, String fallbackName, Object value, ObjectMapper mapper,
                             WriteProblems problems) {
        Walk walk = new Walk(gen, problems);
        JsonNode tree = walk.toTree(value, mapper);
        if (tree != null && tree.isObject()) {
            for (Map.Entry<String, JsonNode> property : tree.properties()) {
                gen.writeName(limits.bound(gen.masker(), property.getKey()));
                walk.tree(path + "." + property.getKey(), property.getValue(), 1);
            }
        } else if (tree == null && !isScalar(value) && value != null && !ObjectFields.of(value.getClass()).isEmpty()) {
            problems.add(path, "not serialisable; written field by field");
            walk.members(path, value, 0);
        } else {
            gen.writeName(fallbackName);
            walk.value(path + "." + fallbackName, value, mapper, 0);
        }
    }

    /** One value's walk: the chars it may still write, and the objects it is inside (to cut cycles). */
    private final class Walk {
        private final MaskingJsonWriter gen;
        private final WriteProblems problems;
        private final Masker masker;
        private int budget = limits.maxStringLength() * 4;
        private boolean cut;
        private IdentityHashMap<Object, Boolean> ancestors;

        Walk(MaskingJsonWriter gen, WriteProblems problems) {
            this.gen = gen;
            this.problems = problems;
            this.masker = gen.masker();
        }

        void value(String path, Object value, ObjectMapper mapper, int level) {
            if (writeSimple(value)) {
                return;
            }
            JsonNode tree = toTree(value, mapper);
            if (tree != null) {
                tree(path, tree, level);
                return;
            }
            problems.add(path, "not serialisable; written field by field");
            fieldByField(path, value, level);
        }

        /** Writes null, text, numbers, booleans, enums, JDK value types and binaries; false for anything else. */
        private boolean writeSimple(Object value) {
            if (value == null) {
                gen.writeNull();
            } else if (value instanceof String s) {
                string(s);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                gen.writeNumber(((Number) value).longValue());
            } else if (value instanceof BigDecimal d) {
                gen.writeNumber(d);
            } else if (value instanceof Double d) {
                gen.writeNumber(d.doubleValue());
            } else if (value instanceof Float f) {
                gen.writeNumber(f.doubleValue());
            } else if (value instanceof BigInteger i) {
                gen.writeNumberText(i.toString());
            } else if (value instanceof Boolean b) {
                gen.writeBoolean(b);
            } else if (value instanceof Enum<?> e) {
                gen.writeString(e.name());
            } else if (value instanceof byte[] bytes) {
                length("bytes", bytes.length);
            } else if (value instanceof ByteBuffer buffer) {
                length("bytes", buffer.remaining());
            } else if (value instanceof char[] chars) {
                length("chars", chars.length);
            } else if (value instanceof CharSequence || value instanceof Character || value instanceof Number
                    || isJdkValue(value)) {
                string(SafeText.of(value));
            } else {
                return false;
            }
            return true;
        }

        private void string(String s) {
            budget -= Math.min(s.length(), limits.maxStringLength());
            gen.writeString(limits.bound(masker, s));
        }

        private void length(String name, int length) {
            gen.writeStartObject();
            gen.writeNumberProperty(name, length);
            gen.writeEndObject();
        }

        /** Converts to a tree first, so a failing getter or a cycle cannot leave half an object in the line. */
        JsonNode toTree(Object value, ObjectMapper mapper) {
            if (mapper == null) {
                return null;
            }
            try {
                return mapper.valueToTree(value);
            } catch (RuntimeException | StackOverflowError e) {
                return null;
            }
        }

        /** Writes a Jackson tree through the masking writer: names and values are masked as anywhere else. */
        void tree(String path, JsonNode node, int level) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                gen.writeNull();
            } else if (level > MAX_TREE_DEPTH) {
                gen.writeString("[nested too deep]");
            } else if (node.isObject()) {
                gen.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    if (exhausted(path)) {
                        break;
                    }
                    String name = property.getKey();
                    budget -= name.length();
                    gen.writeName(limits.bound(masker, name));
                    tree(path, property.getValue(), level + 1);
                }
                gen.writeEndObject();
            } else if (node.isArray()) {
                gen.writeStartArray();
                int written = 0;
                for (JsonNode element : node.values()) {
                    if (written == limits.maxListItems()) {
                        problems.add(path, "truncated after " + written + " of " + node.size() + " items");
                        break;
                    }
                    if (exhausted(path)) {
                        break;
                    }
                    tree(path, element, level + 1);
                    written++;
                }
                gen.writeEndArray();
            } else if (node.isNumber()) {
                gen.writeNumberText(node.asString());
            } else if (node.isBoolean()) {
                gen.writeBoolean(node.booleanValue());
            } else if (node.isString()) {
                string(node.asString());
            } else if (node.isBinary()) {
                length("bytes", node.binaryValue().length);
            } else if (node.isPojo()) {
                fieldByField(path, ((tools.jackson.databind.node.POJONode) node).getPojo(), level);
            } else {
                gen.writeString("[unrenderable " + node.getNodeType() + "]");
            }
        }

        /** Whether the walk has written its share; the first time, the cut is flagged. */
        private boolean exhausted(String path) {
            if (budget > 0) {
                return false;
            }
            if (!cut) {
                cut = true;
                problems.add(path, "truncated");
            }
            return true;
        }

        /** Writes an object Jackson could not: by its members, or a marker naming its type. */
        void fieldByField(String path, Object value, int level) {
            if (writeSimple(value)) {
                return;
            }
            if (level > limits.maxDepth()) {
                gen.writeString("[nested too deep: " + value.getClass().getName() + "]");
                return;
            }
            if (ancestors == null) {
                ancestors = new IdentityHashMap<>();
            }
            if (ancestors.containsKey(value)) {
                gen.writeString("[cycle: " + value.getClass().getName() + "]");
                return;
            }
            ancestors.put(value, Boolean.TRUE);
            try {
                if (value instanceof Optional<?> optional) {
                    fieldByField(path, optional.orElse(null), level);
                } else if (value instanceof Map<?, ?> map) {
                    map(path, map, level);
                } else if (value instanceof Collection<?> || value.getClass().isArray()) {
                    list(path, value, level);
                } else if (readable(value.getClass())) {
                    gen.writeStartObject();
                    members(path, value, level);
                    gen.writeEndObject();
                } else {
                    gen.writeString("[unrenderable " + value.getClass().getName() + "]");
                }
            } finally {
                ancestors.remove(value);
            }
        }

        private boolean readable(Class<?> type) {
            List<ObjectFields.Member> members = ObjectFields.of(type);
            if (members.isEmpty()) {
                return false;
            }
            for (ObjectFields.Member member : members) {
                if (!member.readable()) {
                    return false;
                }
            }
            return true;
        }

        /** The members of {@code value} as properties of the object the writer is in. */
        void members(String path, Object value, int level) {
            for (ObjectFields.Member member : ObjectFields.of(value.getClass())) {
                if (exhausted(path)) {
                    return;
                }
                Object memberValue;
                try {
                    memberValue = member.read(value);
                } catch (InvocationTargetException e) {
                    problems.add(path + "." + member.name(), "unreadable (" + e.getCause().getClass().getSimpleName() + ")");
                    continue;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    problems.add(path + "." + member.name(), "unreadable (" + e.getClass().getSimpleName() + ")");
                    continue;
                }
                budget -= member.name().length();
                gen.writeName(member.name());
                if (member.kind() != null) {
                    sensitive(member.kind(), memberValue);
                } else {
                    fieldByField(path + "." + member.name(), memberValue, level + 1);
                }
            }
        }

        /** A member marked {@code @Sensitive}: a scalar is masked by its kind, anything else is the kind's marker. */
        private void sensitive(SensitiveKind kind, Object value) {
            if (value == null) {
                gen.writeNull();
            } else if (isScalar(value)) {
                // masked here: the writer knows the member's name, not its annotation
                gen.writeString(limits.bound(masker, masker.maskAs(kind, SafeText.of(value))));
            } else {
                gen.writeString(masker.marker(kind));
            }
        }

        private void map(String path, Map<?, ?> map, int level) {
            gen.writeStartObject();
            int written = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (written++ == limits.maxListItems() || exhausted(path)) {
                    break;
                }
                String name = String.valueOf(isScalar(entry.getKey()) ? SafeText.of(entry.getKey())
                        : "[" + (entry.getKey() == null ? "null" : entry.getKey().getClass().getSimpleName()) + "]");
                budget -= name.length();
                gen.writeName(limits.bound(masker, name));
                fieldByField(path + "." + name, entry.getValue(), level + 1);
            }
            gen.writeEndObject();
        }

        private void list(String path, Object items, int level) {
            gen.writeStartArray();
            if (items instanceof Collection<?> collection) {
                int written = 0;
                for (Object item : collection) {
                    if (written == limits.maxListItems()) {
                        problems.add(path, "truncated after " + written + " of " + collection.size() + " items");
                        break;
                    }
                    if (exhausted(path)) {
                        break;
                    }
                    fieldByField(path, item, level + 1);
                    written++;
                }
            } else {
                int length = Array.getLength(items);
                if (length > limits.maxListItems()) {
                    problems.add(path, "truncated after " + limits.maxListItems() + " of " + length + " items");
                }
                int n = Math.min(length, limits.maxListItems());
                for (int i = 0; i < n && !exhausted(path); i++) {
                    fieldByField(path, Array.get(items, i), level + 1);
                }
            }
            gen.writeEndArray();
        }
    }
}
