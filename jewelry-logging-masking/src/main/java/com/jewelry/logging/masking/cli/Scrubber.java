package com.jewelry.logging.masking.cli;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.internal.JsonLineMasker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Masks an existing log stream line by line: a JSON line field by field (it stays one valid JSON line), also
 * after a text prefix, any other line as text with its control characters escaped. Exactly one output line per
 * input line (a CR before the line feed is kept as the line ending); invalid UTF-8 becomes U+FFFD, binary junk
 * is scanned as text, and a line that cannot be processed is replaced by {@value Masker#ERROR_MARKER}. Not
 * thread-safe: one per stream.
 */
public final class Scrubber {

    /** How many {@code '{'}/{@code '['} of a line are tried as the start of its JSON: bounds the work on junk. */
    static final int JSON_STARTS_TRIED = 4;

    private final Masker masker;
    private final JsonLineMasker json;

    public Scrubber(Masker masker) {
        this.masker = masker;
        this.json = new JsonLineMasker(masker);
    }

    /** @return the number of lines written */
    public long run(InputStream in, OutputStream out) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        byte[] buf = new byte[65536];
        long lines = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, start, i - start);
                    writeLine(decoder, line, true, out);
                    lines++;
                    start = i + 1;
                }
            }
            line.write(buf, start, n - start);
        }
        if (line.size() > 0) {
            writeLine(decoder, line, false, out);
            lines++;
        }
        out.flush();
        return lines;
    }

    private void writeLine(CharsetDecoder decoder, ByteArrayOutputStream bytes, boolean newline, OutputStream out)
            throws IOException {
        String text = decode(decoder, bytes);
        bytes.reset();
        boolean cr = text.endsWith("\r");
        if (cr) {
            text = text.substring(0, text.length() - 1);
        }
        String masked;
        try {
            masked = maskLine(text);
        } catch (RuntimeException | StackOverflowError e) {
            // fail closed: one unreadable line must neither stop the scrubber nor pass through raw
            masked = Masker.ERROR_MARKER;
        }
        out.write(masked.getBytes(StandardCharsets.UTF_8));
        if (cr) {
            out.write('\r');
        }
        if (newline) {
            out.write('\n');
        }
    }

    /**
     * One line, without its line break. A line that is JSON, or holds JSON from one of its first
     * {@value #JSON_STARTS_TRIED} {@code '{'}/{@code '['} to its end after a prefix (a timestamp and level, a syslog
     * header, a BOM), is masked field by field with the prefix scanned as text; any other line is scanned as text.
     * Text is written with its control characters escaped visibly (see {@link #escapeControls(String)}).
     */
    public String maskLine(String line) {
        int tried = 0;
        for (int i = 0; i < line.length() && tried < JSON_STARTS_TRIED; i++) {
            char c = line.charAt(i);
            if (c != '{' && c != '[') {
                continue;
            }
            tried++;
            String masked = json.mask(line, i);
            if (masked != null) {
                return i == 0 ? masked : escapeControls(masker.maskText(line.substring(0, i))) + masked;
            }
        }
        return escapeControls(masker.maskText(line));
    }

    /**
     * Text as a viewer may show it without being fooled: CR, ESC (ANSI colour and cursor sequences), every other C0
     * control except TAB, DEL, the C1 controls (NEL among them), U+2028, U+2029 and the bidirectional overrides are
     * written as {@code \r} or a backslash-u escape with four hex digits. The text itself when it has none.
     */
    static String escapeControls(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !mustEscape(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!mustEscape(c)) {
                sb.append(c);
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\n') {
                sb.append("\\n");
            } else {
                sb.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16))
                        .append(Character.forDigit(c >> 8 & 0xF, 16)).append(Character.forDigit(c >> 4 & 0xF, 16))
                        .append(Character.forDigit(c & 0xF, 16));
            }
        }
        return sb.toString();
    }

    private static boolean mustEscape(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String decode(CharsetDecoder decoder, ByteArrayOutputStream bytes) {
        try {
            decoder.reset();
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes.toByteArray()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            // unreachable with REPLACE; decode leniently anyway
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
