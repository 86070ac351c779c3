package com.jewelry.logging.masking.logback;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.masking.jackson.SensitivePropertyWriter;
import com.jewelry.logging.masking.json.JsonMaskingEngine;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.SerializationContext;

/**
 * Wraps LLE's generator so that every value any provider writes passes the {@link Masker}: a driver of the
 * shared {@link JsonMaskingEngine}, which makes every masking decision exactly as for the library's own writer
 * and the scrubber. Copy methods are not delegated ({@code delegateCopyMethods = false}), so POJOs, trees and
 * copied structures are written through this class too. U+0085, U+2028 and U+2029, which Jackson writes raw, are
 * escaped. One instance per LLE thread-local formatter: not thread-safe.
 */
final class MaskingJsonGenerator extends JsonGeneratorDelegate implements SensitivePropertyWriter {

    private final JewelryMaskingDecorator owner;
    private final JsonMaskingEngine engine;

    /** Reused to write a value masked by kind without creating a String per value. */
    private final StringBuilder scratch = new StringBuilder(64);
    private char[] chars = new char[64];

    MaskingJsonGenerator(JsonGenerator delegate, JewelryMaskingDecorator owner, Set<String> unscannedTopLevel) {
        super(delegate, false);
        this.owner = owner;
        this.engine = new JsonMaskingEngine(unscannedTopLevel);
        this.engine.begin(owner.getMasker());
        if (delegate.getCharacterEscapes() == null) {
            delegate.setCharacterEscapes(LineSeparatorEscapes.INSTANCE);
        }
    }

    // ------------------------------------------------------------------ structure: track the property path

    private void push() {
        if (engine.depth() == 0) {
            // a new line: the policy may have been replaced at run time
            engine.begin(owner.getMasker());
        }
        engine.startContainer();
    }

    private void pop() {
        engine.endContainer();
    }

    @Override
    public JsonGenerator writeStartObject() throws JacksonException {
        push();
        delegate.writeStartObject();
        return this;
    }

    @Override
    public JsonGenerator writeStartObject(Object currentValue) throws JacksonException {
        push();
        delegate.writeStartObject(currentValue);
        return this;
    }

    @Override
    public JsonGenerator writeStartObject(Object currentValue, int size) throws JacksonException {
        push();
        delegate.writeStartObject(currentValue, size);
        return this;
    }

    @Override
    public JsonGenerator writeEndObject() throws JacksonException {
        pop();
        delegate.writeEndObject();
        return this;
    }

    @Override
    public JsonGenerator writeStartArray() throws JacksonException {
        push();
        delegate.writeStartArray();
        return this;
    }

    @Override
    public JsonGenerator writeStartArray(Object currentValue) throws JacksonException {
        push();
        delegate.writeStartArray(currentValue);
        return this;
    }

    @Override
    public JsonGenerator writeStartArray(Object currentValue, int size) throws JacksonException {
        push();
        delegate.writeStartArray(currentValue, size);
        return this;
    }

    @Override
    public JsonGenerator writeEndArray() throws JacksonException {
        pop();
        delegate.writeEndArray();
        return this;
    }

    @Override
    public JsonGenerator writeName(String name) throws JacksonException {
        delegate.writeName(engine.onName(name));
        return this;
    }

    @Override
    public JsonGenerator writeName(SerializableString name) throws JacksonException {
        String value = name.getValue();
        String safe = engine.onName(value);
        if (safe == value) {
            delegate.writeName(name);
        } else {
            delegate.writeName(safe);
        }
        return this;
    }

    @Override
    public JsonGenerator writePropertyId(long id) throws JacksonException {
        engine.anonymousName();
        delegate.writePropertyId(id);
        return this;
    }

    // ------------------------------------------------------------------ strings

    private String mask(String text) {
        String safe = engine.maskString(text);
        engine.endValue();
        return safe;
    }

    @Override
    public JsonGenerator writeString(String text) throws JacksonException {
        SensitiveKind k = engine.kindForValue();
        if (k != null && text != null) {
            writeMaskedAs(k, text);
            engine.endValue();
        } else {
            delegate.writeString(mask(text));
        }
        return this;
    }

    private void writeMaskedAs(SensitiveKind k, String text) {
        scratch.setLength(0);
        engine.masker().appendMasked(k, text, scratch);
        int n = scratch.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        scratch.getChars(0, n, chars, 0);
        delegate.writeString(chars, 0, n);
    }

    @Override
    public JsonGenerator writeString(char[] buffer, int offset, int len) throws JacksonException {
        if (!engine.mustScan() && engine.kindForValue() == null) {
            engine.endValue();
            delegate.writeString(buffer, offset, len);
            return this;
        }
        String text = new String(buffer, offset, len);
        String safe = mask(text);
        if (safe == text) {
            delegate.writeString(buffer, offset, len);
        } else {
            delegate.writeString(safe);
        }
        return this;
    }

    @Override
    public JsonGenerator writeString(SerializableString text) throws JacksonException {
        String value = text.getValue();
        String safe = mask(value);
        if (safe == value) {
            delegate.writeString(text);
        } else {
            delegate.writeString(safe);
        }
        return this;
    }

    @Override
    public JsonGenerator writeString(Reader reader, int len) throws JacksonException {
        StringBuilder sb = new StringBuilder(len > 0 ? len : 64);
        char[] buf = new char[1024];
        try {
            int remaining = len < 0 ? Integer.MAX_VALUE : len;
            int n;
            while (remaining > 0 && (n = reader.read(buf, 0, Math.min(buf.length, remaining))) > 0) {
                sb.append(buf, 0, n);
                remaining -= n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        delegate.writeString(mask(sb.toString()));
        return this;
    }

    @Override
    public JsonGenerator writeUTF8String(byte[] text, int offset, int length) throws JacksonException {
        String value = new String(text, offset, length, StandardCharsets.UTF_8);
        String safe = mask(value);
        if (safe == value) {
            delegate.writeUTF8String(text, offset, length);
        } else {
            delegate.writeString(safe);
        }
        return this;
    }

    @Override
    public JsonGenerator writeRawUTF8String(byte[] text, int offset, int length) throws JacksonException {
        String value = new String(text, offset, length, StandardCharsets.UTF_8);
        String safe = mask(value);
        if (safe == value) {
            delegate.writeRawUTF8String(text, offset, length);
        } else {
            delegate.writeString(safe);
        }
        return this;
    }

    @Override
    public JsonGenerator writeArray(String[] array, int offset, int length) throws JacksonException {
        writeStartArray(array, length);
        for (int i = offset; i < offset + length; i++) {
            writeString(array[i]);
        }
        return writeEndArray();
    }

    @Override
    public JsonGenerator writeArray(int[] array, int offset, int length) throws JacksonException {
        writeStartArray(array, length);
        for (int i = offset; i < offset + length; i++) {
            writeNumber(array[i]);
        }
        return writeEndArray();
    }

    @Override
    public JsonGenerator writeArray(long[] array, int offset, int length) throws JacksonException {
        writeStartArray(array, length);
        for (int i = offset; i < offset + length; i++) {
            writeNumber(array[i]);
        }
        return writeEndArray();
    }

    @Override
    public JsonGenerator writeArray(double[] array, int offset, int length) throws JacksonException {
        writeStartArray(array, length);
        for (int i = offset; i < offset + length; i++) {
            writeNumber(array[i]);
        }
        return writeEndArray();
    }

    // ------------------------------------------------------------------ raw JSON values

    @Override
    public JsonGenerator writeRawValue(String text) throws JacksonException {
        return writeRawValueMasked(text);
    }

    @Override
    public JsonGenerator writeRawValue(String text, int offset, int len) throws JacksonException {
        return writeRawValueMasked(text.substring(offset, offset + len));
    }

    @Override
    public JsonGenerator writeRawValue(char[] text, int offset, int len) throws JacksonException {
        return writeRawValueMasked(new String(text, offset, len));
    }

    /** Raw JSON that holds a sensitive value is written as a masked string: still valid JSON, never raw. */
    private JsonGenerator writeRawValueMasked(String raw) {
        String safe = mask(raw);
        if (safe == raw) {
            delegate.writeRawValue(raw);
        } else {
            delegate.writeString(safe);
        }
        return this;
    }

    // ------------------------------------------------------------------ numbers: masked by kind, long ones scanned

    /** Writes the engine's verdict on a number or boolean: {@code true} if it was written as a string instead. */
    private boolean maskedNumber(String masked) {
        engine.endValue();
        if (masked == null) {
            return false;
        }
        delegate.writeString(masked);
        return true;
    }

    @Override
    public JsonGenerator writeNumber(short v) throws JacksonException {
        if (!maskedNumber(engine.maskNumber(v))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(int v) throws JacksonException {
        if (!maskedNumber(engine.maskNumber(v))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(long v) throws JacksonException {
        if (!maskedNumber(engine.maskNumber(v))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) throws JacksonException {
        if (v == null || !maskedNumber(engine.maskNumber(v.toString()))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(double v) throws JacksonException {
        if (!Double.isFinite(v)) {
            // JSON has no such number: a string, as the library's writer does
            writeString(Double.toString(v));
        } else if (!maskedNumber(engine.maskNumber(Double.toString(v)))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(float v) throws JacksonException {
        if (!Float.isFinite(v)) {
            writeString(Float.toString(v));
        } else if (!maskedNumber(engine.maskNumber(Float.toString(v)))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(BigDecimal v) throws JacksonException {
        if (v == null || !maskedNumber(engine.maskNumber(v))) {
            delegate.writeNumber(v);
        }
        return this;
    }

    /** Number text from a caller: text that is no valid JSON number is scanned and written as a string. */
    @Override
    public JsonGenerator writeNumber(String encodedValue) throws JacksonException {
        if (encodedValue == null || !maskedNumber(engine.maskNumber(encodedValue))) {
            delegate.writeNumber(encodedValue);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(char[] encodedValueBuffer, int offset, int len) throws JacksonException {
        return writeNumber(new String(encodedValueBuffer, offset, len));
    }

    @Override
    public JsonGenerator writeBoolean(boolean state) throws JacksonException {
        if (!maskedNumber(engine.maskBoolean(state))) {
            delegate.writeBoolean(state);
        }
        return this;
    }

    @Override
    public JsonGenerator writeNull() throws JacksonException {
        engine.endValue();
        delegate.writeNull();
        return this;
    }

    // ------------------------------------------------------------------ @Sensitive properties

    /**
     * Writes a property value a DTO declared sensitive: the kind applies to the value and, for an object or a
     * collection, to everything inside it.
     */
    @Override
    public void writeSensitive(SensitiveKind kind, Object value, SerializationContext context) {
        if (value == null) {
            writeNull();
            return;
        }
        engine.overrideKind(kind);
        if (value instanceof CharSequence || value instanceof Character) {
            writeString(value.toString());
        } else {
            context.writeValue(this, value);
        }
    }
}
