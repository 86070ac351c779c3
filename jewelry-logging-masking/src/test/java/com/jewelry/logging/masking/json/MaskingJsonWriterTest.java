package com.jewelry.logging.masking.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON writer behind every back end: the structure it writes, that no value can break a line, what it masks
 * and what it leaves alone, and that it can be reused line after line. Sensitive values come from
 * {@link Fixtures} at run time and never appear in a test name or an assertion message.
 */
class MaskingJsonWriterTest {

    /** Strict: a second value after the first (a forged line) is an error, not silently ignored. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Masker masker = Masker.of(MaskingPolicy.defaults());
    private final MaskingJsonWriter w = new MaskingJsonWriter(Set.of("service"));

    private static JsonNode parse(MaskingJsonWriter writer) {
        return JSON.readTree(writer.toByteArray());
    }

    /** Equality that reports no value: the strings compared may hold personal data. */
    private static void assertVerbatim(String actual, String expected, String what) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected the value written verbatim (" + expected.length()
                    + " chars), got " + (actual == null ? "null" : actual.length() + " chars"));
        }
    }

    @Nested
    class Structure {

        @Test
        void writesNestedObjectsAndArraysWithCommasAndEmptyContainers() {
            w.begin(masker).writeStartObject()
                    .writeName("a").writeStartObject()
                    .writeName("b").writeStartArray().writeNumber(1).writeStartArray().writeEndArray()
                    .writeStartObject().writeEndObject().writeString("x").writeEndArray()
                    .writeName("c").writeStartObject().writeEndObject()
                    .writeEndObject()
                    .writeName("d").writeStartArray().writeEndArray()
                    .writeStringProperty("e", "f")
                    .writeNumberProperty("g", 7)
                    .writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"a\":{\"b\":[1,[],{},\"x\"],\"c\":{}},\"d\":[],\"e\":\"f\",\"g\":7}");
            JsonNode root = parse(w);
            assertThat(root.get("a").get("b").size()).isEqualTo(4);
            assertThat(root.get("e").stringValue()).isEqualTo("f");
            assertThat(root.get("g").longValue()).isEqualTo(7);
        }

        @Test
        void writesAnEmptyObjectAndAnArrayRoot() {
            w.begin(masker).writeStartObject().writeEndObject();
            assertThat(w.toString()).isEqualTo("{}");

            w.begin(masker).writeStartArray().writeNumber(1).writeString("a").writeNull().writeBoolean(false)
                    .writeEndArray();
            assertThat(w.toString()).isEqualTo("[1,\"a\",null,false]");
            assertThat(parse(w).size()).isEqualTo(4);
        }

        @Test
        void writesLongsIncludingTheExtremesAndNegatives() {
            w.begin(masker).writeStartObject()
                    .writeNumberProperty("min", Long.MIN_VALUE)
                    .writeNumberProperty("max", Long.MAX_VALUE)
                    .writeNumberProperty("neg", -42)
                    .writeNumberProperty("zero", 0)
                    .writeNumberProperty("ten", 10)
                    .writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"min\":-9223372036854775808,\"max\":9223372036854775807,"
                    + "\"neg\":-42,\"zero\":0,\"ten\":10}");
            JsonNode root = parse(w);
            assertThat(root.get("min").longValue()).isEqualTo(Long.MIN_VALUE);
            assertThat(root.get("max").longValue()).isEqualTo(Long.MAX_VALUE);
            assertThat(root.get("neg").longValue()).isEqualTo(-42);
        }

        @Test
        void writesBigDecimalsAsJsonNumbersKeepingTheirScaleAndExponent() {
            w.begin(masker).writeStartObject()
                    .writeName("amount").writeNumber(new BigDecimal("38200.00"))
                    .writeName("exp").writeNumber(new BigDecimal("1E+3"))
                    .writeName("tiny").writeNumber(new BigDecimal("-1.5E-7"))
                    .writeName("none").writeNumber((BigDecimal) null)
                    .writeEndObject();

            assertThat(w.toString())
                    .isEqualTo("{\"amount\":38200.00,\"exp\":1E+3,\"tiny\":-1.5E-7,\"none\":null}");
            JsonNode root = parse(w);
            assertThat(root.get("amount").isNumber()).isTrue();
            assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("38200");
            assertThat(root.get("exp").isNumber()).isTrue();
            assertThat(root.get("exp").decimalValue()).isEqualByComparingTo("1000");
            assertThat(root.get("tiny").decimalValue()).isEqualByComparingTo("-0.00000015");
            assertThat(root.get("none").isNull()).isTrue();
        }

        @Test
        void writesDoublesAsNumbersButNanAndInfinitiesAsStrings() {
            w.begin(masker).writeStartObject()
                    .writeName("d").writeNumber(1.5)
                    .writeName("big").writeNumber(1.0e20)
                    .writeName("nan").writeNumber(Double.NaN)
                    .writeName("inf").writeNumber(Double.POSITIVE_INFINITY)
                    .writeName("ninf").writeNumber(Double.NEGATIVE_INFINITY)
                    .writeEndObject();

            JsonNode root = parse(w);
            assertThat(root.get("d").isNumber()).isTrue();
            assertThat(root.get("d").doubleValue()).isEqualTo(1.5);
            assertThat(root.get("big").isNumber()).isTrue();
            assertThat(root.get("big").doubleValue()).isEqualTo(1.0e20);
            assertThat(root.get("nan").isString()).isTrue();
            assertThat(root.get("nan").stringValue()).isEqualTo("NaN");
            assertThat(root.get("inf").stringValue()).isEqualTo("Infinity");
            assertThat(root.get("ninf").stringValue()).isEqualTo("-Infinity");
        }

        @Test
        void writesNumberTextOnlyWhenItIsAJsonNumberAndAStringOtherwise() {
            w.begin(masker).writeStartObject()
                    .writeName("bigInt").writeNumberText("123456789012345678901234567890")
                    .writeName("exp").writeNumberText("-1.25e-5")
                    .writeName("nan").writeNumberText("NaN")
                    .writeName("inject").writeNumberText("1,\"level\":\"ERROR\"")
                    .writeName("leadingZero").writeNumberText("01")
                    .writeName("dot").writeNumberText("1.")
                    .writeName("empty").writeNumberText("")
                    .writeEndObject();

            JsonNode root = parse(w);
            assertThat(root.size()).isEqualTo(7);
            assertThat(root.get("bigInt").isIntegralNumber()).isTrue();
            assertThat(root.get("bigInt").decimalValue()).isEqualByComparingTo("123456789012345678901234567890");
            assertThat(root.get("exp").isNumber()).isTrue();
            assertThat(root.get("nan").stringValue()).isEqualTo("NaN");
            assertThat(root.get("inject").stringValue()).isEqualTo("1,\"level\":\"ERROR\"");
            assertThat(root.get("leadingZero").stringValue()).isEqualTo("01");
            assertThat(root.get("dot").stringValue()).isEqualTo("1.");
            assertThat(root.get("empty").stringValue()).isEmpty();
            assertThat(root.has("level")).isFalse();
        }

        @Test
        void writesBooleansAndNulls() {
            w.begin(masker).writeStartObject()
                    .writeName("t").writeBoolean(true)
                    .writeName("f").writeBoolean(false)
                    .writeName("n").writeNull()
                    .writeName("s").writeString((String) null)
                    .writeStringProperty("p", null)
                    .writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"t\":true,\"f\":false,\"n\":null,\"s\":null,\"p\":null}");
        }

        @Test
        void reportsTheNestingDepth() {
            w.begin(masker);
            assertThat(w.depth()).isZero();
            w.writeStartObject();
            assertThat(w.depth()).isEqualTo(1);
            w.writeName("a").writeStartArray();
            assertThat(w.depth()).isEqualTo(2);
            w.writeStartObject();
            assertThat(w.depth()).isEqualTo(3);
            w.writeEndObject().writeEndArray();
            assertThat(w.depth()).isEqualTo(1);
            w.writeEndObject();
            assertThat(w.depth()).isZero();
        }

        @Test
        void growsPastSixteenLevelsOfNesting() {
            w.begin(masker).writeStartObject();
            for (int i = 0; i < 40; i++) {
                w.writeName("n" + i).writeStartObject();
            }
            w.writeStringProperty("leaf", "v");
            for (int i = 0; i < 40; i++) {
                w.writeEndObject();
            }
            w.writeEndObject();

            assertThat(w.depth()).isZero();
            JsonNode node = parse(w);
            for (int i = 0; i < 40; i++) {
                node = node.get("n" + i);
            }
            assertThat(node.get("leaf").stringValue()).isEqualTo("v");
        }

        @Test
        void endsALineWithNewline() {
            w.begin(masker).writeStartObject().writeStringProperty("a", "b").writeEndObject();
            w.newline();

            assertThat(w.toString()).isEqualTo("{\"a\":\"b\"}\n");
            assertThat(w.size()).isEqualTo(10);
            assertThat(parse(w).get("a").stringValue()).isEqualTo("b");
        }

        @Test
        void refusesToCloseAContainerWithTheOtherBracket() {
            w.begin(masker).writeStartObject();
            assertThatThrownBy(w::writeEndArray).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot close");
            w.writeName("list").writeStartArray();
            assertThatThrownBy(w::writeEndObject).isInstanceOf(IllegalStateException.class);
            w.writeEndArray().writeEndObject();
            assertThat(w.toString()).isEqualTo("{\"list\":[]}");
        }

        @Test
        void refusesToCloseWhenNothingIsOpen() {
            w.begin(masker);
            assertThatThrownBy(w::writeEndObject).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(w::writeEndArray).isInstanceOf(IllegalStateException.class);

            w.begin(masker).writeStartObject().writeEndObject();
            assertThatThrownBy(w::writeEndObject).isInstanceOf(IllegalStateException.class);
            assertThat(w.toString()).isEqualTo("{}");
        }
    }

    @Nested
    class Escaping {

        @Test
        void escapesQuotesBackslashesAndShortControlCharacters() {
            String value = "q\"b\\n\nr\rt\tb\bf\f.";
            w.begin(masker).writeStartObject().writeStringProperty("message", value).writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"message\":\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f.\"}");
            assertThat(parse(w).get("message").stringValue()).isEqualTo(value);
        }

        @Test
        void escapesOtherControlCharactersAndDeleteAsUnicodeEscapes() {
            String value = "a\u0001b\u0000c\u001fd\u007fe";
            w.begin(masker).writeStartObject().writeStringProperty("message", value).writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"message\":\"a\\u0001b\\u0000c\\u001fd\\u007fe\"}");
            assertThat(parse(w).get("message").stringValue()).isEqualTo(value);
        }

        @Test
        void escapesLineAndParagraphSeparators() {
            String value = "x\u2028y\u2029z";
            w.begin(masker).writeStartObject().writeStringProperty("message", value).writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"message\":\"x\\u2028y\\u2029z\"}");
            assertThat(parse(w).get("message").stringValue()).isEqualTo(value);
        }

        @Test
        void writesNonAsciiAsUtf8() {
            String value = "Заказ для Иван \uD83D\uDC8E é";
            w.begin(masker).writeStartObject().writeStringProperty("message", value).writeEndObject();

            byte[] bytes = w.toByteArray();
            assertThat(bytes).isEqualTo(("{\"message\":\"" + value + "\"}").getBytes(StandardCharsets.UTF_8));
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uD83D\uDC8E");
            assertThat(parse(w).get("message").stringValue()).isEqualTo(value);
        }

        @Test
        void replacesLoneSurrogatesWithTheReplacementCharacter() {
            w.begin(masker).writeStartObject()
                    .writeStringProperty("high", "a\uD800b")
                    .writeStringProperty("low", "a\uDC00b")
                    .writeStringProperty("end", "a\uD83D")
                    .writeStringProperty("reversed", "\uDC8E\uD83D")
                    .writeEndObject();

            JsonNode root = parse(w);
            assertThat(root.get("high").stringValue()).isEqualTo("a\uFFFDb");
            assertThat(root.get("low").stringValue()).isEqualTo("a\uFFFDb");
            assertThat(root.get("end").stringValue()).isEqualTo("a\uFFFD");
            assertThat(root.get("reversed").stringValue()).isEqualTo("\uFFFD\uFFFD");
            // the output is well-formed UTF-8: decoding and re-encoding gives the same bytes
            byte[] bytes = w.toByteArray();
            assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        }

        @Test
        void aValueCannotForgeAPropertyOrALine() {
            String forged = "\"}\n{\"level\":\"ERROR\"";
            w.begin(masker).writeStartObject()
                    .writeStringProperty("level", "INFO")
                    .writeStringProperty("message", forged)
                    .writeEndObject();
            w.newline();

            String out = w.toString();
            assertThat(out.indexOf('\n')).as("only newline() writes a line feed").isEqualTo(out.length() - 1);
            assertThat(out).doesNotContain("\r");
            JsonNode root = parse(w);
            assertThat(root.isObject()).isTrue();
            assertThat(root.size()).isEqualTo(2);
            assertThat(root.get("level").stringValue()).isEqualTo("INFO");
            assertThat(root.get("message").stringValue()).isEqualTo(forged);
        }

        @Test
        void aNameCannotForgeAPropertyOrALine() {
            String forgedName = "a\":\"b\",\"level\":\"ERROR\n";
            w.begin(masker).writeStartObject()
                    .writeStringProperty("level", "INFO")
                    .writeStringProperty(forgedName, "v")
                    .writeEndObject();

            assertThat(w.toString()).doesNotContain("\n");
            JsonNode root = parse(w);
            assertThat(root.size()).isEqualTo(2);
            assertThat(root.get("level").stringValue()).isEqualTo("INFO");
            assertThat(root.get(forgedName).stringValue()).isEqualTo("v");
        }

        @Test
        void escapesTheSameWayFromACharBufferUnderAnUnscannedAndANormalName() {
            String value = "q\"b\\n\nr\rt\tc\u0001d\u007fe\u2028f\u2029Иван\uD83D\uDC8E\uD800\"}\n{\"level\":\"ERROR\"";
            char[] scratch = w.charScratch(value.length() + 10);
            assertThat(scratch.length).isGreaterThanOrEqualTo(value.length() + 10);
            scratch[0] = 'X';
            scratch[1] = 'Y';
            value.getChars(0, value.length(), scratch, 2);
            scratch[value.length() + 2] = 'Z';

            w.begin(masker).writeStartObject()
                    .writeName("service").writeString(scratch, 2, value.length())
                    .writeName("message").writeString(scratch, 2, value.length())
                    .writeEndObject();
            w.newline();

            String out = w.toString();
            assertThat(out.indexOf('\n')).isEqualTo(out.length() - 1);
            String expected = value.replace("\uD800", "\uFFFD");
            JsonNode root = parse(w);
            assertThat(root.size()).isEqualTo(2);
            assertThat(root.get("service").stringValue()).isEqualTo(expected);
            assertThat(root.get("message").stringValue()).isEqualTo(expected);
            String escaped = "\"q\\\"b\\\\n\\nr\\rt\\tc\\u0001d\\u007fe\\u2028f\\u2029";
            assertThat(out).startsWith("{\"service\":" + escaped).contains(",\"message\":" + escaped);
        }

        @Test
        void writesACharBufferSliceNotTheWholeBuffer() {
            char[] chars = "XXabcYY".toCharArray();
            w.begin(masker).writeStartObject()
                    .writeName("service").writeString(chars, 2, 3)
                    .writeName("message").writeString(chars, 2, 3)
                    .writeName("empty").writeString(chars, 0, 0)
                    .writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"service\":\"abc\",\"message\":\"abc\",\"empty\":\"\"}");
        }
    }

    @Nested
    class Masking {

        @Test
        void masksAValueUnderASensitiveNameWhole() {
            String email = Fixtures.email();
            String phone = Fixtures.phonePlus();
            String address = Fixtures.address();
            w.begin(masker).writeStartObject()
                    .writeStringProperty("email", email)
                    .writeStringProperty("phone", phone)
                    .writeStringProperty("deliveryAddress", address)
                    .writeStringProperty("customerEmail", "none given")
                    .writeEndObject();

            String out = w.toString();
            Fixtures.assertNoLeak(out, email);
            Fixtures.assertNoLeak(out, phone);
            Fixtures.assertNoLeak(out, address);
            JsonNode root = parse(w);
            assertThat(root.get("email").stringValue()).isEqualTo("i***@example.ru");
            assertThat(root.get("phone").stringValue()).isEqualTo("+* *** ***-**-67");
            assertThat(root.get("deliveryAddress").stringValue()).isEqualTo("[masked:address]");
            assertThat(root.get("customerEmail").stringValue()).isEqualTo("[masked:email]");
        }

        @Test
        void valuesInheritTheKindOfAnAncestorName() {
            String address = Fixtures.address();
            w.begin(masker).writeStartObject()
                    .writeName("order").writeStartObject()
                    .writeName("changes").writeStartObject()
                    .writeName("deliveryAddress").writeStartObject()
                    .writeStringProperty("old", address)
                    .writeName("new").writeStartObject()
                    .writeStringProperty("line", address)
                    .writeName("lines").writeStartArray().writeString(address).writeString(address).writeEndArray()
                    .writeEndObject()
                    .writeEndObject()
                    .writeStringProperty("note", "plain note")
                    .writeEndObject()
                    .writeStringProperty("status", "PAID")
                    .writeEndObject()
                    .writeEndObject();

            Fixtures.assertNoLeak(w.toString(), address);
            JsonNode changes = parse(w).get("order").get("changes");
            JsonNode delivery = changes.get("deliveryAddress");
            assertThat(delivery.get("old").stringValue()).isEqualTo("[masked:address]");
            assertThat(delivery.get("new").get("line").stringValue()).isEqualTo("[masked:address]");
            assertThat(delivery.get("new").get("lines").get(0).stringValue()).isEqualTo("[masked:address]");
            assertThat(delivery.get("new").get("lines").get(1).stringValue()).isEqualTo("[masked:address]");
            // the kind ends with the subtree: siblings after it are written as they are
            assertThat(changes.get("note").stringValue()).isEqualTo("plain note");
            assertThat(parse(w).get("order").get("status").stringValue()).isEqualTo("PAID");
        }

        @Test
        void masksEveryElementOfAnArrayUnderASensitiveName() {
            String email = Fixtures.email();
            String phone = Fixtures.phonePlus();
            w.begin(masker).writeStartObject()
                    .writeName("email").writeStartArray()
                    .writeString(email).writeString("none given")
                    .writeStartObject().writeStringProperty("primary", email).writeEndObject()
                    .writeEndArray()
                    .writeName("phone").writeStartArray().writeString(phone).writeEndArray()
                    .writeName("tags").writeStartArray().writeString("vip").writeEndArray()
                    .writeEndObject();

            String out = w.toString();
            Fixtures.assertNoLeak(out, email);
            Fixtures.assertNoLeak(out, phone);
            JsonNode root = parse(w);
            assertThat(root.get("email").get(0).stringValue()).isEqualTo("i***@example.ru");
            assertThat(root.get("email").get(1).stringValue()).isEqualTo("[masked:email]");
            assertThat(root.get("email").get(2).get("primary").stringValue()).isEqualTo("i***@example.ru");
            assertThat(root.get("phone").get(0).stringValue()).isEqualTo("+* *** ***-**-67");
            assertThat(root.get("tags").get(0).stringValue()).isEqualTo("vip");
        }

        @Test
        void masksNumbersAndBooleansUnderASensitiveNameAsStrings() {
            long phoneDigits = 79161234567L;
            String card = Fixtures.card();
            w.begin(masker).writeStartObject()
                    .writeNumberProperty("phone", phoneDigits)
                    .writeName("inn").writeNumber(Long.parseLong(Fixtures.inn10()))
                    .writeName("cardNumber").writeNumberText(card)
                    .writeName("pin").writeNumber(new BigDecimal("1234"))
                    .writeName("email").writeBoolean(true)
                    .writeName("mobile").writeNumber(7.9161234567E10)
                    .writeName("password").writeNull()
                    .writeEndObject();

            String out = w.toString();
            Fixtures.assertNoLeak(out, Long.toString(phoneDigits));
            Fixtures.assertNoLeak(out, Fixtures.inn10());
            Fixtures.assertNoLeak(out, card);
            Fixtures.assertNoLeak(out, "1234");
            JsonNode root = parse(w);
            assertThat(root.get("phone").isString()).isTrue();
            assertThat(root.get("phone").stringValue()).isEqualTo("*********67");
            assertThat(root.get("inn").stringValue()).isEqualTo("[masked:inn]");
            assertThat(root.get("cardNumber").stringValue()).isEqualTo("************" + card.substring(12));
            assertThat(root.get("pin").stringValue()).isEqualTo("[masked:secret]");
            assertThat(root.get("email").stringValue()).isEqualTo("[masked:email]");
            assertThat(root.get("mobile").isString()).isTrue();
            assertThat(root.get("password").isNull()).isTrue();
        }

        @Test
        void scansFreeTextUnderAnOrdinaryName() {
            String email = Fixtures.email();
            w.begin(masker).writeStartObject()
                    .writeStringProperty("message", "contact " + email + " asap")
                    .writeName("payload").writeStartObject()
                    .writeName("notes").writeStartArray().writeString("mail " + email).writeEndArray()
                    .writeEndObject()
                    .writeEndObject();

            Fixtures.assertNoLeak(w.toString(), email);
            JsonNode root = parse(w);
            assertThat(root.get("message").stringValue()).isEqualTo("contact i***@example.ru asap");
            assertThat(root.get("payload").get("notes").get(0).stringValue()).isEqualTo("mail i***@example.ru");
        }

        @Test
        void leavesValuesUnderAnUnscannedTopLevelNameUnscannedButAppliesNameRulesThere() {
            String email = Fixtures.email();
            String address = Fixtures.address();
            String text = "contact " + email + " asap";
            w.begin(masker).writeStartObject()
                    .writeName("service").writeStartObject()
                    .writeStringProperty("note", text)
                    .writeName("build").writeStartObject()
                    .writeStringProperty("owner", text)
                    .writeName("list").writeStartArray().writeString(text)
                    .writeStartObject().writeStringProperty("x", text).writeEndObject()
                    .writeString(text)
                    .writeEndArray()
                    .writeEndObject()
                    .writeStringProperty("email", email)
                    .writeName("deliveryAddress").writeStartObject().writeStringProperty("old", address)
                    .writeEndObject()
                    .writeEndObject()
                    .writeEndObject();

            JsonNode service = parse(w).get("service");
            assertVerbatim(service.get("note").stringValue(), text, "service.note");
            assertVerbatim(service.get("build").get("owner").stringValue(), text, "service.build.owner");
            assertVerbatim(service.get("build").get("list").get(0).stringValue(), text, "service.build.list[0]");
            assertVerbatim(service.get("build").get("list").get(1).get("x").stringValue(), text,
                    "service.build.list[1].x");
            assertVerbatim(service.get("build").get("list").get(2).stringValue(), text, "service.build.list[2]");
            Fixtures.assertNoLeak(service.get("email").stringValue(), email);
            assertThat(service.get("email").stringValue()).isEqualTo("i***@example.ru");
            Fixtures.assertNoLeak(service.get("deliveryAddress").toString(), address);
            assertThat(service.get("deliveryAddress").get("old").stringValue()).isEqualTo("[masked:address]");
        }

        @Test
        void leavesAScalarUnderAnUnscannedTopLevelNameUnscanned() {
            String text = "contact " + Fixtures.email();
            w.begin(masker).writeStartObject().writeStringProperty("service", text).writeEndObject();

            assertVerbatim(parse(w).get("service").stringValue(), text, "service");
        }

        @Test
        void resumesScanningAfterTheUnscannedSubtree() {
            String email = Fixtures.email();
            String text = "contact " + email;
            w.begin(masker).writeStartObject()
                    .writeName("service").writeStartObject()
                    .writeName("deep").writeStartObject().writeStringProperty("a", text).writeEndObject()
                    .writeName("arr").writeStartArray().writeString(text).writeEndArray()
                    .writeEndObject()
                    .writeStringProperty("message", text)
                    .writeName("payload").writeStartObject()
                    .writeStringProperty("note", text)
                    .writeStringProperty("service", text)
                    .writeName("arr").writeStartArray().writeString(text).writeEndArray()
                    .writeEndObject()
                    .writeName("list").writeStartArray().writeString(text).writeEndArray()
                    .writeStringProperty("service2", text)
                    .writeEndObject();

            JsonNode root = parse(w);
            assertVerbatim(root.get("service").get("deep").get("a").stringValue(), text, "service.deep.a");
            assertVerbatim(root.get("service").get("arr").get(0).stringValue(), text, "service.arr[0]");
            Fixtures.assertNoLeak(root.get("message").stringValue(), email);
            Fixtures.assertNoLeak(root.get("payload").toString(), email);
            Fixtures.assertNoLeak(root.get("list").toString(), email);
            Fixtures.assertNoLeak(root.get("service2").stringValue(), email);
            assertThat(root.get("message").stringValue()).isEqualTo("contact i***@example.ru");
            // a nested property that happens to be called like an unscanned top-level one is scanned
            assertThat(root.get("payload").get("service").stringValue()).isEqualTo("contact i***@example.ru");
        }

        @Test
        void resumesScanningAfterAnUnscannedScalarAndAfterANextLine() {
            String email = Fixtures.email();
            String text = "contact " + email;
            w.begin(masker).writeStartObject()
                    .writeStringProperty("service", text)
                    .writeStringProperty("message", text)
                    .writeName("n").writeStartArray().writeString(text).writeEndArray()
                    .writeEndObject();
            JsonNode root = parse(w);
            assertVerbatim(root.get("service").stringValue(), text, "service");
            Fixtures.assertNoLeak(root.get("message").stringValue(), email);
            Fixtures.assertNoLeak(root.get("n").toString(), email);

            // a line abandoned inside the unscanned subtree must not leave the next one unscanned
            w.begin(masker).writeStartObject().writeName("service").writeStartObject().writeName("a");
            w.begin(masker).writeStartArray().writeString(text).writeStartObject().writeStringProperty("m", text)
                    .writeEndObject().writeEndArray();
            Fixtures.assertNoLeak(w.toString(), email);
        }

        @Test
        void masksAPropertyNameThatIsItselfAnEmail() {
            String email = Fixtures.email();
            w.begin(masker).writeStartObject()
                    .writeStringProperty(email, "subscribed")
                    .writeName("subscribers").writeStartObject().writeNumberProperty(email, 3).writeEndObject()
                    .writeEndObject();

            Fixtures.assertNoLeak(w.toString(), email);
            JsonNode root = parse(w);
            assertThat(root.get("i***@example.ru").stringValue()).isEqualTo("subscribed");
            assertThat(root.get("subscribers").get("i***@example.ru").longValue()).isEqualTo(3);
        }

        @Test
        void failsClosedWhenARuleThrows() {
            Masker broken = Masker.of(MaskingPolicy.builder()
                    .valueRule("broken", SensitiveKind.OTHER, text -> {
                        throw new IllegalStateException("boom");
                    })
                    .build());
            String email = Fixtures.email();
            w.begin(broken).writeStartObject()
                    .writeStringProperty("message", "contact " + email)
                    .writeNumberProperty("count", 2)
                    .writeEndObject();

            Fixtures.assertNoLeak(w.toString(), email);
            JsonNode root = parse(w);
            assertThat(root.get("message").stringValue()).isEqualTo(Masker.ERROR_MARKER);
            assertThat(root.get("count").longValue()).isEqualTo(2);
            assertThat(broken.diagnostics().ruleFailures()).isEqualTo(1);
        }
    }

    @Nested
    class Reuse {

        @Test
        void beginDiscardsThePreviousLine() {
            w.begin(masker).writeStartObject().writeStringProperty("message", "first-line-marker").writeEndObject();
            w.newline();
            w.begin(masker).writeStartObject().writeNumberProperty("a", 1).writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"a\":1}").doesNotContain("first-line-marker");
            assertThat(w.size()).isEqualTo(7);
            assertThat(w.toByteArray()).hasSize(7);
            assertThat(w.depth()).isZero();
        }

        @Test
        void beginResetsDepthAndCommasAfterAnAbandonedLine() {
            w.begin(masker).writeStartObject().writeName("a").writeStartArray().writeNumber(1);
            w.begin(masker).writeStartObject().writeNumberProperty("b", 2).writeEndObject();

            assertThat(w.toString()).isEqualTo("{\"b\":2}");
            assertThat(w.depth()).isZero();
        }

        @Test
        void aDifferentMaskerTakesEffectForNamesAlreadyCached() {
            Masker custom = Masker.of(MaskingPolicy.builder().fieldRule("bonusCode", SensitiveKind.OTHER).build());

            w.begin(masker).writeStartObject().writeStringProperty("bonusCode", "BC-100").writeEndObject();
            assertThat(parse(w).get("bonusCode").stringValue()).isEqualTo("BC-100");

            w.begin(custom).writeStartObject().writeStringProperty("bonusCode", "BC-100").writeEndObject();
            assertThat(parse(w).get("bonusCode").stringValue()).isEqualTo("[masked:other]");

            w.begin(masker).writeStartObject().writeStringProperty("bonusCode", "BC-100").writeEndObject();
            assertThat(parse(w).get("bonusCode").stringValue()).isEqualTo("BC-100");
        }

        @Test
        void aDifferentMaskerTakesEffectForACachedNameThatIsAnEmail() {
            byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
            Masker pseudo = Masker.of(MaskingPolicy.builder().pseudonymise(key).build());
            String email = Fixtures.email();

            w.begin(masker).writeStartObject().writeStringProperty(email, "x").writeEndObject();
            assertThat(parse(w).has("i***@example.ru")).isTrue();

            w.begin(pseudo).writeStartObject().writeStringProperty(email, "x").writeEndObject();
            Fixtures.assertNoLeak(w.toString(), email);
            JsonNode root = parse(w);
            assertThat(root.has("i***@example.ru")).isFalse();
            assertThat(root.propertyNames()).singleElement().asString().matches("\\[email:hmac:[0-9a-f]{16}]");
        }

        @Test
        void everyWayOfReadingTheLineAgrees() throws IOException {
            w.begin(masker).writeStartObject()
                    .writeStringProperty("message", "Заказ \uD83D\uDC8E готов")
                    .writeNumberProperty("n", -5)
                    .writeEndObject();
            w.newline();

            byte[] copy = w.toByteArray();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            w.writeTo(out);
            byte[] viaBuffer = Arrays.copyOf(w.buffer(), w.size());

            assertThat(copy).hasSize(w.size());
            assertThat(out.toByteArray()).isEqualTo(copy);
            assertThat(viaBuffer).isEqualTo(copy);
            assertThat(w.toString()).isEqualTo(new String(copy, StandardCharsets.UTF_8));
            assertThat(w.toString()).isEqualTo("{\"message\":\"Заказ \uD83D\uDC8E готов\",\"n\":-5}\n");
            // toByteArray is a copy: changing it does not change the writer
            copy[0] = 'X';
            assertThat(w.toString()).startsWith("{");
        }

        @Test
        void writesAOneMegabyteStringWholeAndTheNextLineStillWorks() {
            StringBuilder sb = new StringBuilder(1 << 20);
            String chunk = "abc \"q\" д\n\\ ";
            while (sb.length() < (1 << 20)) {
                sb.append(chunk);
            }
            String big = sb.toString();

            w.begin(masker).writeStartObject()
                    .writeStringProperty("message", big)
                    .writeStringProperty("after", "tail")
                    .writeEndObject();
            w.newline();

            String out = w.toString();
            assertThat(out.indexOf('\n')).isEqualTo(out.length() - 1);
            JsonNode root = parse(w);
            assertVerbatim(root.get("message").stringValue(), big, "1 MB message");
            assertThat(root.get("after").stringValue()).isEqualTo("tail");
            assertThat(w.size()).isGreaterThan(1 << 20);

            w.begin(masker).writeStartObject().writeStringProperty("next", "ok").writeEndObject();
            assertThat(w.toString()).isEqualTo("{\"next\":\"ok\"}");
            assertThat(parse(w).get("next").stringValue()).isEqualTo("ok");
            assertThat(w.buffer().length).as("a huge line's buffer is not kept").isLessThan(1 << 20);
        }
    }

    @Nested
    class NameCache {

        private static int slot(String name) {
            int h = name.hashCode();
            return (h ^ (h >>> 16)) & 511;
        }

        @Test
        void writesThousandsOfDistinctNamesInOneObject() {
            int n = 2_000;
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                names.add(i % 7 == 0 ? "поле-" + i : i % 11 == 0 ? "f\"" + i + "\n" : "field" + i);
            }
            for (int round = 0; round < 2; round++) {
                w.begin(masker).writeStartObject();
                for (int i = 0; i < n; i++) {
                    if (i % 2 == 0) {
                        w.writeStringProperty(names.get(i), "value-" + i);
                    } else {
                        w.writeNumberProperty(names.get(i), i);
                    }
                }
                w.writeEndObject();

                JsonNode root = parse(w);
                assertThat(root.size()).isEqualTo(n);
                for (int i = 0; i < n; i++) {
                    JsonNode v = root.get(names.get(i));
                    assertThat(v).as("property %d", i).isNotNull();
                    if (i % 2 == 0) {
                        assertThat(v.stringValue()).as("property %d", i).isEqualTo("value-" + i);
                    } else {
                        assertThat(v.longValue()).as("property %d", i).isEqualTo(i);
                    }
                }
            }
        }

        /** Plain names whose cache slot is the same as {@code name}'s. */
        private List<String> sameSlotAs(String name, int count) {
            List<String> found = new ArrayList<>();
            for (int i = 0; found.size() < count; i++) {
                String candidate = "k" + i;
                if (slot(candidate) == slot(name)) {
                    assertThat(masker.field(candidate).isSensitive()).isFalse();
                    found.add(candidate);
                }
            }
            return found;
        }

        @Test
        void namesSharingACacheSlotWithASensitiveNameKeepTheirOwnRules() {
            List<String> plain = sameSlotAs("email", 7);
            List<String> order = new ArrayList<>(plain);
            order.add(3, "email");
            order.add("email");

            w.begin(masker).writeStartObject();
            for (int round = 0; round < 4; round++) {
                w.writeName("r" + round).writeStartObject();
                // rotate so that every name is evicted and cached again between two uses
                for (int i = 0; i < order.size(); i++) {
                    String name = order.get((i + round * 3) % order.size());
                    if (!name.equals("email")) {
                        w.writeStringProperty(name, "ORD-" + name);
                    } else if (i % 2 == 0) {
                        w.writeStringProperty(name, "none given");
                    }
                }
                w.writeStringProperty("email", "none given").writeEndObject();
            }
            w.writeEndObject();

            assertThat(w.toString()).as("every e-mail property masked").doesNotContain("none given");
            JsonNode root = parse(w);
            for (int round = 0; round < 4; round++) {
                JsonNode r = root.get("r" + round);
                for (String name : plain) {
                    assertThat(r.get(name).stringValue()).as("round %d, %s", round, name).isEqualTo("ORD-" + name);
                }
                assertThat(r.get("email").stringValue()).as("round %d", round).isEqualTo("[masked:email]");
            }
        }

        @Test
        void findsACachedNameAgainByIdentityAndByEqualityWhereverItWasCached() {
            List<String> names = new ArrayList<>(sameSlotAs("email", 2));
            names.add(1, "email");
            names.add(sameSlotAs("service", 1).get(0));
            names.add("service");
            String email = Fixtures.email();
            String text = "contact " + email;

            for (int line = 0; line < 3; line++) {
                w.begin(masker).writeStartObject();
                for (String name : names) {
                    // line 0 caches, line 1 finds the same instances, line 2 finds equal copies
                    w.writeStringProperty(line == 2 ? new String(name.toCharArray()) : name, text);
                }
                w.writeEndObject();

                JsonNode root = parse(w);
                assertThat(root.size()).as("line %d", line).isEqualTo(names.size());
                for (String name : names) {
                    JsonNode v = root.get(name);
                    assertThat(v).as("line %d, %s", line, name).isNotNull();
                    if (name.equals("service")) {
                        assertVerbatim(v.stringValue(), text, "service on line " + line);
                    } else {
                        Fixtures.assertNoLeak(v.stringValue(), email);
                        assertThat(v.stringValue()).as("line %d, %s", line, name)
                                .isEqualTo(name.equals("email") ? "[masked:email]" : "contact i***@example.ru");
                    }
                }
            }
        }

        @Test
        void namesSharingACacheSlotWithAnUnscannedNameAreScanned() {
            List<String> plain = sameSlotAs("service", 7);
            String email = Fixtures.email();
            String text = "contact " + email;

            for (int line = 0; line < 3; line++) {
                w.begin(masker).writeStartObject();
                for (int i = 0; i < plain.size(); i++) {
                    if (i == line * 2) {
                        w.writeStringProperty("service", text);
                    }
                    w.writeStringProperty(plain.get(i), text);
                }
                w.writeStringProperty("service", text);
                w.writeEndObject();

                // two "service" properties: compare the raw line rather than the (last-wins) tree
                String out = w.toString();
                assertThat(out.split(java.util.regex.Pattern.quote(email), -1).length - 1)
                        .as("line %d: verbatim copies of the value, one per unscanned property", line).isEqualTo(2);
                JsonNode root = parse(w);
                for (String name : plain) {
                    Fixtures.assertNoLeak(root.get(name).stringValue(), email);
                    assertThat(root.get(name).stringValue()).isEqualTo("contact i***@example.ru");
                }
                assertVerbatim(root.get("service").stringValue(), text, "service");
            }
        }
    }

    /**
     * The writer copies a scanned value while the scanner's quick pass runs over it and asks for the full scan only
     * when the pass says a detector may match; whatever the value, the result must be what the full scan gives.
     */
    @Nested
    class QuickPassWhileCopying {

        private static final String ALPHABET = "0123456789012345678901234567890123456789 --()+@=:.,_/eyJBbBearer"
                + "asicpwdtokenORDxyz\u00a0пДк\"\\\n\t\u2028\ud83d\ude00\ud800";

        @Test
        void writesEveryValueAsTheFullScanWouldMaskIt() {
            java.util.SplittableRandom random = new java.util.SplittableRandom(20261206);
            int changedByMasking = 0;
            List<String> tokens = List.of(Fixtures.card(), Fixtures.email(), Fixtures.phonePlus(), Fixtures.inn10(),
                    Fixtures.snilsFormatted(), Fixtures.passport(), Fixtures.jwt(), "ORD-2026-", "C-", "Bearer ",
                    "eyJ", "pwd=", "token:", " ", "-", "(", ")", "\u00a0", "\"", "\n", "Кольцо ", "\ud83d\ude00");
            for (int n = 0; n < 200_000; n++) {
                int length = random.nextInt(40);
                StringBuilder sb = new StringBuilder(length);
                while (sb.length() < length) {
                    if (random.nextInt(4) == 0) {
                        sb.append(tokens.get(random.nextInt(tokens.size())));
                    } else {
                        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                String value = sb.toString();
                w.begin(masker).writeStartObject()
                        .writeStringProperty("first", value)
                        .writeName("list").writeStartArray().writeString(value).writeString(value).writeEndArray()
                        .writeEndObject();
                JsonNode root = parse(w);
                String expected = masker.maskText(value);
                if (!expected.equals(value)) {
                    changedByMasking++;
                }
                String expectedRead = loneSurrogatesReplaced(expected);
                assertVerbatim(root.get("first").stringValue(), expectedRead, "value #" + n);
                assertVerbatim(root.get("list").get(0).stringValue(), expectedRead, "first array item #" + n);
                assertVerbatim(root.get("list").get(1).stringValue(), expectedRead, "second array item #" + n);
            }
            assertThat(changedByMasking).as("random values the full scan changed").isGreaterThan(20_000);
        }

        /** The writer writes a lone surrogate as U+FFFD. */
        private static String loneSurrogatesReplaced(String s) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.append(c).append(s.charAt(++i));
                } else {
                    out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
                }
            }
            return out.toString();
        }

        @Test
        void appliesCustomValueRulesToShortValuesToo() {
            Masker custom = Masker.of(MaskingPolicy.builder().valueRule("short-code", "Z\\d", SensitiveKind.OTHER)
                    .build());
            w.begin(custom).writeStartObject().writeStringProperty("code", "Z7").writeEndObject();
            assertThat(parse(w).get("code").stringValue()).isNotEqualTo("Z7").isEqualTo(custom.maskText("Z7"));
        }
    }
}
