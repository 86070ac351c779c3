package com.jewelry.logging.masking.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scrubber's input classes (issue 15, class 9): each is masked and stays one line out per line in. */
class ScrubberInputTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Scrubber scrubber = new Scrubber(Masker.of(MaskingPolicy.defaults()));

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Nested
    class JsonAfterAPrefix {

        @Test
        void aTimestampAndLevelPrefixIsKeptAndTheJsonAfterItIsMaskedFieldByField() {
            String out = scrubber.maskLine("2026-01-01 10:00:00 INFO {\"email\":\"" + Fixtures.email()
                    + "\",\"orderId\":\"ORD-2026-000123\"}");

            assertThat(out).startsWith("2026-01-01 10:00:00 INFO {");
            JsonNode line = json(out.substring(out.indexOf('{')));
            assertThat(line.get("email").stringValue()).isEqualTo("i***@example.ru");
            assertThat(line.get("orderId").stringValue()).isEqualTo("ORD-2026-000123");
        }

        @Test
        void aByteOrderMarkBeforeTheJsonIsKeptAndTheJsonIsMaskedByName() {
            String out = scrubber.maskLine("\uFEFF{\"deliveryAddress\":\"Tverskaya 1\",\"qty\":2}");

            assertThat(out).startsWith("\uFEFF{");
            JsonNode line = json(out.substring(1));
            assertThat(line.get("deliveryAddress").stringValue()).isEqualTo("[masked:address]");
            assertThat(line.get("qty").intValue()).isEqualTo(2);
        }

        @Test
        void aSyslogHeaderWithBracketsIsSkippedToTheFirstBraceThatParsesToTheEnd() {
            String out = scrubber.maskLine("<134>Nov 25 10:15:30 shop-01 checkout[4242]: {\"password\":\""
                    + Fixtures.secret() + "\",\"status\":\"PAID\"}");

            assertThat(out).startsWith("<134>Nov 25 10:15:30 shop-01 checkout[4242]: ");
            JsonNode line = json(out.substring(out.indexOf('{')));
            assertThat(line.get("password").stringValue()).isEqualTo("[masked:secret]");
            assertThat(line.get("status").stringValue()).isEqualTo("PAID");
        }

        @Test
        void personalDataInThePrefixIsMaskedAsText() {
            String out = scrubber.maskLine("mail from " + Fixtures.email() + " {\"qty\":1}");

            Fixtures.assertNoLeak(out, Fixtures.email());
            assertThat(out).isEqualTo("mail from i***@example.ru {\"qty\":1}");
        }

        @Test
        void aBraceThatStartsNoCompleteJsonLeavesTheLineText() {
            String out = scrubber.maskLine("INFO {not json} to " + Fixtures.email());

            assertThat(out).isEqualTo("INFO {not json} to i***@example.ru");
        }
    }

    @Nested
    class NumbersThatAreNoValidJsonNumbers {

        @Test
        void aDashedCardWrittenAsABareTokenIsScannedAndWrittenAsAString() {
            String card = Fixtures.dashed(Fixtures.card());
            String out = scrubber.maskLine("{\"x\": " + card + ", \"qty\": 2}");

            Fixtures.assertNoLeak(out, card);
            JsonNode line = json(out);
            assertThat(line.get("x").isString()).isTrue();
            assertThat(line.get("qty").intValue()).isEqualTo(2);
        }

        @Test
        void aPhoneWithAPlusSignIsScannedAndWrittenAsAString() {
            String phone = Fixtures.phoneCompact();
            String out = scrubber.maskLine("{\"x\":" + phone + "}");

            Fixtures.assertNoLeak(out, phone);
            assertThat(json(out).get("x").isString()).isTrue();
        }

        @Test
        void aLooseTokenTheScanFindsNothingInIsCopiedAsItWas() {
            assertThat(scrubber.maskLine("{\"code\":00123}")).isEqualTo("{\"code\":00123}");
            assertThat(scrubber.maskLine("[2026-01-01]")).isEqualTo("[2026-01-01]");
        }
    }

    @Nested
    class ValidNumbersLongEnoughToBeACardOrAPhone {

        private final Scrubber withAccountRule = new Scrubber(Masker.of(MaskingPolicy.builder()
                .valueRule("account", "\\d{9,12}", SensitiveKind.OTHER).build()));

        @Test
        void aNumberOfTenOrMoreDigitsIsScannedAndMaskedAsAString() {
            JsonNode line = json(withAccountRule.maskLine("{\"x\":123456789012,\"y\":1}"));

            assertThat(line.get("x").stringValue()).isEqualTo("[masked:other]");
            assertThat(line.get("y").intValue()).isEqualTo(1);
        }

        @Test
        void aShorterNumberIsCopiedAsTheNumberItIs() {
            JsonNode line = json(withAccountRule.maskLine("{\"x\":123456789}"));

            assertThat(line.get("x").longValue()).isEqualTo(123456789L);
        }

        @Test
        void aLongNumberTheScanFindsNothingInStaysANumber() {
            String out = scrubber.maskLine("{\"epochMillis\":1764065730123}");

            assertThat(json(out).get("epochMillis").longValue()).isEqualTo(1764065730123L);
        }
    }

    @Nested
    class ControlCharactersInTextLines {

        @Test
        void aRawCarriageReturnInsideALineIsEscapedSoItCannotHideTheStartOfTheLine() {
            assertThat(scrubber.maskLine("user=guest\rINFO all fine"))
                    .isEqualTo("user=guest\\rINFO all fine");
        }

        @Test
        void ansiEscapeSequencesAreWrittenVisibly() {
            assertThat(scrubber.maskLine("\u001b[31mred\u001b[0m and \u009b2J"))
                    .isEqualTo("\\u001b[31mred\\u001b[0m and \\u009b2J");
        }

        @Test
        void nelLineAndParagraphSeparatorsAndBidiOverridesAreEscapedButTabsKept() {
            assertThat(scrubber.maskLine("a\u0085b\u2028c\u2029d\u202Ee\tf"))
                    .isEqualTo("a\\u0085b\\u2028c\\u2029d\\u202ee\tf");
        }

        @Test
        void controlsAreEscapedAfterMaskingSoTheValueIsStillFound() {
            String out = scrubber.maskLine("\u001b[1m" + Fixtures.email() + "\u001b[0m");

            Fixtures.assertNoLeak(out, Fixtures.email());
            // the colour code's 'm' is glued to the address, so the detector may take it into the local part
            assertThat(out).startsWith("\\u001b[1").endsWith("***@example.ru\\u001b[0m").doesNotContain("\u001b");
        }

        @Test
        void aNelInsideAJsonStringIsWrittenEscaped() {
            String out = scrubber.maskLine("{\"note\":\"a\u0085b\"}");

            assertThat(out).doesNotContain("\u0085").contains("\\u0085");
            assertThat(json(out).get("note").stringValue()).isEqualTo("a\u0085b");
        }

        @Test
        void aNelInsideAMaskedJsonStringIsWrittenEscaped() {
            String out = scrubber.maskLine("{\"note\":\"" + Fixtures.email() + "\u0085b\"}");

            assertThat(out).doesNotContain("\u0085");
            assertThat(json(out).get("note").stringValue()).isEqualTo("i***@example.ru\u0085b");
        }
    }

    @Test
    void everyInputClassStaysOneLineOutPerLineIn() throws Exception {
        String input = "2026 INFO {\"email\":\"" + Fixtures.email() + "\"}\n"
                + "\uFEFF{\"x\":" + Fixtures.phoneCompact() + "}\n"
                + "cr\rinside\n"
                + "nel\u0085inside\u2028too\n"
                + "\u001b[31mcoloured\u001b[0m\r\n"
                + "last";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long lines = scrubber.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);

        List<String> written = List.of(out.toString(StandardCharsets.UTF_8).split("\n", -1));
        assertThat(lines).isEqualTo(6);
        assertThat(written).hasSize(6);
        assertThat(written.get(2)).isEqualTo("cr\\rinside");
        assertThat(written.get(4)).isEqualTo("\\u001b[31mcoloured\\u001b[0m\r");
        for (String line : written) {
            Fixtures.assertNoLeak(line, Fixtures.email());
            Fixtures.assertNoLeak(line, Fixtures.phoneCompact());
        }
    }
}
