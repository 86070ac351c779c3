package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.json.JsonMaskingEngine;
import java.util.Set;

/**
 * Masks one JSON text field by field: a driver of the {@link JsonMaskingEngine} the log encoder uses, so the
 * rules are the same (a value under a sensitive name, or under an ancestor with one, is masked whole; other
 * strings are scanned; number tokens that are no valid JSON number, or long enough to be a card or a phone, are
 * scanned too and written as strings when something is found). Unchanged tokens are copied byte for byte, so a
 * line that holds nothing sensitive comes out identical. Uses the JDK only, so the scrubber runs from the thin
 * jar. Not thread-safe: one per scrubber.
 */
public final class JsonLineMasker {

    private static final int MAX_DEPTH = 512;

    private final Masker masker;
    private final JsonMaskingEngine engine = new JsonMaskingEngine(Set.of());

    public JsonLineMasker(Masker masker) {
        this.masker = masker;
    }

    /** The masked JSON (still one valid JSON text), or {@code null} if the text is not a JSON object or array. */
    public String mask(String json) {
        return mask(json, 0);
    }

    /**
     * The masked JSON text that starts at {@code from} and runs to the end of {@code line}, or {@code null} if that
     * part is not one JSON object or array (surrounding whitespace allowed).
     */
    public String mask(String line, int from) {
        Run run = new Run(line, from);
        engine.begin(masker);
        try {
            run.ws();
            char first = run.peek();
            if (first != '{' && first != '[') {
                return null;
            }
            run.value();
            run.ws();
            return run.pos == line.length() ? run.out.toString() : null;
        } catch (Invalid e) {
            return null;
        }
    }

    /** Not JSON; the caller treats the line as text. Cheap: no stack trace. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }

    private final class Run {
        final String s;
        final StringBuilder out;
        int pos;

        Run(String s, int from) {
            this.s = s;
            this.pos = from;
            this.out = new StringBuilder(s.length() - from + 16);
        }

        char peek() {
            if (pos >= s.length()) {
                throw new Invalid();
            }
            return s.charAt(pos);
        }

        void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                    return;
                }
                out.append(c);
                pos++;
            }
        }

        void expect(char c) {
            if (peek() != c) {
                throw new Invalid();
            }
            out.append(c);
            pos++;
        }

        void value() {
            char c = peek();
            switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> {
                    int start = pos;
                    String value = string();
                    String safe = engine.maskString(value);
                    engine.endValue();
                    copyOrQuote(safe, value, start);
                }
                case 't' -> bool("true");
                case 'f' -> bool("false");
                case 'n' -> {
                    literal("null");
                    engine.endValue();
                }
                default -> number();
            }
        }

        /** The token as read when it is unchanged and holds no line separator; else written by the one quoting. */
        void copyOrQuote(String safe, String original, int start) {
            if (safe == original && !separatorRead) {
                out.append(s, start, pos);
            } else {
                JsonMaskingEngine.quote(safe, out);
            }
        }

        void open(char bracket) {
            if (engine.depth() >= MAX_DEPTH) {
                throw new Invalid();
            }
            expect(bracket);
            engine.startContainer();
        }

        void close(char bracket) {
            expect(bracket);
            engine.endContainer();
        }

        void object() {
            open('{');
            ws();
            if (peek() == '}') {
                close('}');
                return;
            }
            while (true) {
                ws();
                if (peek() != '"') {
                    throw new Invalid();
                }
                int start = pos;
                String name = string();
                copyOrQuote(engine.onName(name), name, start);
                ws();
                expect(':');
                ws();
                value();
                ws();
                if (peek() == ',') {
                    expect(',');
                } else {
                    close('}');
                    return;
                }
            }
        }

        void array() {
            open('[');
            ws();
            if (peek() == ']') {
                close(']');
                return;
            }
            while (true) {
                ws();
                value();
                ws();
                if (peek() == ',') {
                    expect(',');
                } else {
                    close(']');
                    return;
                }
            }
        }

        void bool(String word) {
            int start = out.length();
            literal(word);
            String masked = engine.maskBoolean(word.length() == 4);
            engine.endValue();
            if (masked != null) {
                out.setLength(start);
                JsonMaskingEngine.quote(masked, out);
            }
        }

        void literal(String word) {
            if (!s.startsWith(word, pos)) {
                throw new Invalid();
            }
            out.append(word);
            pos += word.length();
        }

        /**
         * A number token, read loosely ({@code 4111-1111-1111-1111}, {@code +79161234567} and {@code 00123} are
         * read whole): the engine says whether it is copied or written as a masked string (still valid JSON).
         */
        void number() {
            int start = pos;
            int digits = 0;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c >= '0' && c <= '9') {
                    digits++;
                } else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                    break;
                }
                pos++;
            }
            if (digits == 0) {
                throw new Invalid();
            }
            String text = s.substring(start, pos);
            String masked = engine.maskNumber(text);
            engine.endValue();
            if (masked == null || masked == text) {
                // a valid number, or a loose token the scan found nothing in: copied as it was
                out.append(text);
            } else {
                JsonMaskingEngine.quote(masked, out);
            }
        }

        /** Whether the last string read held a raw U+0085, U+2028 or U+2029, which must be written escaped. */
        boolean separatorRead;

        String string() {
            separatorRead = false;
            pos++; // opening quote
            StringBuilder sb = null;
            int runStart = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw new Invalid();
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    String value = sb == null ? s.substring(runStart, pos) : sb.append(s, runStart, pos).toString();
                    pos++;
                    return value;
                }
                if (c < 0x20) {
                    throw new Invalid();
                }
                if (JsonMaskingEngine.isLineSeparator(c)) {
                    separatorRead = true;
                }
                if (c == '\\') {
                    if (sb == null) {
                        sb = new StringBuilder();
                    }
                    sb.append(s, runStart, pos);
                    if (pos + 1 >= s.length()) {
                        throw new Invalid();
                    }
                    char e = s.charAt(pos + 1);
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            if (pos + 6 > s.length()) {
                                throw new Invalid();
                            }
                            try {
                                sb.append((char) Integer.parseInt(s.substring(pos + 2, pos + 6), 16));
                            } catch (NumberFormatException ex) {
                                throw new Invalid();
                            }
                            pos += 4;
                        }
                        default -> throw new Invalid();
                    }
                    pos += 2;
                    runStart = pos;
                    continue;
                }
                pos++;
            }
        }
    }
}
