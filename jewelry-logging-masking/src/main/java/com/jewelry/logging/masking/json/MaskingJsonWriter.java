package com.jewelry.logging.masking.json;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.internal.TextScanner;
import com.jewelry.logging.masking.SensitiveKind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Writes one JSON line as UTF-8 into a buffer it reuses, masking as it goes: the JSON writer behind every
 * jewelry-logging back end. Every masking decision comes from its {@link JsonMaskingEngine} (the kind implied by
 * the current property name and its ancestors, unscanned top-level names, the name cache), the same engine the
 * LLE decorator and the scrubber drive; this class only encodes bytes, with the quick pass fused into its copy
 * loop. Names are masked too when they hold a sensitive value.
 *
 * <p>Nothing a value contains can break the line: quotes, backslashes and control characters are escaped, line
 * and paragraph separators too, and a lone surrogate becomes U+FFFD. A value that the masker cannot handle is
 * written as {@link Masker#ERROR_MARKER} (the masker fails closed). Written to by one thread at a time and reused
 * line after line ({@link #begin(Masker)}): names seen before are written from cached bytes, and a line that
 * needs no masking allocates nothing.
 */
public final class MaskingJsonWriter {

    private static final int INITIAL_CAPACITY = 2048;
    /** A buffer grown past this by one huge line is dropped at the next line rather than kept for ever. */
    private static final int RETAINED_CAPACITY = 256 * 1024;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** 0: written as is; 1: \-escape from {@link #SHORT_ESCAPE}; 2: {@code \}{@code u00XX}. */
    private static final byte[] ESCAPE = new byte[128];
    private static final byte[] SHORT_ESCAPE = new byte[128];
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 2;
        }
        ESCAPE[0x7f] = 2;
        short_('"', '"');
        short_('\\', '\\');
        short_('\n', 'n');
        short_('\r', 'r');
        short_('\t', 't');
        short_('\b', 'b');
        short_('\f', 'f');
    }

    private static void short_(char c, char escaped) {
        ESCAPE[c] = 1;
        SHORT_ESCAPE[c] = (byte) escaped;
    }

    private final JsonMaskingEngine engine;

    private byte[] buf = new byte[INITIAL_CAPACITY];
    private int pos;

    /** {@code open[d]}: the container at depth {@code d} has an element already (a comma comes next). */
    private boolean[] open = new boolean[16];
    /** {@code closer[d]}: the bracket that closes the container at depth {@code d}. */
    private byte[] closer = new byte[16];
    private boolean afterName;

    private final StringBuilder scratch = new StringBuilder(64);
    private char[] chars = new char[64];
    /** Where a string's chars are copied to be escaped. */
    private char[] text = new char[256];

    /**
     * @param unscannedTopLevel top-level property names whose whole value (nested objects included) is written by
     *                          code and never holds user input: their values are not scanned (name rules still
     *                          apply). Never name a field that can carry user input.
     */
    public MaskingJsonWriter(Set<String> unscannedTopLevel) {
        this.engine = new JsonMaskingEngine(unscannedTopLevel);
    }

    /** Starts a new line with this masker (the policy in force now); the previous line's bytes are discarded. */
    public MaskingJsonWriter begin(Masker currentMasker) {
        engine.begin(currentMasker);
        if (buf.length > RETAINED_CAPACITY) {
            buf = new byte[INITIAL_CAPACITY];
        }
        pos = 0;
        open[0] = false;
        afterName = false;
        return this;
    }

    /** The masker of the current line. */
    public Masker masker() {
        return engine.masker();
    }

    /** A new, empty writer with the same unscanned top-level names: for rendering {@link #writeFragment}s. */
    public MaskingJsonWriter newSibling() {
        return new MaskingJsonWriter(engine.unscannedTopLevel());
    }

    /**
     * Writes members that were rendered earlier by a writer of the same configuration and masker, at the same
     * place in a line: bytes between two {@link #size()} marks of that writer, e.g. {@code "a":"b","c":{"d":1}}.
     * For the parts of a line that are the same line after line (a service's name, an event's name and version):
     * they are masked once, when rendered, and copied afterwards.
     */
    public MaskingJsonWriter writeFragment(byte[] members) {
        if (members.length == 0) {
            return this;
        }
        if (afterName) {
            throw new IllegalStateException("a fragment holds whole members; a name is waiting for its value");
        }
        beforeValue();
        appendRaw(members);
        engine.endValue();
        return this;
    }

    // ------------------------------------------------------------------ output

    /** Bytes written so far. */
    public int size() {
        return pos;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** Writes the bytes written so far to {@code out}, without copying them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
    }

    /**
     * The internal buffer; bytes {@code [0, size())} are the line. Valid until the next write or
     * {@link #begin(Masker)}; for a back end that copies it straight into its own buffer.
     */
    public byte[] buffer() {
        return buf;
    }

    /**
     * A char buffer of at least {@code minLength} the caller may format a value into before writing it with
     * {@link #writeString(char[], int, int)}; reused, so its content is only good until that call.
     */
    public char[] charScratch(int minLength) {
        if (chars.length < minLength) {
            chars = new char[Math.max(minLength, chars.length * 2)];
        }
        return chars;
    }

    /** Appends a line feed: the end of a JSON line. */
    public void newline() {
        ensure(1);
        buf[pos++] = '\n';
    }

    @Override
    public String toString() {
        return new String(buf, 0, pos, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ structure

    /** The separator before a value or a name, and the bookkeeping of the container it goes into. */
    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        int depth = engine.depth();
        if (open[depth]) {
            ensure(1);
            buf[pos++] = ',';
        } else {
            open[depth] = true;
        }
    }

    private void push(byte bracket) {
        beforeValue();
        ensure(1);
        buf[pos++] = bracket;
        engine.startContainer();
        int depth = engine.depth();
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
            closer = Arrays.copyOf(closer, depth * 2);
        }
        open[depth] = false;
        closer[depth] = bracket == '{' ? (byte) '}' : (byte) ']';
    }

    private void pop(byte bracket) {
        int depth = engine.depth();
        if (depth == 0) {
            throw new IllegalStateException("no open object or array to close");
        }
        if (closer[depth] != bracket) {
            throw new IllegalStateException("'" + (char) bracket + "' cannot close the open '"
                    + (closer[depth] == '}' ? '{' : '[') + "'");
        }
        ensure(1);
        buf[pos++] = bracket;
        engine.endContainer();
        afterName = false;
    }

    public MaskingJsonWriter writeStartObject() {
        push((byte) '{');
        return this;
    }

    public MaskingJsonWriter writeEndObject() {
        pop((byte) '}');
        return this;
    }

    public MaskingJsonWriter writeStartArray() {
        push((byte) '[');
        return this;
    }

    public MaskingJsonWriter writeEndArray() {
        pop((byte) ']');
        return this;
    }

    /** The current nesting depth: 0 before the line's object is opened and after it is closed. */
    public int depth() {
        return engine.depth();
    }

    // ------------------------------------------------------------------ names

    /** Writes a property name; the value written next is masked as the name says. */
    public MaskingJsonWriter writeName(String name) {
        int slot = engine.name(name);
        byte[] bytes = engine.encodedName(slot);
        if (bytes == null) {
            bytes = encodeName(slot);
        }
        int depth = engine.depth();
        ensure(bytes.length + 1);
        if (open[depth]) {
            buf[pos++] = ',';
        } else {
            open[depth] = true;
        }
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
        afterName = true;
        return this;
    }

    /** The name as written, {@code "safeName":} in UTF-8 and escaped, cached in the engine's name slot. */
    private byte[] encodeName(int slot) {
        String safeName = engine.safeName(slot);
        int mark = pos;
        ensure(safeName.length() * 6 + 3);
        buf[pos++] = '"';
        appendEscaped(safeName);
        buf[pos++] = '"';
        buf[pos++] = ':';
        byte[] bytes = Arrays.copyOfRange(buf, mark, pos);
        pos = mark;
        engine.encodedName(slot, bytes);
        return bytes;
    }

    // ------------------------------------------------------------------ values

    /** Writes a string value, masked by the kind of its name or by what a scan finds in it. */
    public MaskingJsonWriter writeString(String text) {
        if (text == null) {
            return writeNull();
        }
        SensitiveKind k = engine.kindForValue();
        if (k != null) {
            writeMaskedAs(k, text);
        } else {
            writeScanned(text);
        }
        engine.endValue();
        return this;
    }

    /** Writes a string value held in a char buffer (a formatted timestamp): no String when nothing is masked. */
    public MaskingJsonWriter writeString(char[] chars, int offset, int length) {
        if (!engine.mustScan() && engine.kindForValue() == null) {
            beforeValue();
            ensure(length * 6 + 2);
            buf[pos++] = '"';
            appendEscaped(chars, offset, offset + length);
            buf[pos++] = '"';
            engine.endValue();
            return this;
        }
        return writeString(new String(chars, offset, length));
    }

    /** {@code "name":"value"}. */
    public MaskingJsonWriter writeStringProperty(String name, String value) {
        return writeName(name).writeString(value);
    }

    /** {@code "name":value}. */
    public MaskingJsonWriter writeNumberProperty(String name, long value) {
        return writeName(name).writeNumber(value);
    }

    /** A number; one long enough to be a card or phone number is scanned like text (see the engine). */
    public MaskingJsonWriter writeNumber(long value) {
        SensitiveKind k = engine.kindForValue();
        String masked;
        if (k != null) {
            writeMaskedAs(k, Long.toString(value));
        } else if ((masked = engine.maskNumber(value)) != null) {
            writeQuoted(masked);
        } else {
            beforeValue();
            ensure(20);
            appendLong(value);
        }
        engine.endValue();
        return this;
    }

    public MaskingJsonWriter writeNumber(BigDecimal value) {
        if (value == null) {
            return writeNull();
        }
        SensitiveKind k = engine.kindForValue();
        String masked;
        if (k != null) {
            writeMaskedAs(k, value.toString());
        } else if ((masked = engine.maskNumber(value)) != null) {
            writeQuoted(masked);
        } else {
            // BigDecimal caches its toString(); the text is always a valid JSON number (1E+3 included)
            String number = value.toString();
            beforeValue();
            ensure(number.length());
            appendAscii(number);
        }
        engine.endValue();
        return this;
    }

    /** A double; NaN and infinities, which JSON has no number for, are written as strings. */
    public MaskingJsonWriter writeNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return writeString(Double.toString(value));
        }
        return writeNumberText(Double.toString(value));
    }

    /**
     * A number already rendered as JSON number text (a big integer, a parsed tree's literal). Text that is not a
     * plain JSON number is scanned and written as a string instead, so it can never inject structure nor bypass
     * the scan.
     */
    public MaskingJsonWriter writeNumberText(String number) {
        SensitiveKind k = engine.kindForValue();
        String masked;
        if (k != null) {
            writeMaskedAs(k, number);
        } else if ((masked = engine.maskNumber(number)) != null) {
            writeQuoted(masked);
        } else {
            beforeValue();
            ensure(number.length());
            appendAscii(number);
        }
        engine.endValue();
        return this;
    }

    public MaskingJsonWriter writeBoolean(boolean value) {
        String masked = engine.maskBoolean(value);
        if (masked != null) {
            writeQuoted(masked);
        } else {
            beforeValue();
            appendRaw(value ? TRUE : FALSE);
        }
        engine.endValue();
        return this;
    }

    public MaskingJsonWriter writeNull() {
        beforeValue();
        appendRaw(NULL);
        engine.endValue();
        return this;
    }

    private void writeMaskedAs(SensitiveKind k, String value) {
        scratch.setLength(0);
        engine.masker().appendMasked(k, value, scratch);
        beforeValue();
        int n = scratch.length();
        char[] c = text.length >= n ? text : new char[n];
        scratch.getChars(0, n, c, 0);
        ensure(n * 6 + 2);
        buf[pos++] = '"';
        appendEscaped(c, 0, n);
        buf[pos++] = '"';
    }

    /**
     * A string that may hold user input. It is copied while the scanner's quick pass runs over it; the full scan
     * runs only when the pass says a detector may match (or a char needs escaping), and the copy is then taken
     * back.
     */
    private void writeScanned(String value) {
        int n = value.length();
        if (!engine.mustScan()) {
            writeQuoted(value);
            return;
        }
        Masker masker = engine.masker();
        if (n > text.length || masker.hasValueRules()) {
            writeQuoted(masker.maskText(value));
            return;
        }
        if (!TextScanner.worthScanning(n)) {
            writeQuoted(value);
            return;
        }
        char[] c = text;
        value.getChars(0, n, c, 0);
        int mark = pos;
        boolean wasAfterName = afterName;
        int depth = engine.depth();
        boolean wasOpen = open[depth];
        beforeValue();
        ensure(n + 2);
        buf[pos] = '"';
        if (TextScanner.quickCopy(c, 0, n, buf, pos + 1)) {
            pos += n + 1;
            buf[pos++] = '"';
            return;
        }
        pos = mark;
        afterName = wasAfterName;
        open[depth] = wasOpen;
        writeQuoted(masker.maskText(value));
    }

    private void writeQuoted(String text) {
        beforeValue();
        int n = text.length();
        ensure(n * 6 + 2);
        buf[pos++] = '"';
        appendEscaped(text);
        buf[pos++] = '"';
    }

    // ------------------------------------------------------------------ encoding

    /** Appends the escaped UTF-8 of {@code s}; room for 6 bytes per char must be ensured by the caller. */
    private void appendEscaped(String s) {
        int n = s.length();
        char[] c = text;
        if (c.length < n) {
            c = new char[Math.max(n, c.length * 2)];
            if (n <= RETAINED_CAPACITY) {
                text = c;
            }
        }
        // one bulk copy, then a loop without String's per-char checks; printable ASCII costs a load and a store
        s.getChars(0, n, c, 0);
        appendEscaped(c, 0, n);
    }

    private void appendEscaped(char[] c, int from, int end) {
        byte[] b = buf;
        // b[i + shift] rather than b[p++]: an index linear in the loop's own counter lets the JIT drop the bounds
        // check from the loop (room is ensured by the caller)
        int shift = pos - from;
        int i = from;
        for (; i < end; i++) {
            char ch = c[i];
            if (ch >= 0x80 || ESCAPE[ch] != 0) {
                break;
            }
            b[i + shift] = (byte) ch;
        }
        pos = i + shift;
        for (; i < end; i++) {
            i = appendChar(c, i, end);
        }
    }

    /** Appends char {@code i} escaped, or the surrogate pair it starts; returns the index of the last char used. */
    private int appendChar(char[] c, int i, int end) {
        char ch = c[i];
        if (ch < 0x80 && ESCAPE[ch] == 0) {
            buf[pos++] = (byte) ch;
        } else if (Character.isHighSurrogate(ch) && i + 1 < end && Character.isLowSurrogate(c[i + 1])) {
            appendCodePoint(Character.toCodePoint(ch, c[i + 1]));
            return i + 1;
        } else {
            appendSpecial(ch);
        }
        return i;
    }

    /** An escaped ASCII char, a non-ASCII BMP char, or U+FFFD for a lone surrogate. */
    private void appendSpecial(char c) {
        if (c < 0x80) {
            buf[pos++] = '\\';
            if (ESCAPE[c] == 1) {
                buf[pos++] = SHORT_ESCAPE[c];
            } else {
                appendUnicodeEscape(c);
            }
        } else if (JsonMaskingEngine.isLineSeparator(c)) {
            // JSON allows them raw, but JavaScript tools and some log viewers break lines there
            buf[pos++] = '\\';
            appendUnicodeEscape(c);
        } else if (Character.isSurrogate(c)) {
            appendCodePoint(0xFFFD);
        } else {
            appendCodePoint(c);
        }
    }

    private void appendUnicodeEscape(char c) {
        buf[pos++] = 'u';
        buf[pos++] = HEX[(c >> 12) & 0xF];
        buf[pos++] = HEX[(c >> 8) & 0xF];
        buf[pos++] = HEX[(c >> 4) & 0xF];
        buf[pos++] = HEX[c & 0xF];
    }

    private void appendCodePoint(int cp) {
        if (cp < 0x800) {
            buf[pos++] = (byte) (0xC0 | (cp >> 6));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf[pos++] = (byte) (0xE0 | (cp >> 12));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            buf[pos++] = (byte) (0xF0 | (cp >> 18));
            buf[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[pos++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    private void appendLong(long value) {
        if (value == Long.MIN_VALUE) {
            appendAscii("-9223372036854775808");
            return;
        }
        long v = value;
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        int end = pos + digits;
        for (int p = end - 1; p >= pos; p--) {
            buf[p] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        pos = end;
    }

    /** Appends ASCII text (a number's digits); room must be ensured by the caller. */
    private void appendAscii(String s) {
        byte[] b = buf;
        int p = pos;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            b[p + i] = (byte) s.charAt(i);
        }
        pos = p + n;
    }

    private void appendRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            long wanted = Math.max((long) buf.length * 2, (long) pos + more);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("line too long: " + wanted + " bytes");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }
}
