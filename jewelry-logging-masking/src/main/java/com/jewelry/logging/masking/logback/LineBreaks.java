package com.jewelry.logging.masking.logback;

/** Escapes characters that would start a new line in a plain-text log. */
final class LineBreaks {

    private LineBreaks() {
    }

    /** The text itself when it has no line break. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\u0085', '\u2028', '\u2029', '\u000B', '\u000C' -> sb.append("\\u")
                        .append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                        .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
                || c == '\u000C';
    }
}
