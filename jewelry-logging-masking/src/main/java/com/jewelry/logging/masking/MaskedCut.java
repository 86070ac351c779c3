package com.jewelry.logging.masking;

/**
 * Bounds a text that may carry user input: the whole text is masked first and the masked text is cut, so a value
 * straddling the limit can never leave its head in clear ({@code 4111 1111 1111 111…}). The cut never falls inside
 * a masked marker ({@code [masked:card]}, {@link Masker#ERROR_MARKER}, a pseudonym {@code [email:hmac:…]}) nor
 * between the halves of a surrogate pair, and the cut text ends with {@value #TRUNCATED_PREFIX}{@code N chars]},
 * N being the length of the original text.
 */
public final class MaskedCut {

    /** What ends a cut text, before the original length: {@code …[truncated, 9000 chars]}. */
    public static final String TRUNCATED_PREFIX = "…[truncated, ";
    private static final String MASKED_MARKER = "[masked:";
    private static final String PSEUDONYM_INFIX = ":hmac:";

    private MaskedCut() {
    }

    /**
     * A bounded text.
     *
     * @param text the masked text, cut and marked if it was longer than the limit; null for a null input
     * @param cut  whether it was cut
     */
    public record Cut(String text, boolean cut) {
    }

    /**
     * Masks {@code text} whole ({@link Masker#maskAs} when the kind is known, else {@link Masker#maskText}) and
     * cuts the result to {@code maxChars}, then appends the truncation marker. Never throws because of the text.
     *
     * @param kindOrNull what the whole text is (a name rule or {@link Sensitive} said so), or null to scan it
     * @param maxChars   how many chars of the masked text are kept at most, marker excluded; at least 1
     */
    public static Cut cut(Masker masker, SensitiveKind kindOrNull, String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1: " + maxChars);
        }
        if (text == null) {
            return new Cut(null, false);
        }
        String masked = kindOrNull != null ? masker.maskAs(kindOrNull, text) : masker.maskText(text);
        if (masked.length() <= maxChars) {
            return new Cut(masked, false);
        }
        int end = cutPoint(masked, maxChars);
        return new Cut(masked.substring(0, end) + truncationMarker(text.length()), true);
    }

    /** The marker a cut text ends with, for a text that was {@code originalLength} chars long. */
    public static String truncationMarker(int originalLength) {
        return TRUNCATED_PREFIX + originalLength + " chars]";
    }

    /** Where to cut {@code masked} to keep at most {@code maxChars}: before a marker or pair that would be split. */
    static int cutPoint(String masked, int maxChars) {
        int end = maxChars;
        if (Character.isLowSurrogate(masked.charAt(end)) && Character.isHighSurrogate(masked.charAt(end - 1))) {
            end--;
        }
        // the last '[' before the cut that is not closed before it: a marker the cut would split
        for (int i = end - 1; i >= 0; i--) {
            char c = masked.charAt(i);
            if (c == ']') {
                break;
            }
            if (c == '[') {
                if (isMarkerStart(masked, i)) {
                    end = i;
                }
                break;
            }
        }
        return end;
    }

    /** {@code [masked:...]} (the error marker included) or a pseudonym {@code [label:hmac:...]}. */
    private static boolean isMarkerStart(String s, int bracket) {
        if (s.startsWith(MASKED_MARKER, bracket)) {
            return true;
        }
        for (SensitiveKind kind : SensitiveKind.values()) {
            String label = kind.label();
            if (s.startsWith(label, bracket + 1) && s.startsWith(PSEUDONYM_INFIX, bracket + 1 + label.length())) {
                return true;
            }
        }
        return false;
    }
}
