package com.jewelry.logging.masking.json;

import com.jewelry.logging.masking.FieldName;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.SensitiveKind;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The one masking state machine every JSON path drives: the library's {@link MaskingJsonWriter}, the LLE
 * generator decorator and the scrubber's line masker feed it their tokens and write what it decides. It keeps the
 * kind each depth inherits from an ancestor's name (a value under {@code deliveryAddress.old} is an address), the
 * kind the pending property name implies, the depth below which values sit under an unscanned top-level name
 * (envelope fields written by code), and a cache of the names seen with their masked form.
 *
 * <p>Token protocol: {@link #begin(Masker)} per line; {@link #startContainer()} / {@link #endContainer()} around
 * objects and arrays; {@link #name(String)} for a property name; for each scalar one of {@link #maskString},
 * {@link #maskNumber} or {@link #kindForValue()}/{@link #mustScan()}, then {@link #endValue()}. Not thread-safe:
 * one instance per writer. JDK only.
 */
public final class JsonMaskingEngine {

    private static final int NAME_CACHE = 512;
    private static final int PROBES = 4;
    /** A number of at least this many integer digits may be a card, a phone or an account: it is scanned. */
    static final int SCANNED_NUMBER_DIGITS = 10;

    private final Set<String> unscannedTopLevel;
    private Masker masker;

    /** {@code inherited[d]}: the kind every value at depth {@code d} has because of an ancestor's name. */
    private SensitiveKind[] inherited = new SensitiveKind[16];
    private int depth;
    private SensitiveKind nameKind;
    private boolean skipScan;
    /** Values at this depth or deeper sit under an unscanned top-level name. */
    private int trustedDepth = Integer.MAX_VALUE;

    /** The name cache: one object per name, so a lookup touches one array and one object. */
    private final NameSlot[] names = new NameSlot[NAME_CACHE];

    /** A cached name: what the masker says of it, and a driver's encoded form of its safe name. */
    private static final class NameSlot {
        final String key;
        final FieldName field;
        final SensitiveKind kind;
        final boolean unscanned;
        /** The writer's {@code "name":} bytes, once it has encoded them. */
        byte[] encoded;

        NameSlot(String key, FieldName field, boolean unscanned) {
            this.key = key;
            this.field = field;
            this.kind = field.kind();
            this.unscanned = unscanned;
        }
    }

    /**
     * @param unscannedTopLevel top-level property names whose whole value is written by code and never holds user
     *                          input: their values are not scanned (name rules still apply)
     */
    public JsonMaskingEngine(Set<String> unscannedTopLevel) {
        this.unscannedTopLevel = Set.copyOf(unscannedTopLevel);
    }

    /** The top-level names whose values are not scanned. */
    public Set<String> unscannedTopLevel() {
        return unscannedTopLevel;
    }

    /** Starts a line with this masker (the policy in force now); the name cache is kept while the masker is. */
    public void begin(Masker currentMasker) {
        Objects.requireNonNull(currentMasker, "masker");
        if (currentMasker != masker) {
            masker = currentMasker;
            Arrays.fill(names, null);
        }
        depth = 0;
        nameKind = null;
        skipScan = false;
        trustedDepth = Integer.MAX_VALUE;
    }

    public Masker masker() {
        return masker;
    }

    /** The current nesting depth: 0 outside the line's top-level container. */
    public int depth() {
        return depth;
    }

    // ------------------------------------------------------------------ structure

    /** An object or array starts: it and its content inherit the pending name's kind and trust. */
    public void startContainer() {
        SensitiveKind k = depth == 0 ? nameKind : kindForValue();
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

    /** The innermost object or array ends (ignored at depth 0: drivers that must refuse it check first). */
    public void endContainer() {
        if (depth > 0) {
            depth--;
        }
        if (depth < trustedDepth) {
            trustedDepth = Integer.MAX_VALUE;
        }
        nameKind = null;
        skipScan = depth >= trustedDepth;
    }

    // ------------------------------------------------------------------ names

    /**
     * A property name: the value that follows is masked as the name says. Returns the name's cache slot, for
     * {@link #safeName(int)}, {@link #field(int)} and {@link #encodedName(int)}.
     */
    public int name(String name) {
        int slot = slotOf(Objects.requireNonNull(name, "name"));
        NameSlot cached = names[slot];
        nameKind = cached.kind;
        skipScan = (depth == 1 && cached.unscanned) || depth >= trustedDepth;
        return slot;
    }

    /** {@link #name(String)} for drivers that only need the name to write. */
    public String onName(String name) {
        return names[name(name)].field.safeName();
    }

    /** A numeric property id (Jackson's {@code writePropertyId}): says nothing about the value. */
    public void anonymousName() {
        nameKind = null;
        skipScan = depth >= trustedDepth;
    }

    /** The name to write: the name itself unless it held a sensitive value. */
    public String safeName(int slot) {
        return names[slot].field.safeName();
    }

    public FieldName field(int slot) {
        return names[slot].field;
    }

    /** The driver's cached encoding of the slot's safe name, {@code null} until {@link #encodedName(int, byte[])}. */
    public byte[] encodedName(int slot) {
        return names[slot].encoded;
    }

    public void encodedName(int slot, byte[] bytes) {
        names[slot].encoded = bytes;
    }

    /**
     * The cache slot of a name: the same instance is found by identity, an equal one by equals; up to
     * {@link #PROBES} neighbouring slots are tried, so two names of a line that hash alike do not evict each other.
     */
    private int slotOf(String name) {
        int h = name.hashCode();
        int home = (h ^ (h >>> 16)) & (NAME_CACHE - 1);
        int free = -1;
        for (int p = 0; p < PROBES; p++) {
            int slot = (home + p) & (NAME_CACHE - 1);
            NameSlot cached = names[slot];
            String key = cached == null ? null : cached.key;
            if (key == name) {
                return slot;
            }
            if (key == null) {
                if (free < 0) {
                    free = slot;
                }
            } else if (key.equals(name)) {
                return slot;
            }
        }
        int slot = free >= 0 ? free : home;
        names[slot] = new NameSlot(name, masker.field(name), unscannedTopLevel.contains(name));
        return slot;
    }

    // ------------------------------------------------------------------ values

    /** The kind the next value has because of its name or an ancestor's; {@code null} if none. */
    public SensitiveKind kindForValue() {
        return nameKind != null ? nameKind : inherited[depth];
    }

    /** Whether a value without a kind must be scanned (it is not under an unscanned top-level name). */
    public boolean mustScan() {
        return !skipScan;
    }

    /** The next value is of this kind whatever its name (a property a DTO declared {@code @Sensitive}). */
    public void overrideKind(SensitiveKind kind) {
        nameKind = Objects.requireNonNull(kind, "kind");
    }

    /** A scalar was written: the pending name is used up. */
    public void endValue() {
        nameKind = null;
    }

    /** A string value as it must be written: masked whole by kind, scanned, or the same instance when clean. */
    public String maskString(String value) {
        if (value == null) {
            return null;
        }
        SensitiveKind k = kindForValue();
        if (k != null) {
            return masker.maskAs(k, value);
        }
        return skipScan ? value : masker.maskText(value);
    }

    /**
     * A number given as text (a parsed token, a big integer's digits, a long's rendering). Returns {@code null}
     * when it is written as the number it is; otherwise the text to write as a JSON string: masked by kind under
     * a sensitive name, scanned when it is not a valid JSON number ({@code 4111-1111-1111-1111},
     * {@code +79161234567}, {@code 00123}: never copied raw), and scanned when it has
     * {@value #SCANNED_NUMBER_DIGITS} or more integer digits (a bare card or phone number) and the scan finds
     * something.
     */
    public String maskNumber(String number) {
        SensitiveKind k = kindForValue();
        if (k != null) {
            return masker.maskAs(k, number);
        }
        if (!isJsonNumber(number)) {
            return skipScan ? number : masker.maskText(number);
        }
        if (skipScan || integerDigits(number) < SCANNED_NUMBER_DIGITS) {
            return null;
        }
        String masked = masker.maskText(number);
        return masked == number ? null : masked;
    }

    /** {@link #maskNumber(String)} for a long; the text is made only when the kind or the size asks for it. */
    public String maskNumber(long value) {
        if (kindForValue() == null && (skipScan || (value > -1_000_000_000L && value < 1_000_000_000L))) {
            return null;
        }
        return maskNumber(Long.toString(value));
    }

    /** A boolean: {@code null} when written as is, the masked text under a sensitive name. */
    public String maskBoolean(boolean value) {
        SensitiveKind k = kindForValue();
        return k == null ? null : masker.maskAs(k, value ? "true" : "false");
    }

    /** {@link #maskNumber(String)} for a decimal, written as its {@code toString()}. */
    public String maskNumber(java.math.BigDecimal value) {
        if (kindForValue() == null && (skipScan || value.precision() - value.scale() < SCANNED_NUMBER_DIGITS)) {
            return null;
        }
        return maskNumber(value.toString());
    }

    /** -?(0|[1-9]digits)(.digits)?([eE][+-]?digits)? */
    public static boolean isJsonNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    private static int integerDigits(String number) {
        int digits = 0;
        for (int i = 0, n = number.length(); i < n; i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '-') {
                break;
            }
        }
        return digits;
    }

    // ------------------------------------------------------------------ text

    /**
     * Appends {@code value} as a JSON string: quotes, backslashes and every C0 control escaped, and the line
     * separators some readers split on (U+0085, U+2028, U+2029) escaped too; a lone surrogate becomes U+FFFD.
     * For drivers that build text (the scrubber, the LLE generator's rare path); the writer encodes bytes itself.
     */
    public static void quote(CharSequence value, StringBuilder out) {
        out.append('"');
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || isLineSeparator(c)) {
                        unicodeEscape(c, out);
                    } else if (Character.isHighSurrogate(c) && i + 1 < n
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** U+0085 (NEL), U+2028 and U+2029: valid raw in JSON, but some readers and viewers break lines there. */
    public static boolean isLineSeparator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(Character.forDigit(c >> 12 & 0xF, 16)).append(Character.forDigit(c >> 8 & 0xF, 16))
                .append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
    }
}
