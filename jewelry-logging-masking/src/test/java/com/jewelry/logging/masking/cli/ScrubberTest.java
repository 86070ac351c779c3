package com.jewelry.logging.masking.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScrubberTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<String> scrub(byte[] input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Scrubber(Masker.of(MaskingPolicy.defaults())).run(new ByteArrayInputStream(input), out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n", -1));
    }

    /** Shared by the in-process test and the java -jar integration test. */
    static void assertScrubbed(List<String> lines) {
        assertThat(lines).hasSize(MixedLog.LINES);
        for (String line : lines) {
            for (String raw : MixedLog.RAW) {
                Fixtures.assertNoLeak(line, raw);
            }
        }
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("message").stringValue()).isEqualTo("Order ORD-2026-000123 created for i***@example.ru");
        assertThat(first.get("customerId").stringValue()).isEqualTo("C-10042");
        assertThat(first.at("/deliveryAddress/line").stringValue()).isEqualTo("[masked:address]");
        assertThat(first.at("/deliveryAddress/flat").stringValue()).isEqualTo("[masked:address]");
        assertThat(first.at("/items/0/sku").stringValue()).isEqualTo("RING-AU585-17");
        assertThat(first.at("/items/0/price").decimalValue()).isEqualByComparingTo("12500.00");
        assertThat(first.get("cardNumber").stringValue()).endsWith(MixedLog.CARD.substring(12)).startsWith("****");
        assertThat(first.get("@timestamp").stringValue()).isEqualTo("2026-11-25T10:15:30.123Z");
        assertThat(lines.get(1)).contains("ORD-2026-000124").contains("+* *** ***-**-67");
        assertThat(lines.get(2)).startsWith("{\"broken\": \"json with i***@example.ru");
        assertThat(lines.get(3)).contains("password=[masked:secret]");
        assertThat(lines.get(4)).isEmpty();
        assertThat(lines.get(5)).endsWith("[masked:token]\r");
        JsonNode array = JSON.readTree(lines.get(6));
        assertThat(array.at("/0/email").stringValue()).isEqualTo("i***@example.ru");
        assertThat(array.get(1).stringValue()).isEqualTo("trace 4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(lines.get(7)).isEqualTo("last line without newline, keep P-77 and " + Fixtures.luhnFailing16());
    }

    @Test
    void scrubsMixedJsonAndTextLinesWithJunkBytesOneLineForOneLine() throws Exception {
        assertScrubbed(scrub(MixedLog.bytes()));
    }

    @Test
    void leavesAJsonLineWithoutPersonalDataByteForByte() throws Exception {
        String line = "{ \"orderNumber\" : \"ORD-2026-000123\", \"qty\": 2, \"note\": \"a\\u00e9\\n\", \"ok\": true }";
        assertThat(scrub(line.getBytes(StandardCharsets.UTF_8))).containsExactly(line);
    }

    @Test
    void treatsDeeplyNestedJunkAsText() throws Exception {
        String junk = "[".repeat(5000) + Fixtures.email();
        List<String> lines = scrub(junk.getBytes(StandardCharsets.UTF_8));
        assertThat(lines).hasSize(1);
        Fixtures.assertNoLeak(lines.get(0), Fixtures.email());
        assertThat(lines.get(0)).endsWith("i***@example.ru");
    }
}
