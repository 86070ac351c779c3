package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.FieldName;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.SensitiveKind;

/**
 * Masks one JSON text field by field, with the same rules as the log encoder (a value under a sensitive name,
 * or under an ancestor with one, is masked whole; other strings are scanned). Unchanged tokens are copied
 * byte for byte, so a line that holds nothing sensitive comes out identical. Uses the JDK only, so the
 * scrubber runs from the thin jar.
 */
public final class JsonLineMasker {

    private static final int MAX_DEPTH = 512;

    private final Masker masker;

    public JsonLineMasker(Masker masker) {
        this.masker = masker;
    }

    /** The masked JSON (still one valid JSON text), or {@code null} if the text is not a JSON object or array. */
    public String mask(String json) {
        Run run = new Run(json);
        try {
            run.ws();
            char first = run.peek();
            if (first != '{' && first != '[') {
                return null;
            }
            run.value(null, 0);
            run.ws();
            return run.pos == json.length() ? run.out.toString() : null;
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

        Run(String s) {
            this.s = s;
            this.out = new StringBuilder(s.length() + 16);
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

        void value(SensitiveKind kind, int depth) {
            if (depth > MAX_DEPTH) {
                throw new Invalid();
            }
            char c = peek();
            switch (c) {
                case '{' -> object(kind, depth);
                case '[' -> array(kind, depth);
                case '"' -> {
                    int start = pos;
                    String value = string();
                    String safe = kind != null ? masker.maskAs(kind, value) : masker.maskText(value);
                    if (safe == value) {
                        out.append(s, start, pos);
                    } else {
                        quote(safe);
                    }
                }
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> number(kind);
            }
        }

        void object(SensitiveKind kind, int depth) {
            expect('{');
            ws();
            if (peek() == '}') {
                expect('}');
                return;
            }
            while (true) {
                ws();
                if (peek() != '"') {
                    throw new Invalid();
                }
                int start = pos;
                String name = string();
                FieldName field = masker.field(name);
                if (field.safeName() == name) {
                    out.append(s, start, pos);
                } else {
                    quote(field.safeName());
                }
                ws();
                expect(':');
                ws();
                value(field.kind() != null ? field.kind() : kind, depth + 1);
                ws();
                if (peek() == ',') {
                    expect(',');
                } else {
                    expect('}');
                    return;
                }
            }
        }

        void array(SensitiveKind kind, int depth) {
            expect('[');
            ws();
            if (peek() == ']') {
                expect(']');
                return;
            }
            while (true) {
                ws();
                value(kind, depth + 1);
                ws();
                if (peek() == ',') {
                    expect(',');
                } else {
                    expect(']');
                    return;
                }
            }
        }

        void literal(String word) {
            if (!s.startsWith(word, pos)) {
                throw new Invalid();
            }
            out.append(word);
            pos += word.length();
        }

        void number(SensitiveKind kind) {
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
            }
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
            if (kind == null) {
                out.append(text);
            } else {
                quote(masker.maskAs(kind, text));
            }
        }

        String string() {
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

        void quote(String value) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16))
                                    .append(Character.forDigit(c >> 8 & 0xF, 16))
                                    .append(Character.forDigit(c >> 4 & 0xF, 16))
                                    .append(Character.forDigit(c & 0xF, 16));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
