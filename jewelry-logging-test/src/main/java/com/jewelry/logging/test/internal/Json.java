package com.jewelry.logging.test.internal;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** Jackson 3, kept inside the kit: reading lines, finding values by dotted path, walking every value. */
public final class Json {

    // amounts stay exact decimals, as the encoder wrote them
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static JsonNode parse(String text) {
        return MAPPER.readTree(text);
    }

    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * The node at a dotted path ({@code order.number}, {@code order.items[0].sku}); a property whose own name holds
     * dots (a label such as {@code app.version}) is found too. Null when absent.
     */
    public static JsonNode at(JsonNode root, String dottedPath) {
        if (root == null || dottedPath == null || dottedPath.isEmpty()) {
            return null;
        }
        JsonNode direct = root.get(dottedPath);
        if (direct != null) {
            return direct;
        }
        return find(root, dottedPath.split("\\."), 0);
    }

    private static JsonNode find(JsonNode node, String[] segments, int from) {
        if (from == segments.length) {
            return node;
        }
        StringBuilder key = new StringBuilder();
        for (int to = from; to < segments.length; to++) {
            if (to > from) {
                key.append('.');
            }
            key.append(segments[to]);
            JsonNode child = child(node, key.toString());
            if (child != null) {
                JsonNode found = find(child, segments, to + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A property, or an array element written as {@code items[2]}. */
    private static JsonNode child(JsonNode node, String key) {
        int bracket = key.indexOf('[');
        if (bracket > 0 && key.endsWith("]")) {
            JsonNode list = node.get(key.substring(0, bracket));
            if (list == null || !list.isArray()) {
                return null;
            }
            try {
                return list.get(Integer.parseInt(key.substring(bracket + 1, key.length() - 1)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return node.isObject() ? node.get(key) : null;
    }

    /** The node at a field path such as {@code order.number} written as nested objects. */
    public static JsonNode atFieldPath(JsonNode root, String dottedPath) {
        StringBuilder pointer = new StringBuilder();
        for (String segment : dottedPath.split("\\.")) {
            pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        JsonNode node = root.at(JsonPointer.compile(pointer.toString()));
        return node == null || node.isMissingNode() ? null : node;
    }

    /**
     * Calls back with the dotted path and node of every scalar value (strings, numbers, booleans) under the root;
     * array elements are written {@code items[0]}.
     */
    public static void forEachScalar(JsonNode root, BiConsumer<String, JsonNode> action) {
        walk(root, "", action, null, UnaryOperator.identity());
    }

    /** Like {@link #forEachScalar} and also calls {@code names} with the path of every property and its name. */
    public static void forEachScalarAndName(JsonNode root, BiConsumer<String, JsonNode> scalars,
                                            BiConsumer<String, String> names) {
        walk(root, "", scalars, names, UnaryOperator.identity());
    }

    /**
     * Like {@link #forEachScalarAndName}, with each property name written into the paths through {@code pathName}
     * (a path that ends up in a failure message must not show a sensitive name).
     */
    public static void forEachScalarAndName(JsonNode root, BiConsumer<String, JsonNode> scalars,
                                            BiConsumer<String, String> names, UnaryOperator<String> pathName) {
        walk(root, "", scalars, names, pathName);
    }

    private static void walk(JsonNode node, String path, BiConsumer<String, JsonNode> scalars,
                             BiConsumer<String, String> names, UnaryOperator<String> pathName) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String key = pathName.apply(property.getKey());
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (names != null) {
                    names.accept(childPath, property.getKey());
                }
                walk(property.getValue(), childPath, scalars, names, pathName);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", scalars, names, pathName);
            }
        } else {
            scalars.accept(path, node);
        }
    }

    /** The text of a scalar as a reader sees it: a string's content, a number's digits, true or false. */
    public static String scalarText(JsonNode scalar) {
        if (scalar == null || scalar.isNull() || scalar.isMissingNode() || scalar.isContainer()) {
            return null;
        }
        if (scalar.isString()) {
            return scalar.stringValue();
        }
        if (scalar.isNumber()) {
            return scalar.isIntegralNumber() ? scalar.bigIntegerValue().toString() : scalar.decimalValue().toPlainString();
        }
        return scalar.asString();
    }
}
