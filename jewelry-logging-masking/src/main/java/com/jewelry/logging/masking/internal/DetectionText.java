package com.jewelry.logging.masking.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The copy of a text the detectors read: Unicode digits as ASCII digits, format characters (zero-width space,
 * soft hyphen, word joiner...) dropped, every kind of space and the tab as a plain space, dashes as {@code -},
 * other compatibility forms (full-width {@code ＠ ＋}, ligatures) by NFKC, and {@code %XX} escapes decoded. Each
 * char of the copy remembers the original range it came from, so a finding masks the original text.
 * Plain ASCII without {@code %} or a tab needs no copy: {@link #of} then returns {@code null} and costs one
 * pass over the chars.
 */
public final class DetectionText {

    private final String text;
    private final int[] from;
    private final int[] to;

    private DetectionText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** What the detectors read. */
    public String text() {
        return text;
    }

    /** The original index where the copy's char {@code i} starts. */
    public int originalStart(int i) {
        return from[i];
    }

    /** The original index just after the copy's char {@code i - 1} (the end of a finding ending at {@code i}). */
    public int originalEnd(int i) {
        return to[i - 1];
    }

    /**
     * Whether an invisible char was dropped inside {@code [start, end)} of the copy (a soft hyphen or zero-width
     * space between digits): nobody types that, so a number hiding behind one needs no context word.
     */
    public boolean hidesCharsIn(int start, int end) {
        for (int k = Math.max(1, start + 1); k < end; k++) {
            if (from[k] > to[k - 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text needs a detection copy at all: ASCII (but {@code %} and tab) and Cyrillic letters are
     * their own copy, so Russian text costs no copy either.
     */
    public static boolean needed(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 ? c == '%' || c == '\t' : !(c >= 0x0400 && c <= 0x04FF || c == '№')) {
                return true;
            }
        }
        return false;
    }

    /** The detection copy of {@code s}, or {@code null} when it would equal {@code s}. */
    public static DetectionText of(String s) {
        if (!needed(s)) {
            return null;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 8];
        int[] to = new int[n + 8];
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c == '%') {
                    int before = out.length();
                    int consumed = percent(s, i, out);
                    if (consumed > 0) {
                        from = grow(from, out.length());
                        to = grow(to, out.length());
                        mark(from, to, before, out.length(), i, i + consumed);
                        i += consumed;
                        continue;
                    }
                }
                out.append(c == '\t' ? ' ' : c);
                from = grow(from, out.length());
                to = grow(to, out.length());
                mark(from, to, out.length() - 1, out.length(), i, i + 1);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            int before = out.length();
            appendNormalised(cp, out);
            from = grow(from, out.length());
            to = grow(to, out.length());
            mark(from, to, before, out.length(), i, i + len);
            i += len;
        }
        return new DetectionText(out.toString(), from, to);
    }

    private static void appendNormalised(int cp, StringBuilder out) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return; // zero-width space, soft hyphen, word joiner, ZWJ, BOM: invisible, so they split nothing
        }
        if (Character.isDigit(cp)) {
            out.append((char) ('0' + Character.digit(cp, 10)));
            return;
        }
        if (Character.isSpaceChar(cp)) {
            out.append(type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR ? '\n' : ' ');
            return;
        }
        if (type == Character.DASH_PUNCTUATION) {
            out.append('-');
            return;
        }
        if ((cp >= 0x0400 && cp <= 0x04FF) || cp == '№') {
            out.append((char) cp); // Cyrillic is already what the context words are written in
            return;
        }
        String one = new String(Character.toChars(cp));
        String nf = Normalizer.normalize(one, Normalizer.Form.NFKC);
        if (nf.isEmpty()) {
            return;
        }
        out.append(nf);
    }

    /**
     * Decodes a {@code %XX} escape (or a two-byte UTF-8 sequence {@code %D0%BF}) at {@code i}; returns how many
     * original chars it consumed, 0 when there is no escape.
     */
    private static int percent(String s, int i, StringBuilder out) {
        int b = hexByte(s, i);
        if (b < 0) {
            return 0;
        }
        if (b >= 0x20 && b < 0x7F) {
            out.append((char) b);
            return 3;
        }
        if (b >= 0xC2 && b <= 0xDF && i + 5 < s.length() && s.charAt(i + 3) == '%') {
            int b2 = hexByte(s, i + 3);
            if (b2 >= 0x80 && b2 <= 0xBF) {
                out.append(new String(new byte[] {(byte) b, (byte) b2}, StandardCharsets.UTF_8));
                return 6;
            }
        }
        return 0;
    }

    private static int hexByte(String s, int i) {
        if (i + 2 >= s.length()) {
            return -1;
        }
        int h = Character.digit(s.charAt(i + 1), 16);
        int l = Character.digit(s.charAt(i + 2), 16);
        return h < 0 || l < 0 || s.charAt(i + 1) >= 128 || s.charAt(i + 2) >= 128 ? -1 : h * 16 + l;
    }

    private static int[] grow(int[] a, int needed) {
        return needed <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(needed, a.length * 2));
    }

    private static void mark(int[] from, int[] to, int outStart, int outEnd, int origStart, int origEnd) {
        for (int k = outStart; k < outEnd; k++) {
            from[k] = origStart;
            to[k] = origEnd;
        }
    }
}
