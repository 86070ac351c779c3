package com.jewelry.logging.masking.logback;

import com.jewelry.logging.masking.json.JsonMaskingEngine;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Jackson's standard JSON escaping plus U+0085, U+2028 and U+2029, which Jackson writes raw but some log readers
 * and viewers treat as line breaks (the library's own writer and the scrubber escape them too).
 */
final class LineSeparatorEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;
    static final LineSeparatorEscapes INSTANCE = new LineSeparatorEscapes();

    private static final SerializableString NEL = new SerializedString("\\u0085");
    private static final SerializableString LINE = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH = new SerializedString("\\u2029");
    private final int[] ascii = standardAsciiEscapesForJSON();

    private LineSeparatorEscapes() {
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch > 0xFFFF || !JsonMaskingEngine.isLineSeparator((char) ch)) {
            return null;
        }
        return ch == 0x85 ? NEL : ch == 0x2028 ? LINE : PARAGRAPH;
    }
}
