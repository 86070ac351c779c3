package com.jewelry.logging.masking.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.internal.JsonLineMasker;
import com.jewelry.logging.masking.logback.JewelryMaskingDecorator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one masking engine, driven three ways: the library's {@link MaskingJsonWriter}, the LLE generator decorator
 * and the scrubber's {@link JsonLineMasker} must write the same values for the same document. Random documents mix
 * sensitive and plain names (and names that are themselves an e-mail), nested objects and arrays, strings with
 * and without e-mails, cards and phones, numbers long enough to be a card or a phone, and booleans under
 * sensitive names. Each output is parsed and the value trees compared; a failure names the seed and the path only.
 */
class ThreeDriversPropertyTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int DOCUMENTS = 2_000;

    private final MaskingPolicy policy = MaskingPolicy.defaults();
    private final Masker masker = Masker.of(policy);
    private final MaskingJsonWriter writer = new MaskingJsonWriter(Set.of());
    private final JewelryMaskingDecorator decorator = new JewelryMaskingDecorator(policy);
    private final JsonLineMasker scrubber = new JsonLineMasker(masker);

    @Test
    void theWriterTheLleDecoratorAndTheScrubberWriteTheSameValuesForRandomDocuments() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int masked = 0;
        for (int d = 0; d < DOCUMENTS; d++) {
            Map<String, Object> document = object(random, 0);
            String raw = JSON.writeValueAsString(document);

            JsonNode fromWriter = JSON.readTree(viaWriter(document));
            JsonNode fromGenerator = JSON.readTree(viaGenerator(document));
            String scrubbed = scrubber.mask(raw);
            assertThat(scrubbed).as("seed %d, document %d: the scrubber reads the raw document", seed, d).isNotNull();
            JsonNode fromScrubber = JSON.readTree(scrubbed);

            String generatorDiff = firstDifference(fromWriter, fromGenerator, "");
            String scrubberDiff = firstDifference(fromWriter, fromScrubber, "");
            assertThat(generatorDiff).as("seed %d, document %d: writer vs LLE decorator", seed, d).isNull();
            assertThat(scrubberDiff).as("seed %d, document %d: writer vs scrubber", seed, d).isNull();
            if (!fromWriter.equals(JSON.readTree(raw))) {
                masked++;
            }
        }
        // the documents exercise masking, not only the copy path
        assertThat(masked).isGreaterThan(DOCUMENTS / 2);
    }

    // ------------------------------------------------------------------ the drivers

    private String viaWriter(Map<String, Object> document) {
        writer.begin(masker);
        writeTo(new WriterTokens(writer), document);
        return writer.toString();
    }

    private String viaGenerator(Map<String, Object> document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = decorator.decorate(JSON.createGenerator(out))) {
            writeTo(new GeneratorTokens(generator), document);
        }
        return out.toString();
    }

    /** The calls a back end makes; implemented for the writer and for a Jackson generator. */
    private interface Tokens {
        void startObject();

        void endObject();

        void startArray();

        void endArray();

        void name(String name);

        void string(String value);

        void number(long value);

        void number(BigDecimal value);

        void bool(boolean value);

        void nul();
    }

    private record WriterTokens(MaskingJsonWriter w) implements Tokens {
        public void startObject() {
            w.writeStartObject();
        }

        public void endObject() {
            w.writeEndObject();
        }

        public void startArray() {
            w.writeStartArray();
        }

        public void endArray() {
            w.writeEndArray();
        }

        public void name(String name) {
            w.writeName(name);
        }

        public void string(String value) {
            w.writeString(value);
        }

        public void number(long value) {
            w.writeNumber(value);
        }

        public void number(BigDecimal value) {
            w.writeNumber(value);
        }

        public void bool(boolean value) {
            w.writeBoolean(value);
        }

        public void nul() {
            w.writeNull();
        }
    }

    private record GeneratorTokens(JsonGenerator g) implements Tokens {
        public void startObject() {
            g.writeStartObject();
        }

        public void endObject() {
            g.writeEndObject();
        }

        public void startArray() {
            g.writeStartArray();
        }

        public void endArray() {
            g.writeEndArray();
        }

        public void name(String name) {
            g.writeName(name);
        }

        public void string(String value) {
            g.writeString(value);
        }

        public void number(long value) {
            g.writeNumber(value);
        }

        public void number(BigDecimal value) {
            g.writeNumber(value);
        }

        public void bool(boolean value) {
            g.writeBoolean(value);
        }

        public void nul() {
            g.writeNull();
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeTo(Tokens out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.startObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                out.name(e.getKey());
                writeTo(out, e.getValue());
            }
            out.endObject();
        } else if (value instanceof List<?> list) {
            out.startArray();
            for (Object element : list) {
                writeTo(out, element);
            }
            out.endArray();
        } else if (value instanceof String s) {
            out.string(s);
        } else if (value instanceof Long l) {
            out.number(l);
        } else if (value instanceof BigDecimal b) {
            out.number(b);
        } else if (value instanceof Boolean b) {
            out.bool(b);
        } else {
            out.nul();
        }
    }

    // ------------------------------------------------------------------ random documents

    private static final String[] SENSITIVE_NAMES = {"email", "phone", "cardNumber", "deliveryAddress", "password",
        "fullName", "accessToken", "inn", "snils", "passport"};
    private static final String[] PLAIN_NAMES = {"orderId", "sku", "note", "comment", "items", "qty", "status",
        "description", "changes", "old", "new", "total", "active"};

    private static String name(Random random) {
        int pick = random.nextInt(10);
        if (pick < 3) {
            return SENSITIVE_NAMES[random.nextInt(SENSITIVE_NAMES.length)];
        }
        if (pick == 3) {
            return Fixtures.email(); // a map key that is itself personal data
        }
        if (pick == 4) {
            return "k" + random.nextInt(1000);
        }
        return PLAIN_NAMES[random.nextInt(PLAIN_NAMES.length)];
    }

    private static Map<String, Object> object(Random random, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        int members = random.nextInt(depth == 0 ? 6 : 4) + 1;
        for (int i = 0; i < members; i++) {
            object.put(name(random), value(random, depth + 1));
        }
        return object;
    }

    private static Object value(Random random, int depth) {
        int pick = random.nextInt(depth > 3 ? 7 : 9);
        return switch (pick) {
            case 0, 1, 2 -> string(random);
            case 3 -> number(random);
            case 4 -> new BigDecimal(random.nextInt(1_000_000) + "." + (10 + random.nextInt(90)));
            case 5 -> random.nextBoolean();
            case 6 -> null;
            case 7 -> object(random, depth);
            default -> {
                List<Object> list = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static Long number(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> (long) random.nextInt(100_000);
            case 1 -> Long.parseLong(Fixtures.card()); // a bare card number as a JSON number
            case 2 -> Long.parseLong(Fixtures.phoneCompact().replaceAll("\\D", ""));
            case 3 -> 1_000_000_000L + (long) (random.nextDouble() * 9_000_000_000L);
            default -> -random.nextLong(1_000_000_000_000L);
        };
    }

    private static String string(Random random) {
        String[] parts = {"Order ORD-2026-" + random.nextInt(1_000_000), Fixtures.email(), Fixtures.card(),
            Fixtures.spaced(Fixtures.card()), Fixtures.dashed(Fixtures.card()), Fixtures.phonePlus(),
            Fixtures.phoneEight(), "Basic necklace", "ring size 17", "line\u0085next\u2028sep", "q\"b\\s",
            "tab\tctl\u0001", "Иван", "\uD83D\uDC8E gem", Fixtures.jwt(), "password=" + Fixtures.secret(), ""};
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(3) + 1;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(parts[random.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    /** The JSON pointer of the first difference, or {@code null}; never a value. */
    private static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            Iterator<String> names = a.propertyNames().iterator();
            while (names.hasNext()) {
                String name = names.next();
                if (!b.has(name)) {
                    return path + "/<a name only one side has>";
                }
                String diff = firstDifference(a.get(name), b.get(name), path + "/" + name.length() + "-char-name");
                if (diff != null) {
                    return diff;
                }
            }
            return path + " (member count)";
        }
        if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String diff = firstDifference(a.get(i), b.get(i), path + "/" + i);
                if (diff != null) {
                    return diff;
                }
            }
        }
        return path + " (" + a.getNodeType() + " vs " + b.getNodeType() + ")";
    }
}
