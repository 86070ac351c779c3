package com.jewelry.logging.masking.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** U+0085 (NEL) is escaped like U+2028/U+2029 on every path of the library's writer. */
class LineSeparatorOnTheWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MaskingJsonWriter w = new MaskingJsonWriter(Set.of("service"));

    @Test
    void nelIsEscapedInScannedMaskedUnscannedValuesAndInNames() {
        w.begin(Masker.of(MaskingPolicy.defaults()));
        w.writeStartObject();
        w.writeStringProperty("message", "a\u0085b");
        w.writeStringProperty("note", "to " + Fixtures.email() + "\u0085x");
        w.writeStringProperty("deliveryAddress", "street\u0085flat");
        w.writeStringProperty("service", "svc\u0085name");
        w.writeStringProperty("key\u0085name", "v");
        char[] chars = "chars\u0085buf".toCharArray();
        w.writeName("chars").writeString(chars, 0, chars.length);
        w.writeEndObject();

        String raw = w.toString();
        assertThat(raw).doesNotContain("\u0085").contains("a\\u0085b", "svc\\u0085name", "key\\u0085name",
                "chars\\u0085buf", "\\u0085x");
        JsonNode line = JSON.readTree(raw);
        assertThat(line.get("message").stringValue()).isEqualTo("a\u0085b");
        assertThat(line.get("note").stringValue()).isEqualTo("to i***@example.ru\u0085x");
        assertThat(line.get("deliveryAddress").stringValue()).isEqualTo("[masked:address]");
    }
}
