package com.jewelry.logging.masking.logback;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import org.junit.jupiter.api.Test;

/** Jackson writes U+0085, U+2028 and U+2029 raw; through the masking decorator they come out escaped. */
class LineSeparatorOnTheLlePathTest {

    @Test
    void nelAndUnicodeLineSeparatorsAreEscapedInMessageAndMdcAndMaskedValues() {
        LogCapture capture = new LogCapture();
        capture.context.getMDCAdapter().put("note", "mdc\u0085value");
        try {
            capture.logger().info("one\u0085two\u2028three\u2029four to " + Fixtures.email() + "\u0085end");
        } finally {
            capture.context.getMDCAdapter().remove("note");
        }

        String raw = capture.raw();
        assertThat(raw).doesNotContain("\u0085", "\u2028", "\u2029")
                .contains("one\\u0085two\\u2028three\\u2029four", "mdc\\u0085value", "\\u0085end");
        assertThat(capture.single().get("message").stringValue())
                .isEqualTo("one\u0085two\u2028three\u2029four to i***@example.ru\u0085end");
        assertThat(capture.single().get("note").stringValue()).isEqualTo("mdc\u0085value");
    }
}
