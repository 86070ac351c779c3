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
 * Masks an existing log stream line by line: a JSON line field by field (it stays one valid JSON line), any
 * other line as text. Exactly one output line per input line; invalid UTF-8 becomes U+FFFD, binary junk is
 * scanned as text, and a line that cannot be processed is replaced by {@value Masker#ERROR_MARKER}.
 */
public final class Scrubber {

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

    /** One line, without its line break. */
    public String maskLine(String line) {
        String trimmed = line.stripLeading();
        if (!trimmed.isEmpty() && (trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[')) {
            String masked = json.mask(line);
            if (masked != null) {
                return masked;
            }
        }
        return masker.maskText(line);
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
