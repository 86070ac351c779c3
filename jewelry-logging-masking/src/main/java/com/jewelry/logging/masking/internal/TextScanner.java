package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.Finding;
import com.jewelry.logging.masking.SensitiveKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in value detectors in one left-to-right pass over the {@link DetectionText detection copy} of a
 * text (Unicode digits, spaces, format chars and percent escapes seen through), with every finding mapped back
 * to the original offsets. Most characters fall through a single table load; only a digit that starts a number,
 * an {@code @ = : < -}, an {@code eyJ}, an auth scheme word, {@code is}, or an upper-case word start
 * (IBAN) looks closer. Numbers are read by {@link NumberDetector}, the rest by {@link TextDetectors}, then
 * {@link PersonNames}, {@link StreetAddresses} and {@link KnownTokens} (which also takes PEM private keys) make
 * their own passes;
 * {@code key=value} pairs are classified by the same field-name rules as JSON names.
 *
 * <p>{@link #quickCopy} is the writer's quick pass: it may only call a value clean when {@link #findAll} finds
 * nothing in it.
 */
public final class TextScanner {

    private static final SensitiveKind[] KINDS = SensitiveKind.values();
    /** What a character may start in the full scan; everything else costs one table load. */
    private static final byte[] TRIGGER = new byte[128];
    private static final byte NONE = 0;
    private static final byte NUMBER = 1;
    private static final byte AT = 2;
    private static final byte EQUALS = 3;
    private static final byte COLON = 4;
    private static final byte DASH = 5;
    private static final byte LT = 6;
    private static final byte E = 7;
    private static final byte B = 8;
    private static final byte I = 9;
    private static final byte UPPER = 10;
    /** No built-in finding is shorter than this ({@code pin=1} is 5 characters). */
    private static final int MIN_LENGTH = 5;

    static {
        for (char c = '0'; c <= '9'; c++) {
            TRIGGER[c] = NUMBER;
        }
        TRIGGER['+'] = NUMBER;
        TRIGGER['('] = NUMBER;
        for (char c = 'A'; c <= 'Z'; c++) {
            TRIGGER[c] = UPPER;
        }
        TRIGGER['@'] = AT;
        TRIGGER['='] = EQUALS;
        TRIGGER[':'] = COLON;
        TRIGGER['-'] = DASH;
        TRIGGER['<'] = LT;
        TRIGGER['e'] = E;
        TRIGGER['B'] = B;
        TRIGGER['b'] = B;
        TRIGGER['i'] = I;
        TRIGGER['I'] = I;
    }

    private final boolean[] enabled = new boolean[KINDS.length];
    private final TextDetectors detectors;

    /** A scanner whose {@code key=value} keys are classified by the built-in field-name rules only. */
    public TextScanner(Set<SensitiveKind> disabled) {
        this(disabled, name -> FieldNames.classify(name, Map.of(), Set.of()));
    }

    /**
     * @param keyKind the kind a key in {@code key=value} text implies, or {@code null}: the policy's field-name
     *     rules, so a key in free text masks its value exactly as a JSON name would
     */
    public TextScanner(Set<SensitiveKind> disabled, Function<String, SensitiveKind> keyKind) {
        for (SensitiveKind kind : KINDS) {
            enabled[kind.ordinal()] = !disabled.contains(kind);
        }
        this.detectors = new TextDetectors(keyKind);
    }

    // ================================================================ full scan

    /** Every finding in {@code s}, on the original offsets, sorted, overlapping findings merged; never null. */
    public List<Finding> findAll(String s) {
        if (s == null || s.length() < MIN_LENGTH) {
            return List.of();
        }
        DetectionText copy = DetectionText.of(s);
        String t = copy == null ? s : copy.text();
        Collector found = new Collector(enabled);
        scan(t, copy, found);
        if (found.size == 0) {
            return List.of();
        }
        return found.toFindings(copy);
    }

    private void scan(String t, DetectionText copy, FindingSink sink) {
        int n = t.length();
        NumberDetector numbers = null;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            int next = i + 1;
            if (c < 128) {
                switch (TRIGGER[c]) {
                    case NUMBER -> {
                        if (NumberDetector.startsNumber(t, i)) {
                            if (numbers == null) {
                                numbers = new NumberDetector(copy);
                            }
                            next = numbers.scan(t, i, enabled, sink);
                        }
                    }
                    case AT -> next = TextDetectors.at(t, i, sink);
                    case EQUALS -> next = detectors.keyValue(t, i, i + 1 < n && t.charAt(i + 1) == '>' ? 2 : 1,
                            false, sink);
                    case COLON -> next = detectors.keyValue(t, i, 1, false, sink);
                    case DASH -> {
                        if (i + 1 < n && t.charAt(i + 1) == '>') {
                            next = detectors.keyValue(t, i, 2, false, sink);
                        }
                    }
                    case LT -> next = detectors.xmlElement(t, i, sink);
                    case E -> {
                        if (t.startsWith("eyJ", i)) {
                            next = TextDetectors.jwt(t, i, sink);
                        }
                    }
                    case B -> next = TextDetectors.authScheme(t, i, sink);
                    case I -> {
                        if (i > 0 && t.charAt(i - 1) == ' ' && i + 2 < n && (t.charAt(i + 1) == 's'
                                || t.charAt(i + 1) == 'S') && t.charAt(i + 2) == ' ') {
                            next = detectors.keyValue(t, i, 2, true, sink); // "password is x"
                        }
                    }
                    case UPPER -> {
                        if (c == 'B') {
                            next = TextDetectors.authScheme(t, i, sink);
                        }
                        if (next == i + 1) {
                            next = TextDetectors.iban(t, i, sink);
                        }
                    }
                    default -> {
                    }
                }
            }
            i = Math.max(next, i + 1);
        }
        PersonNames.find(t, sink);
        StreetAddresses.find(t, sink);
        KnownTokens.find(t, sink);
    }

    /** Findings in detection-copy offsets until mapped back. */
    private static final class Collector implements FindingSink {
        private final boolean[] enabled;
        /** Allocated at the first finding, so a clean text costs only this object. */
        private int[] kinds;
        private int[] starts;
        private int[] ends;
        private int size;

        Collector(boolean[] enabled) {
            this.enabled = enabled;
        }

        @Override
        public void found(SensitiveKind kind, int start, int end) {
            if (!enabled[kind.ordinal()] || end <= start) {
                return;
            }
            if (kinds == null) {
                kinds = new int[4];
                starts = new int[4];
                ends = new int[4];
            } else if (size == kinds.length) {
                kinds = java.util.Arrays.copyOf(kinds, size * 2);
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            kinds[size] = kind.ordinal();
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        List<Finding> toFindings(DetectionText copy) {
            List<Finding> raw = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                int s = copy == null ? starts[k] : copy.originalStart(starts[k]);
                int e = copy == null ? ends[k] : copy.originalEnd(ends[k]);
                if (e > s) {
                    raw.add(new Finding(KINDS[kinds[k]], s, e));
                }
            }
            return merge(raw);
        }
    }

    /** Sorted by start; a finding overlapping the one before it widens that one (its kind wins). */
    static List<Finding> merge(List<Finding> raw) {
        if (raw.size() <= 1) {
            return raw;
        }
        raw.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        List<Finding> out = new ArrayList<>(raw.size());
        Finding current = raw.get(0);
        for (int k = 1; k < raw.size(); k++) {
            Finding f = raw.get(k);
            if (f.start() < current.end()) {
                if (f.end() > current.end()) {
                    current = new Finding(current.kind(), current.start(), f.end());
                }
            } else {
                out.add(current);
                current = f;
            }
        }
        out.add(current);
        return out;
    }

    // ================================================================ quick pass

    /** {@link #quickStep}'s view of an ASCII char. */
    private static final byte[] QUICK = new byte[128];
    /** A letter that starts nothing on its own (a word start is looked at from the char before it). */
    private static final byte Q_PLAIN = 0;
    private static final byte Q_DIGIT = 1;
    private static final byte Q_SEPARATOR = 2;
    private static final byte Q_FOUND = 3;
    /** Any other char that is not a letter or digit: the word after it starts there. */
    private static final byte Q_BOUNDARY = 4;
    private static final byte Q_DASH = 5;
    private static final byte Q_PERCENT = 6;
    private static final byte Q_LT = 7;
    private static final byte Q_J = 8;
    private static final byte Q_V = 9;
    private static final byte Q_C = 10;
    /** A char a JSON string must escape (a quote, a backslash, a control char): the pass leaves it to the full path. */
    private static final byte Q_ESCAPE = 11;
    /**
     * ASCII words whose start may begin a finding that has no other trigger, matched as prefixes at a word start,
     * case-insensitively: auth schemes, {@code is}, the context words of findings shorter than
     * {@link #MIN_NUMBER_DIGITS} digits (a passport split by {@code no}, a date of birth), and the prefixes of
     * the well-known token formats ({@link KnownTokens}). A word start is the value's start or the char after one
     * that is not a letter or digit, so letters cost nothing: the char before a word looks ahead.
     */
    private static final String[] QUICK_WORDS = {"bearer", "basic", "born", "birth", "dob", "d.o.b", "is ",
        "passport", "series", "akia", "asia", "aiza", "aqaaaa", "aws", "secretaccesskey", "sk_", "sk-", "sg.",
        "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "gldt-", "glrt-", "glptt-", "glft-",
        "glimt-", "xox", "xapp-", "hooks.slack.com", "rk_", "y0_", "y1_", "y2_", "y3_", "npm_"};
    /** {@link #QUICK_WORDS} by their first letter, both cases. */
    private static final String[][] QUICK_WORDS_BY_CHAR = new String[128][];
    /**
     * Whether some {@link #QUICK_WORDS} starts with these two chars, in any case: bit {@code first << 7 | second};
     * a bit set of 2 KB rather than a 16 KB table, so it stays in the first-level cache.
     */
    private static final long[] QUICK_WORD_PAIRS = new long[128 * 128 / 64];

    static {
        for (char c = 0; c < 128; c++) {
            QUICK[c] = Character.isLetter(c) ? Q_PLAIN : Q_BOUNDARY;
        }
        for (char c = '0'; c <= '9'; c++) {
            QUICK[c] = Q_DIGIT;
        }
        for (char c : " ()./".toCharArray()) {
            QUICK[c] = Q_SEPARATOR;
        }
        QUICK['-'] = Q_DASH;
        for (char c : "@=:\t".toCharArray()) {
            QUICK[c] = Q_FOUND;
        }
        QUICK['%'] = Q_PERCENT;
        QUICK['<'] = Q_LT;
        for (String word : QUICK_WORDS) {
            char first = word.charAt(0);
            String[] before = QUICK_WORDS_BY_CHAR[first];
            String[] after = before == null ? new String[1] : java.util.Arrays.copyOf(before, before.length + 1);
            after[after.length - 1] = word;
            QUICK_WORDS_BY_CHAR[first] = after;
            QUICK_WORDS_BY_CHAR[Character.toUpperCase(first)] = after;
            char second = word.charAt(1);
            for (char a : new char[] {first, Character.toUpperCase(first)}) {
                for (char b : new char[] {second, Character.toUpperCase(second)}) {
                    int bit = a << 7 | b;
                    QUICK_WORD_PAIRS[bit >>> 6] |= 1L << bit;
                }
            }
        }
        QUICK['J'] = Q_J; // eyJ (a JWT)
        // Latin patronymics (PersonNames): -ovich, -ovna, -evny..., -ichna
        QUICK['v'] = Q_V;
        QUICK['V'] = Q_V;
        QUICK['c'] = Q_C;
        QUICK['C'] = Q_C;
        for (char c = 0; c < 0x20; c++) {
            QUICK[c] = Q_ESCAPE;
        }
        QUICK['"'] = Q_ESCAPE;
        QUICK['\\'] = Q_ESCAPE;
        QUICK[0x7f] = Q_ESCAPE;
    }

    /** The shortest digit run (over separators) any number detector reports without an ASCII context word. */
    private static final int MIN_NUMBER_DIGITS = 10;

    /** {@link #quickStep}'s state after a char that cannot be part of a finding. */
    private static final int QUICK_START = 0;
    /** {@link #quickStep}'s answer when a detector may match: the value must get the full scan. */
    private static final int QUICK_MAY_FIND = -1;
    /** State bit: the digits seen are glued to a word ({@code ORD-2026-000123}) and are not counted. */
    private static final int QUICK_GLUED = 1 << 8;
    private static final int QUICK_DIGITS = 0xFF;

    /**
     * A quick pass that says whether {@link #findAll} could find anything in {@code chars[from, end)}:
     * {@code false} only when it certainly finds nothing, so a clean value is written without the full scan. Any
     * non-ASCII char, tab, char a JSON string escapes or {@code %XX} escape sends the value to the full scan (its
     * detection copy differs from it, or the writer's copy would need escaping); in plain ASCII it looks for what
     * every detector needs: an {@code @ = :}, a {@code <tag}, {@code ->}, {@code -----BEGIN}, {@code eyJ}, an auth
     * scheme or context word, an IBAN start, or ten digits in a run that only separators interrupt. The same pass
     * as {@link #quickCopy}, which a writer runs while it copies.
     */
    public static boolean mayFind(char[] chars, int from, int end) {
        return worthScanning(end - from) && !quickCopy(chars, from, end, new byte[end - from], 0);
    }

    /**
     * The quick pass fused with a JSON writer's copy: copies {@code chars[from, end)} as single bytes to
     * {@code out} from {@code at} (room for {@code end - from} bytes must be there) while it looks at them.
     * {@code true}: the value is certainly clean and was copied whole; every char was printable ASCII that a JSON
     * string holds as is. {@code false}: the value needs the full scan (or escaping), and the bytes written must be
     * dropped. Letters cost a load and a store; a digit run is counted in one tight loop; the other chars take
     * {@link #quickStep}. A value shorter than {@link #worthScanning} is the caller's to skip.
     */
    public static boolean quickCopy(char[] chars, int from, int end, byte[] out, int at) {
        int state = quickBegin(chars, from, end);
        if (state == QUICK_MAY_FIND) {
            return false;
        }
        // out[i + shift] rather than out[p++]: an index linear in the loop's own counter lets the JIT drop the
        // bounds check from the loop
        int shift = at - from;
        if (state == QUICK_CLEAN) {
            // a lower-case hex id: nothing to escape either
            for (int i = from; i < end; i++) {
                out[i + shift] = (byte) chars[i];
            }
            return true;
        }
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (c >= 128) {
                return false;
            }
            byte q = QUICK[c];
            out[i + shift] = (byte) c;
            if (q == Q_PLAIN) {
                state = QUICK_START;
            } else if (q == Q_ESCAPE || (state = quickStep(state, chars, i, from, end)) == QUICK_MAY_FIND) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of this length can hold any finding at all. */
    public static boolean worthScanning(int length) {
        return length >= MIN_LENGTH;
    }

    /**
     * The quick pass's state before the first char of {@code chars[from, end)}: {@link #QUICK_START},
     * {@link #QUICK_MAY_FIND} when the value starts with a word the pass watches for, or {@link #QUICK_CLEAN} when
     * the value needs no pass at all.
     */
    private static int quickBegin(char[] chars, int from, int end) {
        if (from >= end) {
            return QUICK_START;
        }
        char first = chars[from];
        if (first < 128 && HEX_ID[first] != 0) {
            int verdict = hexId(chars, from, end);
            if (verdict != QUICK_START) {
                return verdict;
            }
        }
        return startsQuickWord(chars, from, end) ? QUICK_MAY_FIND : QUICK_START;
    }

    /**
     * {@link #quickBegin}'s answer for a value the pass need not look at, as it certainly holds nothing: a
     * lower-case hex id (a trace or span id, a hash) without a long digit run.
     */
    private static final int QUICK_CLEAN = -2;
    /** A char after which a digit may be glued to a word ({@link #gluedToWord}): a letter, {@code _ - .}. */
    private static final boolean[] MAY_GLUE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            MAY_GLUE[c] = Character.isLetter(c) || c == '_' || c == '-' || c == '.';
        }
    }

    /** 1 for a digit, 2 for a lower-case hex letter, 0 for any other ASCII char. */
    private static final byte[] HEX_ID = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            HEX_ID[c] = 1;
        }
        for (char c = 'a'; c <= 'f'; c++) {
            HEX_ID[c] = 2;
        }
    }

    /**
     * The verdict on a value made of digits and {@code a-f} only, in one pass without a branch per char kind:
     * {@link #QUICK_MAY_FIND} when it holds a run of {@link #MIN_NUMBER_DIGITS} digits or the context word
     * {@code acc} (the only one spelled in hex letters), else {@link #QUICK_CLEAN}; {@link #QUICK_START} when
     * some char is not a hex char. No other finding can be spelled in these chars: every watched word, token
     * prefix, auth scheme and patronymic ending has a letter past {@code f}, and there is no separator or
     * upper-case letter to build anything else from.
     */
    private static int hexId(char[] chars, int from, int end) {
        int run = 0;
        int longest = 0;
        int window = 0;
        boolean acc = false;
        for (int i = from; i < end; i++) {
            char c = chars[i];
            int kind = c < 128 ? HEX_ID[c] : 0;
            if (kind == 0) {
                return QUICK_START;
            }
            int digit = kind & 1;
            run = (run + digit) * digit;
            longest = Math.max(longest, run);
            window = (window << 8 | c) & 0xFFFFFF;
            acc |= window == ('a' << 16 | 'c' << 8 | 'c');
        }
        return longest >= MIN_NUMBER_DIGITS || acc ? QUICK_MAY_FIND : QUICK_CLEAN;
    }

    /**
     * One char of {@link #quickCopy}'s pass that is not a letter ({@link #Q_PLAIN} resets the state to
     * {@link #QUICK_START}); once the answer is {@link #QUICK_MAY_FIND} the value needs the full scan.
     */
    private static int quickStep(int state, char[] chars, int i, int from, int end) {
        // the common chars first, in a method small enough to be inlined into the copy loop
        char c = chars[i];
        if (c < 128) {
            byte q = QUICK[c];
            if (q == Q_DIGIT) {
                if (i > from) {
                    char p = chars[i - 1];
                    if (p >= '0' && p <= '9') {
                        // a run glued to a word stays uncounted; any other run grows
                        return (state & QUICK_GLUED) != 0 ? state
                                : state + 1 >= MIN_NUMBER_DIGITS ? QUICK_MAY_FIND : state + 1;
                    }
                    if (p >= 128 || MAY_GLUE[p]) {
                        return rareStep(state, chars, i, from, end); // maybe glued to a word: see digit()
                    }
                }
                // the first digit after a space or sign: a new run, or one going on over separators
                int digits = (state & QUICK_GLUED) != 0 ? 1 : state + 1;
                return digits >= MIN_NUMBER_DIGITS ? QUICK_MAY_FIND : digits;
            }
            if (q == Q_C) {
                // "chn" (-ichna...)
                return i + 2 < end && (chars[i + 1] | 0x20) == 'h' && (chars[i + 2] | 0x20) == 'n'
                        ? QUICK_MAY_FIND : QUICK_START;
            }
            if (q == Q_SEPARATOR || q == Q_BOUNDARY || q == Q_DASH && i + 1 < end && chars[i + 1] != '>'
                    && chars[i + 1] != '-') {
                if (wordAfter(chars, i, end)) {
                    return QUICK_MAY_FIND;
                }
                // a number goes on over separators and dashes; a space or bracket also ends a glued word
                return q == Q_BOUNDARY ? QUICK_START : c == '.' || c == '/' || c == '-' ? state : state & QUICK_DIGITS;
            }
        }
        return rareStep(state, chars, i, from, end);
    }

    /** The chars {@link #quickStep} leaves: non-ASCII, a digit maybe glued to a word, and the rare triggers. */
    private static int rareStep(int state, char[] chars, int i, int from, int end) {
        char c = chars[i];
        if (c >= 128) {
            return QUICK_MAY_FIND;
        }
        switch (QUICK[c]) {
            case Q_PLAIN -> {
                return QUICK_START;
            }
            case Q_DIGIT -> {
                return digit(state, chars, i, from, end);
            }
            case Q_DASH -> {
                if (i + 1 < end && chars[i + 1] == '>') {
                    return QUICK_MAY_FIND; // password -> x
                }
                if (i + 5 < end && chars[i + 1] == '-' && chars[i + 2] == '-' && chars[i + 3] == '-'
                        && chars[i + 4] == '-' && chars[i + 5] == 'B') {
                    return QUICK_MAY_FIND; // -----BEGIN
                }
                return wordAfter(chars, i, end) ? QUICK_MAY_FIND : state;
            }
            case Q_PERCENT -> {
                return i + 2 < end && hex(chars[i + 1]) && hex(chars[i + 2]) || wordAfter(chars, i, end)
                        ? QUICK_MAY_FIND : QUICK_START;
            }
            case Q_LT -> {
                return i + 1 < end && Character.isLetter(chars[i + 1]) ? QUICK_MAY_FIND : QUICK_START;
            }
            case Q_J -> {
                return i - 2 >= from && chars[i - 1] == 'y' && chars[i - 2] == 'e' ? QUICK_MAY_FIND : QUICK_START;
            }
            case Q_V -> {
                // "vn" (-ovna, -evny...) or "vich" (-ovich...)
                return i + 1 < end && lower(chars[i + 1]) == 'n' || startsWithIgnoreCase(chars, i, end, "vich")
                        ? QUICK_MAY_FIND : QUICK_START;
            }
            default -> {
                // Q_FOUND; quickStep takes separators, other non-letters and 'c' itself: fail closed anyway
                return QUICK_MAY_FIND;
            }
        }
    }

    /** Whether a watched word starts right after the char at {@code i}, which is not a letter or digit. */
    private static boolean wordAfter(char[] chars, int i, int end) {
        return i + 2 < end && startsQuickPair(chars[i + 1], chars[i + 2]) && startsQuickWord(chars, i + 1, end);
    }

    private static boolean startsQuickPair(char first, char second) {
        int bit = first << 7 | second;
        return (first | second) < 128 && (QUICK_WORD_PAIRS[bit >>> 6] & 1L << bit) != 0;
    }

    private static boolean startsQuickWord(char[] chars, int i, int end) {
        if (i + 1 >= end || !startsQuickPair(chars[i], chars[i + 1])) {
            return false;
        }
        for (String word : QUICK_WORDS_BY_CHAR[chars[i]]) {
            if (startsWithIgnoreCase(chars, i, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int digit(int state, char[] chars, int i, int from, int end) {
        boolean afterDigit = i > from && isDigit(chars[i - 1]);
        if (state == QUICK_START || (state & QUICK_GLUED) != 0) {
            // digits glued to a word (ORD-2026-000123, C-10042, v1.2) never start a number and are not
            // counted, unless the word names the number (tel89161234567); the first digit after any other char
            // is looked at again ("ORD-2026--45 06 123456" holds a passport number)
            if ((state & QUICK_GLUED) != 0 && afterDigit) {
                return state;
            }
            if (!afterDigit && i > from && gluedToWord(chars, i, from)) {
                if (ibanStart(chars, i, from, end) || namedByGluedWord(chars, i, from)) {
                    return QUICK_MAY_FIND;
                }
                return QUICK_GLUED;
            }
            return 1;
        }
        int digits = (state & QUICK_DIGITS) + 1;
        return digits >= MIN_NUMBER_DIGITS ? QUICK_MAY_FIND : digits;
    }

    /** {@code DE89 3704...}: two upper-case letters starting a word, then two digits and more IBAN chars. */
    private static boolean ibanStart(char[] chars, int i, int from, int end) {
        if (i - 2 < from || !isUpper(chars[i - 1]) || !isUpper(chars[i - 2])
                || (i - 3 >= from && isWordChar(chars[i - 3]))) {
            return false;
        }
        int count = 2;
        for (int k = i; k < end && count < 15; k++) {
            char c = chars[k];
            if (!(isUpper(c) || isDigit(c) || c == ' ')) {
                break;
            }
            count++;
        }
        return count >= 15;
    }

    /** Whether the letters right before the digit at {@code i} (maybe across one {@code . - _}) are a context word. */
    private static boolean namedByGluedWord(char[] chars, int i, int from) {
        int e = i;
        if (!isLetterLike(chars[e - 1])) {
            e--;
        }
        int s = e;
        while (s > from && e - s < 16 && isAsciiLetter(chars[s - 1])) {
            s--;
        }
        // most glued words are shorter than any context word (the letters of a hex id, a SKU's "AU")
        return e - s >= ContextWords.MIN_ASCII_WORD && ContextWords.anyAsciiWord(chars, s, e);
    }

    /** A digit right after a letter, or after {@code -._} that follows a letter: part of an identifier. */
    private static boolean gluedToWord(char[] chars, int i, int from) {
        char p = chars[i - 1];
        if (isLetterLike(p)) {
            return true;
        }
        return (p == '-' || p == '.' || p == '_') && i - 2 >= from && isLetterLike(chars[i - 2]);
    }

    private static boolean startsWithIgnoreCase(char[] chars, int i, int end, String word) {
        if (i + word.length() > end) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lower(chars[i + k]) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterLike(char c) {
        return isWordChar(c) && !isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                : Character.isLetterOrDigit(c);
    }
}
