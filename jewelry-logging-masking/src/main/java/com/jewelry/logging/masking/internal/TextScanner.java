package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.Finding;
import com.jewelry.logging.masking.SensitiveKind;
import java.util.Set;

/**
 * The built-in value detectors in one hand-written left-to-right pass. Most characters fall through a single
 * switch; only a digit that starts a free-standing number, an {@code @}, an {@code =} or {@code :}, an
 * {@code eyJ} or a {@code Bearer}/{@code Basic} makes it look closer, and nothing is allocated unless a value
 * is found. A number glued to letters ({@code ORD-2026-000123}, {@code C-10042}, hex ids, ISO timestamps) is
 * part of an identifier and is left alone; long numbers count as cards only when Luhn confirms them, INN and
 * SNILS only when their check digits do.
 */
public final class TextScanner {

    private static final SensitiveKind[] KINDS = SensitiveKind.values();
    private static final String[] SECRET_KEYS = {
        "password", "passwd", "pwd", "passphrase", "secret", "secretkey", "privatekey", "credentials", "credential",
        "cvv", "cvc", "pin", "otp", "пароль"};
    private static final String[] TOKEN_KEYS = {
        "token", "apikey", "accesskey", "authorization", "auth", "sessionid", "cookie", "jwt"};
    private static final String[] AUTH_SCHEMES = {"bearer", "basic", "token", "digest", "negotiate"};
    private static final boolean[] KEY_LAST_CHAR = new boolean[128];
    /** What a character may start; everything else costs one table load. */
    private static final byte[] TRIGGER = new byte[128];
    private static final byte NONE = 0;
    private static final byte DIGIT = 1;
    private static final byte E = 2;
    private static final byte B = 3;
    private static final byte OTHER = 4;
    /** No built-in finding is shorter than this ({@code pin=1} is 5 characters). */
    private static final int MIN_LENGTH = 5;

    static {
        for (char c : "0123456789".toCharArray()) {
            TRIGGER[c] = DIGIT;
        }
        for (char c : "+(@=:".toCharArray()) {
            TRIGGER[c] = OTHER;
        }
        TRIGGER['e'] = E;
        TRIGGER['B'] = B;
        TRIGGER['b'] = B;
        for (String key : SECRET_KEYS) {
            markLast(key);
        }
        for (String key : TOKEN_KEYS) {
            markLast(key);
        }
    }

    private static void markLast(String key) {
        char c = key.charAt(key.length() - 1);
        if (c < 128) {
            KEY_LAST_CHAR[c] = true;
        }
    }

    private final boolean[] enabled = new boolean[KINDS.length];

    public TextScanner(Set<SensitiveKind> disabled) {
        for (SensitiveKind kind : KINDS) {
            enabled[kind.ordinal()] = !disabled.contains(kind);
        }
    }

    /** {@link #mayFind}'s view of an ASCII char. */
    private static final byte[] QUICK = new byte[128];
    private static final byte Q_PLAIN = 0;
    private static final byte Q_DIGIT = 1;
    private static final byte Q_SEPARATOR = 2;
    private static final byte Q_FOUND = 3;
    private static final byte Q_E = 4;
    private static final byte Q_B = 5;

    static {
        for (char c = '0'; c <= '9'; c++) {
            QUICK[c] = Q_DIGIT;
        }
        for (char c : " -()".toCharArray()) {
            QUICK[c] = Q_SEPARATOR;
        }
        for (char c : "@=:".toCharArray()) {
            QUICK[c] = Q_FOUND;
        }
        QUICK['e'] = Q_E;
        QUICK['B'] = Q_B;
        QUICK['b'] = Q_B;
    }

    /** The shortest number any number detector reports (a 10-digit phone, passport or INN). */
    private static final int MIN_NUMBER_DIGITS = 10;

    /** {@link #quickStep}'s state before a value and after a char that cannot be part of a finding. */
    public static final int QUICK_START = 0;
    /** {@link #quickStep}'s answer when a detector may match: the value must get the full scan. */
    public static final int QUICK_MAY_FIND = -1;
    /** State bit: the digits seen are glued to a word ({@code ORD-2026-000123}) and are not counted. */
    private static final int QUICK_GLUED = 1 << 8;
    private static final int QUICK_DIGITS = 0xFF;

    /**
     * A quick pass that says whether {@link #next} could find anything in {@code chars[from, end)}: {@code false}
     * only when it certainly finds nothing, so a clean value is written without the full scan. It looks for what
     * every detector needs: an {@code @}, {@code =} or {@code :}; an {@code eyJ}; a {@code B}/{@code b} starting a
     * word long enough for an auth scheme; or ten digits in a run that only separators interrupt (the
     * shortest numeric finding). Anything else cannot start a finding ({@link #TRIGGER}).
     */
    public static boolean mayFind(char[] chars, int from, int end) {
        if (!worthScanning(end - from)) {
            return false;
        }
        int state = QUICK_START;
        for (int i = from; i < end; i++) {
            state = quickStep(state, chars, i, from, end);
            if (state == QUICK_MAY_FIND) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of this length can hold any finding at all. */
    public static boolean worthScanning(int length) {
        return length >= MIN_LENGTH;
    }

    /**
     * Whether {@code c} leaves {@link #quickStep} nothing to do but return {@link #QUICK_START}: a writer that
     * copies a value char by char calls {@code quickStep} only for the other chars.
     */
    public static boolean isQuickPlain(char c) {
        return c < 128 ? QUICK[c] == Q_PLAIN : c != '\u00A0';
    }

    /**
     * One char of {@link #mayFind}'s pass, for a writer that makes the pass while it copies the value: feed every
     * char of {@code chars[from, end)} in order, starting from {@link #QUICK_START}; once the answer is
     * {@link #QUICK_MAY_FIND} the value needs the full scan.
     */
    public static int quickStep(int state, char[] chars, int i, int from, int end) {
        char c = chars[i];
        byte k = c < 128 ? QUICK[c] : (c == '\u00A0' ? Q_SEPARATOR : Q_PLAIN);
        switch (k) {
            case Q_PLAIN -> {
                return QUICK_START;
            }
            case Q_DIGIT -> {
                // digits glued to a word (ORD-2026-000123, C-10042, v1.2) never start a number and are not
                // counted; the first digit after any other char is looked at again ("ORD-2026--45 06 123456"
                // holds a passport number)
                if (state == QUICK_START || (state & QUICK_GLUED) != 0) {
                    boolean afterDigit = i > from && isDigit(chars[i - 1]);
                    if ((state & QUICK_GLUED) != 0 && afterDigit) {
                        return state;
                    }
                    if (!afterDigit && i > from && gluedToWord(chars, i, from)) {
                        return QUICK_GLUED;
                    }
                    return 1;
                }
                int digits = (state & QUICK_DIGITS) + 1;
                return digits >= MIN_NUMBER_DIGITS ? QUICK_MAY_FIND : digits;
            }
            case Q_SEPARATOR -> {
                // a number goes on over separators, and may start after one other than '-'
                return c == '-' ? state : state & QUICK_DIGITS;
            }
            case Q_FOUND -> {
                return QUICK_MAY_FIND;
            }
            case Q_E -> {
                return i + 2 < end && chars[i + 1] == 'y' && chars[i + 2] == 'J' ? QUICK_MAY_FIND : QUICK_START;
            }
            default -> { // Q_B
                return i + 6 < end && !(i > from && isWordChar(chars[i - 1])) ? QUICK_MAY_FIND : QUICK_START;
            }
        }
    }

    /** A digit right after a letter, or after {@code -._} that follows a letter: part of an identifier. */
    private static boolean gluedToWord(char[] chars, int i, int from) {
        char p = chars[i - 1];
        if (isLetterLike(p)) {
            return true;
        }
        return (p == '-' || p == '.' || p == '_') && i - 2 >= from && isLetterLike(chars[i - 2]);
    }

    private static boolean isLetterLike(char c) {
        return isWordChar(c) && !isDigit(c);
    }

    /** The first finding that starts at or after {@code from}, or {@code null}. */
    public Finding next(String s, int from) {
        int n = s.length();
        if (n - from < MIN_LENGTH) {
            return null;
        }
        // The loop stays small so the JIT keeps it tight; each trigger is ruled out inline when a neighbouring
        // character already says "no" (a digit inside a word, an 'e' not followed by "yJ", ...), and only the
        // rare survivors call the detectors.
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                continue;
            }
            switch (TRIGGER[c]) {
                case NONE:
                    continue;
                case DIGIT:
                    if (i > 0 && isWordChar(s.charAt(i - 1))) {
                        continue;
                    }
                    break;
                case E:
                    if (i + 2 >= n || s.charAt(i + 1) != 'y' || s.charAt(i + 2) != 'J') {
                        continue;
                    }
                    break;
                case B:
                    if (i + 6 >= n || (i > 0 && isWordChar(s.charAt(i - 1)))) {
                        continue;
                    }
                    break;
                default:
                    break;
            }
            long r = examine(s, i, from);
            if (r == NO_FINDING) {
                continue;
            }
            if (r < 0) {
                i = (int) -r - 1; // resume after a number that is no finding
                continue;
            }
            Finding f = last(s, i, from, r);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static final long NO_FINDING = Long.MIN_VALUE;

    /**
     * Looks closer at a trigger; returns {@link #NO_FINDING}, {@code -(resume index)} to skip a number, or
     * {@code (kind ordinal + 1) << 32 | end} for a number finding, or {@code 0} when another detector found
     * something (fetched again by {@link #last}).
     */
    private long examine(String s, int i, int from) {
        char c = s.charAt(i);
        switch (c) {
            case '@', '=', ':', 'e', 'B', 'b' -> {
                return other(s, i, from) != null ? 0 : NO_FINDING;
            }
            default -> {
                if (!startsNumber(s, i)) {
                    return NO_FINDING;
                }
                long r = number(s, i);
                int end = (int) r;
                int kind = (int) (r >>> 32) - 1;
                if (kind >= 0 && enabled[kind]) {
                    return r;
                }
                return -(long) Math.max(i + 1, end);
            }
        }
    }

    private Finding last(String s, int i, int from, long r) {
        if (r == 0) {
            Finding f = other(s, i, from);
            return f != null && enabled[f.kind().ordinal()] ? f : null;
        }
        return new Finding(KINDS[(int) (r >>> 32) - 1], i, (int) r);
    }

    private static Finding other(String s, int i, int from) {
        return switch (s.charAt(i)) {
            case '@' -> email(s, i, from);
            case '=', ':' -> keyValue(s, i, from);
            case 'e' -> jwt(s, i);
            default -> authScheme(s, i);
        };
    }

    // ---------------------------------------------------------------- numbers: card, phone, INN, SNILS, passport

    private static boolean startsNumber(String s, int i) {
        char c = s.charAt(i);
        if ((c == '+' || c == '(') && (i + 1 >= s.length() || !isDigit(s.charAt(i + 1)))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (isWordChar(p)) {
            return false;
        }
        // "ORD-2026", "v1.2", "a_1": a number joined to a word is part of an identifier
        return !((p == '-' || p == '.' || p == '_') && i >= 2 && isWordChar(s.charAt(i - 2)));
    }

    /**
     * Reads a number with separators starting at {@code i}; returns {@code (kind ordinal + 1) << 32 | end}, with
     * kind 0 when it is no sensitive value ({@code end} is then where to resume).
     */
    private static long number(String s, int i) {
        int n = s.length();
        int j = i;
        boolean plus = false;
        if (s.charAt(j) == '+') {
            plus = true;
            j++;
        }
        boolean separated = false;
        boolean paren = false;
        int digits = 0;
        long value = 0;
        int groups = 0;
        long pattern = 0;
        int groupLen = 0;
        int end = j;
        int first = -1;
        int second = -1;
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                int d = c - '0';
                if (digits == 0) {
                    first = d;
                } else if (digits == 1) {
                    second = d;
                }
                if (digits < 18) {
                    value = value * 10 + d;
                }
                digits++;
                groupLen++;
                j++;
                end = j;
                continue;
            }
            if (!isSeparator(c)) {
                break;
            }
            int k = j;
            boolean parenHere = false;
            while (k < n && k - j < 3 && isSeparator(s.charAt(k))) {
                char sc = s.charAt(k);
                if (sc == '(' || sc == ')') {
                    parenHere = true;
                }
                k++;
            }
            if (k >= n || !isDigit(s.charAt(k))) {
                break;
            }
            if (groupLen > 0) {
                groups++;
                pattern = (pattern << 5) | groupLen;
                groupLen = 0;
                separated = true;
            }
            paren |= parenHere;
            j = k;
        }
        if (groupLen > 0) {
            groups++;
            pattern = (pattern << 5) | Math.min(groupLen, 31);
        }
        if (digits < 6 || gluedRight(s, end)) {
            return end;
        }
        SensitiveKind kind = classifyNumber(s, i, end, plus, separated, paren, digits, value, first, second,
                groups, pattern);
        return kind == null ? end : ((long) (kind.ordinal() + 1) << 32) | end;
    }

    private static SensitiveKind classifyNumber(String s, int start, int end, boolean plus, boolean separated,
            boolean paren, int digits, long value, int first, int second, int groups, long pattern) {
        if (plus) {
            return digits >= 10 && digits <= 15 ? SensitiveKind.PHONE : null;
        }
        boolean bare = !separated && !paren;
        if (digits >= 13 && digits <= 19 && !paren && first >= 2 && first <= 6 && Checksums.luhn(s, start, end)) {
            return SensitiveKind.CARD;
        }
        if (digits == 11) {
            if ((first == 7 || first == 8) && (second == 9 || second == 3 || second == 4 || second == 8)) {
                return SensitiveKind.PHONE;
            }
            return Checksums.snils(value, 11) ? SensitiveKind.SNILS : null;
        }
        if (digits == 10) {
            if (paren || (separated && first == 9 && groups >= 3)) {
                return SensitiveKind.PHONE;
            }
            if (separated && (pattern == ((4L << 5) | 6) || pattern == ((((2L << 5) | 2) << 5) | 6))) {
                return SensitiveKind.PASSPORT;
            }
            return bare && Checksums.inn(value, 10) ? SensitiveKind.INN : null;
        }
        if (digits == 12) {
            return bare && Checksums.inn(value, 12) ? SensitiveKind.INN : null;
        }
        return null;
    }

    private static boolean gluedRight(String s, int end) {
        if (end >= s.length()) {
            return false;
        }
        char c = s.charAt(end);
        if (isWordChar(c)) {
            return true;
        }
        return (c == '-' || c == '.' || c == '_' || c == '/') && end + 1 < s.length()
                && isWordChar(s.charAt(end + 1));
    }

    // ---------------------------------------------------------------- e-mail and URL credentials

    private static Finding email(String s, int at, int from) {
        int ls = at;
        while (ls > from && isLocalChar(s.charAt(ls - 1))) {
            ls--;
        }
        while (ls < at && s.charAt(ls) == '.') {
            ls++;
        }
        if (ls == at) {
            return null;
        }
        int n = s.length();
        int j = at + 1;
        while (j < n && isDomainChar(s.charAt(j))) {
            j++;
        }
        int de = j;
        while (de > at + 1 && (s.charAt(de - 1) == '.' || s.charAt(de - 1) == '-')) {
            de--;
        }
        int lastDot = -1;
        for (int k = at + 1; k < de; k++) {
            if (s.charAt(k) == '.') {
                lastDot = k;
            }
        }
        Finding userInfo = urlUserInfo(s, ls, at, from);
        if (userInfo != null) {
            return userInfo;
        }
        if (lastDot <= at + 1 || de - lastDot - 1 < 2) {
            return null;
        }
        for (int k = lastDot + 1; k < de; k++) {
            if (!Character.isLetter(s.charAt(k))) {
                return null;
            }
        }
        return new Finding(SensitiveKind.EMAIL, ls, de);
    }

    /** {@code scheme://user:password@host}: the whole user info is a secret. */
    private static Finding urlUserInfo(String s, int localStart, int at, int from) {
        if (localStart == 0 || s.charAt(localStart - 1) != ':') {
            return null;
        }
        int k = localStart - 1;
        int floor = Math.max(from, localStart - 256); // bounded, so a long run of "a:b@" stays linear
        while (k > floor && !Character.isWhitespace(s.charAt(k - 1)) && s.charAt(k - 1) != '/'
                && s.charAt(k - 1) != '@') {
            k--;
        }
        if (k >= 3 && s.charAt(k - 1) == '/' && s.charAt(k - 2) == '/' && s.charAt(k - 3) == ':') {
            return new Finding(SensitiveKind.SECRET, k, at);
        }
        return null;
    }

    // ---------------------------------------------------------------- password=..., "token": "...", api_key=...

    private static Finding keyValue(String s, int k, int from) {
        int p = k - 1;
        while (p >= from && s.charAt(p) == ' ') {
            p--;
        }
        if (p >= from && (s.charAt(p) == '"' || s.charAt(p) == '\'')) {
            p--;
        }
        if (p < from) {
            return null;
        }
        char last = Character.toLowerCase(s.charAt(p));
        if (last < 128 && !KEY_LAST_CHAR[last]) {
            return null;
        }
        int keyEnd = p + 1;
        int ks = keyEnd;
        while (ks > from && keyEnd - ks < 64 && isKeyChar(s.charAt(ks - 1))) {
            ks--;
        }
        if (ks == keyEnd) {
            return null;
        }
        SensitiveKind kind = secretKey(s, ks, keyEnd);
        if (kind == null) {
            return null;
        }
        int n = s.length();
        int v = k + 1;
        while (v < n && s.charAt(v) == ' ') {
            v++;
        }
        if (v >= n) {
            return null;
        }
        char q = s.charAt(v);
        if (q == '"' || q == '\'') {
            int e = v + 1;
            while (e < n && s.charAt(e) != q) {
                if (s.charAt(e) == '\\') {
                    e++;
                }
                e++;
            }
            e = Math.min(e, n);
            return e > v + 1 ? new Finding(kind, v + 1, e) : null;
        }
        int e = v;
        while (e < n && !isValueEnd(s.charAt(e))) {
            e++;
        }
        if (e == v) {
            return null;
        }
        if (e + 1 < n && s.charAt(e) == ' ' && isAuthScheme(s, v, e)) {
            int e2 = e + 1;
            while (e2 < n && !isValueEnd(s.charAt(e2))) {
                e2++;
            }
            e = e2;
        }
        return new Finding(kind, v, e);
    }

    private static SensitiveKind secretKey(String s, int ks, int ke) {
        for (String key : SECRET_KEYS) {
            if (endsWithKey(s, ks, ke, key)) {
                return SensitiveKind.SECRET;
            }
        }
        for (String key : TOKEN_KEYS) {
            if (endsWithKey(s, ks, ke, key)) {
                return SensitiveKind.TOKEN;
            }
        }
        return null;
    }

    /** Whether the key ends with {@code key}, ignoring case and {@code _ - .} separators. */
    private static boolean endsWithKey(String s, int ks, int ke, String key) {
        int j = key.length() - 1;
        for (int i = ke - 1; i >= ks && j >= 0; i--) {
            char c = s.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                continue;
            }
            if (Character.toLowerCase(c) != key.charAt(j)) {
                return false;
            }
            j--;
        }
        return j < 0;
    }

    private static boolean isAuthScheme(String s, int v, int e) {
        for (String scheme : AUTH_SCHEMES) {
            if (e - v == scheme.length() && s.regionMatches(true, v, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- JWT and Authorization schemes

    private static Finding jwt(String s, int i) {
        int n = s.length();
        if (i + 3 >= n || s.charAt(i + 1) != 'y' || s.charAt(i + 2) != 'J' || (i > 0 && isBase64Url(s.charAt(i - 1)))) {
            return null;
        }
        int j = i;
        while (j < n && isBase64Url(s.charAt(j))) {
            j++;
        }
        if (j - i < 10 || j >= n || s.charAt(j) != '.') {
            return null;
        }
        int p = ++j;
        while (j < n && isBase64Url(s.charAt(j))) {
            j++;
        }
        if (j - p < 2 || j >= n || s.charAt(j) != '.') {
            return null;
        }
        j++;
        while (j < n && isBase64Url(s.charAt(j))) {
            j++;
        }
        return new Finding(SensitiveKind.TOKEN, i, j);
    }

    private static Finding authScheme(String s, int i) {
        if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return null;
        }
        int len;
        if (s.regionMatches(true, i, "bearer", 0, 6)) {
            len = 6;
        } else if (s.regionMatches(true, i, "basic", 0, 5)) {
            len = 5;
        } else {
            return null;
        }
        int n = s.length();
        int j = i + len;
        if (j >= n || s.charAt(j) != ' ') {
            return null;
        }
        while (j < n && s.charAt(j) == ' ') {
            j++;
        }
        int t = j;
        while (t < n && isTokenChar(s.charAt(t))) {
            t++;
        }
        return t - j >= 8 ? new Finding(SensitiveKind.TOKEN, j, t) : null;
    }

    // ---------------------------------------------------------------- character classes

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                : Character.isLetterOrDigit(c);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '(' || c == ')' || c == '\u00A0';
    }

    private static boolean isLocalChar(char c) {
        return isWordChar(c) || c == '.' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return isWordChar(c) && c != '_' || c == '.' || c == '-';
    }

    private static boolean isKeyChar(char c) {
        return isWordChar(c) || c == '-' || c == '.';
    }

    private static boolean isValueEnd(char c) {
        return Character.isWhitespace(c) || c == '&' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '}'
                || c == ']' || c == ')' || c == '<' || c == '>';
    }

    private static boolean isBase64Url(char c) {
        return c < 128 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
                || c == '_');
    }

    private static boolean isTokenChar(char c) {
        return isBase64Url(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
    }
}
