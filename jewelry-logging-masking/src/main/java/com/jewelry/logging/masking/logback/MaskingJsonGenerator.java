package com.jewelry.logging.masking.logback;

import com.jewelry.logging.masking.FieldName;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.SensitiveKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.util.JsonGeneratorDelegate;
import tools.jackson.databind.SerializationContext;

/**
 * Wraps LLE's generator so that every value any provider writes passes the {@link Masker}. It keeps the
 * sensitive kind implied by the current property name and by its ancestors (a value under
 * {@code deliveryAddress.old} is an address); a value under a sensitive name is masked whole, any other string
 * is scanned. Copy methods are not delegated ({@code delegateCopyMethods = false}), so POJOs, trees and copied
 * structures are written through this class too. One instance per LLE thread-local formatter: not thread-safe.
 */
final class MaskingJsonGenerator extends JsonGeneratorDelegate {

    private final JewelryMaskingDecorator owner;
    /** Re-read from the owner at the start of every line, so a policy replaced at run time applies at once. */
    private Masker masker;
    private final Set<String> unscannedTopLevel;
    /** {@code inherited[d]}: the kind every value at depth {@code d} has because of an ancestor's name. */
    private SensitiveKind[] inherited = new SensitiveKind[16];
    private int depth;
    private SensitiveKind nameKind;
    private boolean skipScan;
    /** Values at this depth or deeper sit under an unscanned top-level name: code-written envelope fields. */
    private int trustedDepth = Integer.MAX_VALUE;
    /**
     * A small cache of the names this thread writes, by identity: providers, serializers and call sites pass the
     * same String instances line after line, so a hit costs a load and a compare instead of a map lookup.
     */
    private final String[] nameKeys = new String[NAME_CACHE];
    private final FieldName[] nameValues = new FieldName[NAME_CACHE];
    private final boolean[] nameUnscanned = new boolean[NAME_CACHE];
    private int lastSlot;
    private static final int NAME_CACHE = 512;

    /** Reused to write a value masked by kind without creating a String per value. */
    private final StringBuilder scratch = new StringBuilder(64);
    private char[] chars = new char[64];

    MaskingJsonGenerator(JsonGenerator delegate, JewelryMaskingDecorator owner, Set<String> unscannedTopLevel) {
        super(delegate, false);
        this.owner = owner;
        this.masker = owner.getMasker();
        this.unscannedTopLevel = unscannedTopLevel;
    }

    // ------------------------------------------------------------------ structure: track the property path

    private SensitiveKind kind() {
        return nameKind != null ? nameKind : inherited[depth];
    }

    private void push() {
        if (depth == 0) {
            trustedDepth = Integer.MAX_VALUE;
            Masker current = owner.getMasker();
            if (current != masker) {
                masker = current;
                Arrays.fill(nameKeys, null);
                Arrays.fill(nameValues, null);
            }
        }
        SensitiveKind k = depth == 0 ? nameKind : kind();
        boolean trustedStart = skipScan;
        depth++;
        if (depth == inherited.length) {
            inherited = Arrays.copyOf(inherited, depth * 2);
        }
        inherited[depth] = k;
        if (trustedStart && depth < trustedDepth) {
            trustedDepth = depth;
        }
        nameKind = null;
        skipScan = depth >= trustedDepth;
    }

    private void pop() {
        if (depth > 0) {
            depth--;
        }
        if (depth < trustedDepth) {
            trustedDepth = Integer.MAX_VALUE;
        }
        nameKind = null;
        skipScan = depth >= trustedDepth;
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

    private FieldName field(String name) {
        int h = name.hashCode();
        int slot = (h ^ (h >>> 16)) & (NAME_CACHE - 1);
        lastSlot = slot;
        if (nameKeys[slot] == name) {
            return nameValues[slot];
        }
        FieldName field = masker.field(name);
        nameKeys[slot] = name;
        nameValues[slot] = field;
        nameUnscanned[slot] = unscannedTopLevel.contains(name);
        return field;
    }

    @Override
    public JsonGenerator writeName(String name) throws JacksonException {
        FieldName field = field(name);
        nameKind = field.kind();
        skipScan = (depth == 1 && nameUnscanned[lastSlot]) || depth >= trustedDepth;
        delegate.writeName(field.safeName());
        return this;
    }

    @Override
    public JsonGenerator writeName(SerializableString name) throws JacksonException {
        String value = name.getValue();
        FieldName field = field(value);
        nameKind = field.kind();
        skipScan = (depth == 1 && nameUnscanned[lastSlot]) || depth >= trustedDepth;
        if (field.safeName() == value) {
            delegate.writeName(name);
        } else {
            delegate.writeName(field.safeName());
        }
        return this;
    }

    @Override
    public JsonGenerator writePropertyId(long id) throws JacksonException {
        nameKind = null;
        skipScan = depth >= trustedDepth;
        delegate.writePropertyId(id);
        return this;
    }

    // ------------------------------------------------------------------ strings

    private String mask(String text) {
        if (text == null) {
            return null;
        }
        SensitiveKind k = kind();
        if (k != null) {
            return masker.maskAs(k, text);
        }
        return skipScan ? text : masker.maskText(text);
    }

    @Override
    public JsonGenerator writeString(String text) throws JacksonException {
        SensitiveKind k = kind();
        if (k != null && text != null) {
            writeMaskedAs(k, text);
        } else {
            delegate.writeString(mask(text));
        }
        return this;
    }

    private void writeMaskedAs(SensitiveKind k, String text) {
        scratch.setLength(0);
        masker.appendMasked(k, text, scratch);
        int n = scratch.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        scratch.getChars(0, n, chars, 0);
        delegate.writeString(chars, 0, n);
    }

    @Override
    public JsonGenerator writeString(char[] buffer, int offset, int len) throws JacksonException {
        if (skipScan && kind() == null) {
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

    // ------------------------------------------------------------------ numbers under a sensitive name

    @Override
    public JsonGenerator writeNumber(short v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, Short.toString(v)));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(int v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, Integer.toString(v)));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(long v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, Long.toString(v)));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null || v == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, v.toString()));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(double v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, Double.toString(v)));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(float v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, Float.toString(v)));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(BigDecimal v) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null || v == null) {
            delegate.writeNumber(v);
        } else {
            delegate.writeString(masker.maskAs(k, v.toPlainString()));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null || encodedValue == null) {
            delegate.writeNumber(encodedValue);
        } else {
            delegate.writeString(masker.maskAs(k, encodedValue));
        }
        return this;
    }

    @Override
    public JsonGenerator writeNumber(char[] encodedValueBuffer, int offset, int len) throws JacksonException {
        SensitiveKind k = kind();
        if (k == null) {
            delegate.writeNumber(encodedValueBuffer, offset, len);
        } else {
            delegate.writeString(masker.maskAs(k, new String(encodedValueBuffer, offset, len)));
        }
        return this;
    }

    // ------------------------------------------------------------------ @Sensitive properties

    /**
     * Writes a property value a DTO declared sensitive: the kind applies to the value and, for an object or a
     * collection, to everything inside it.
     */
    void writeSensitive(SensitiveKind kind, Object value, SerializationContext context) {
        if (value == null) {
            writeNull();
            return;
        }
        nameKind = kind;
        if (value instanceof CharSequence || value instanceof Character) {
            writeString(value.toString());
        } else {
            context.writeValue(this, value);
        }
    }
}
