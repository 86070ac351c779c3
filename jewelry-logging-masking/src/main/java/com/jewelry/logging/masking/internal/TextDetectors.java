package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.Base64;
import java.util.function.Function;

/**
 * The detectors that start at a punctuation mark or a word on the detection copy: e-mail addresses and URL or
 * JDBC credentials at an {@code @}; {@code key=value}, {@code key: value}, {@code "key":"value"},
 * {@code key => value}, {@code key -> value}, {@code password is value} and {@code <key>value</key>} where the key
 * is classified by the field-name rules; JWTs; {@code Bearer}/{@code Basic} credentials; PEM private keys; IBANs.
 * Each reports through a {@link FindingSink} and returns where the scan may go on.
 */
final class TextDetectors {

    /** Values under a sensitive key that are settings, not data ({@code OAuth: on}). */
    private static final String[] HARMLESS_VALUES = {"on", "off", "true", "false", "yes", "no", "none", "null",
        "nil", "enabled", "disabled", "empty", "n/a", "undefined", "required", "optional", "masked", "redacted",
        "unknown", "missing"};
    /** Company forms: capitalised words next to one are a company's name, not a person's. */
    private static final java.util.Set<String> COMPANY_FORMS = java.util.Set.of(
            "llc", "ltd", "inc", "gmbh", "corp", "llp", "plc", "ag", "ооо", "оао", "зао", "пао", "ао", "ип");
    private static final String[] SCHEMES = {"bearer", "basic", "digest", "token", "negotiate", "ntlm", "hoba",
        "mutual", "aws4-hmac-sha256", "apikey", "sso"};

    private final Function<String, SensitiveKind> keyKind;

    TextDetectors(Function<String, SensitiveKind> keyKind) {
        this.keyKind = keyKind;
    }

    // ---------------------------------------------------------------- e-mail, URL user info, JDBC credentials

    /** At an {@code @}: URL user info, a JDBC {@code user/password@}, or an e-mail address. */
    static int at(String t, int at, FindingSink sink) {
        int userInfo = urlUserInfo(t, at);
        if (userInfo >= 0) {
            sink.found(SensitiveKind.SECRET, userInfo, at);
            return at + 1;
        }
        int jdbc = jdbcCredentials(t, at);
        if (jdbc >= 0) {
            sink.found(SensitiveKind.SECRET, jdbc, at);
            return at + 1;
        }
        return email(t, at, sink);
    }

    private static int email(String t, int at, FindingSink sink) {
        int ls = at;
        while (ls > 0 && at - ls < 128 && isLocalChar(t.charAt(ls - 1))) {
            ls--;
        }
        while (ls < at && !Character.isLetterOrDigit(t.charAt(ls))) {
            ls++; // a quote, brace or dot before the address is not part of it
        }
        if (ls == at) {
            return at + 1;
        }
        int n = t.length();
        int j = at + 1;
        while (j < n && j - at < 256 && isDomainChar(t.charAt(j))) {
            j++;
        }
        int de = j;
        while (de > at + 1 && (t.charAt(de - 1) == '.' || t.charAt(de - 1) == '-')) {
            de--;
        }
        int lastDot = -1;
        for (int k = at + 1; k < de; k++) {
            if (t.charAt(k) == '.') {
                lastDot = k;
            }
        }
        if (lastDot <= at + 1 || !topLevelDomain(t, lastDot + 1, de)) {
            return at + 1;
        }
        sink.found(SensitiveKind.EMAIL, ls, de);
        return de;
    }

    /** Letters only ({@code ru}, {@code рф}) of two or more, or a punycode label ({@code xn--p1ai}). */
    private static boolean topLevelDomain(String t, int s, int e) {
        if (e - s >= 5 && t.regionMatches(true, s, "xn--", 0, 4)) {
            return true;
        }
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (!Character.isLetter(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code scheme://user:password@host}: the start of the user info, or -1. */
    private static int urlUserInfo(String t, int at) {
        int floor = Math.max(0, at - 256);
        int k = at;
        boolean colon = false;
        while (k > floor) {
            char c = t.charAt(k - 1);
            if (c == '/' || Character.isWhitespace(c) || c == '@' || c == '"') {
                break;
            }
            colon |= c == ':';
            k--;
        }
        if (colon && k >= 3 && t.charAt(k - 1) == '/' && t.charAt(k - 2) == '/' && t.charAt(k - 3) == ':'
                && k < at) {
            return k;
        }
        return -1;
    }

    /** {@code jdbc:oracle:thin:user/password@host}: the start of {@code user/password}, or -1. */
    private static int jdbcCredentials(String t, int at) {
        int floor = Math.max(0, at - 256);
        int k = at;
        int colon = -1;
        boolean slash = false;
        while (k > floor) {
            char c = t.charAt(k - 1);
            if (Character.isWhitespace(c) || c == '"' || c == '\'') {
                break;
            }
            if (c == ':' && colon < 0) {
                colon = k - 1;
            }
            if (colon < 0 && c == '/') {
                slash = true;
            }
            k--;
        }
        if (colon < 0 || !slash || colon + 1 >= at) {
            return -1;
        }
        int jdbc = indexOfIgnoreCase(t, "jdbc:", k, colon);
        return jdbc >= 0 ? colon + 1 : -1;
    }

    // ---------------------------------------------------------------- key = value in its many spellings

    /**
     * At a separator ({@code =}, {@code :}, {@code =>}, {@code ->} starting at {@code sep}, {@code sepLen} chars
     * long): classifies the key before it and reports the value after it as the key's kind.
     */
    int keyValue(String t, int sep, int sepLen, boolean secretsOnly, FindingSink sink) {
        int ke = sep;
        while (ke > 0 && t.charAt(ke - 1) == ' ') {
            ke--;
        }
        while (ke > 0 && (t.charAt(ke - 1) == '"' || t.charAt(ke - 1) == '\'' || t.charAt(ke - 1) == '\\')
                && sep - ke < 4) {
            ke--;
        }
        int ks = ke;
        while (ks > 0 && ke - ks < 64 && isKeyChar(t.charAt(ks - 1))) {
            ks--;
        }
        while (ks < ke && !Character.isLetter(t.charAt(ks))) {
            ks++; // a key starts with a letter: "10:15" is a time, "-x" an option
        }
        if (ke - ks < 2) {
            return sep + sepLen;
        }
        // a key of two words is classified whole: "адрес доставки:" and "last name:" are sensitive though their
        // last word alone is not, "gift card:" and "адрес магазина:" are harmless though it is
        int ps = ks;
        if (ks >= 2 && t.charAt(ks - 1) == ' ' && isKeyChar(t.charAt(ks - 2))) {
            ps = ks - 1;
            while (ps > 0 && ke - ps < 64 && isKeyChar(t.charAt(ps - 1))) {
                ps--;
            }
            if (!Character.isLetter(t.charAt(ps))) {
                ps = ks; // the word before is a number or a symbol, not part of the key
            }
        }
        SensitiveKind kind = keyKind.apply(t.substring(ps, ke));
        if (kind == null && !secretsOnly && FieldNames.namesPerson(t.substring(ks, ke))) {
            return personName(t, sep + sepLen, sink);
        }
        if (kind == null || secretsOnly && kind != SensitiveKind.SECRET && kind != SensitiveKind.TOKEN) {
            return sep + sepLen;
        }
        return value(t, sep + sepLen, kind, sink);
    }

    /** {@code <password>value</password>}: at the {@code <}. */
    int xmlElement(String t, int lt, FindingSink sink) {
        int n = t.length();
        int k = lt + 1;
        while (k < n && k - lt < 64 && isKeyChar(t.charAt(k))) {
            k++;
        }
        if (k == lt + 1 || k >= n || t.charAt(k) != '>' || !Character.isLetter(t.charAt(lt + 1))) {
            return lt + 1;
        }
        SensitiveKind kind = keyKind.apply(t.substring(lt + 1, k));
        if (kind == null) {
            return k;
        }
        int v = k + 1;
        int e = v;
        while (e < n && t.charAt(e) != '<') {
            e++;
        }
        if (e > v && !harmless(t, v, e)) {
            sink.found(kind, v, e);
        }
        return e;
    }

    /** The value starting at {@code v} (after the separator), reported as {@code kind}. */
    private static int value(String t, int v, SensitiveKind kind, FindingSink sink) {
        int n = t.length();
        while (v < n && t.charAt(v) == ' ') {
            v++;
        }
        if (v < n && t.charAt(v) == '[') {
            v++; // a header map's toString: {Authorization=[Bearer abc]}
        }
        if (v >= n) {
            return v;
        }
        char q = t.charAt(v);
        boolean escapedQuote = q == '\\' && v + 1 < n && (t.charAt(v + 1) == '"' || t.charAt(v + 1) == '\'');
        if (escapedQuote) {
            v++;
            q = t.charAt(v);
        }
        if (q == '"' || q == '\'') {
            int s = v + 1;
            int e = s;
            while (e < n && t.charAt(e) != q && t.charAt(e) != '\n') {
                if (t.charAt(e) == '\\') {
                    if (escapedQuote && e + 1 < n && t.charAt(e + 1) == q) {
                        break;
                    }
                    e++;
                }
                e++;
            }
            e = Math.min(e, n);
            if (e > s && !harmless(t, s, e)) {
                sink.found(kind, s, schemeAware(t, s, e, kind));
            }
            return e;
        }
        if (q == '{' || q == '[') {
            return v; // an object: its own keys are looked at
        }
        int e;
        if (kind == SensitiveKind.NAME || kind == SensitiveKind.ADDRESS) {
            e = phraseEnd(t, v, kind == SensitiveKind.ADDRESS);
        } else {
            e = v;
            while (e < n && !isValueEnd(t.charAt(e))) {
                e++;
            }
            e = groupedNumber(kind) ? groupsEnd(t, v, e, kind) : schemeAware(t, v, e, kind);
        }
        while (e > v && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '.')) {
            e--;
        }
        if (e > v && !harmless(t, v, e)) {
            int s = credentialStart(t, v, e);
            sink.found(kind, s < e ? s : v, e);
        }
        return Math.max(e, v + 1);
    }

    /**
     * After a key that names a person ({@code получатель:}, {@code recipient=}): two or three capitalised words
     * ({@code Смирнова Анна}, {@code Anna Petrova-Vodkina}) are a name; an id ({@code C-10042}) is not.
     */
    private static int personName(String t, int v, FindingSink sink) {
        int n = t.length();
        int s = v;
        while (s < n && t.charAt(s) == ' ') {
            s++;
        }
        int k = s;
        int words = 0;
        int end = s;
        while (k < n && words < 3 && Character.isUpperCase(t.charAt(k))) {
            int w = k + 1;
            while (w < n && (Character.isLowerCase(t.charAt(w))
                    || t.charAt(w) == '-' && w + 1 < n && Character.isUpperCase(t.charAt(w + 1)))) {
                w++;
            }
            if (w - k < 2 || w < n && Character.isLetterOrDigit(t.charAt(w))) {
                break;
            }
            words++;
            end = w;
            if (w + 1 < n && t.charAt(w) == ' ' && Character.isUpperCase(t.charAt(w + 1))) {
                k = w + 1;
            } else {
                break;
            }
        }
        if (words >= 2 && !companyFormAfter(t, end)) {
            sink.found(SensitiveKind.NAME, s, end);
            return end;
        }
        return v;
    }

    /** {@code Jewelry Shop LLC}: a company form right after the words. */
    private static boolean companyFormAfter(String t, int end) {
        int n = t.length();
        int k = end;
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == ',')) {
            k++;
        }
        int s = k;
        while (k < n && Character.isLetter(t.charAt(k))) {
            k++;
        }
        return k > s && COMPANY_FORMS.contains(t.substring(s, k).toLowerCase(java.util.Locale.ROOT));
    }

    /** Longest value a grouped number's groups extend to, from the value's start. */
    private static final int MAX_GROUPED_NUMBER = 48;

    /** Kinds whose value is a number people write in groups: {@code +44 20 7946 0958}, {@code 4509 123456}. */
    private static boolean groupedNumber(SensitiveKind kind) {
        return switch (kind) {
            case PHONE, CARD, PASSPORT, INN, SNILS, OGRN, ACCOUNT, IBAN, BIRTH_DATE -> true;
            default -> false;
        };
    }

    /**
     * A grouped number's value runs on from the end of its first token ({@code e}) over further groups of digits
     * and the number's own separators, each one or two spaces (or a closing bracket) after the last:
     * {@code (916) 123-45-67}, {@code 4509 123456}, {@code +44 20 7946 0958}. An IBAN's groups may be capitals
     * ({@code GB82 WEST 1234 ...}), a passport's parts may be joined by a word and a comma ({@code серия 4509,
     * номер 123456}), a date of birth may name its month ({@code 1 февраля 1985 г.}). It stops at the first other
     * group without a digit ({@code ext.}, {@code exp}, a word) or a delimiter, so what follows stays readable.
     */
    private static int groupsEnd(String t, int v, int e, SensitiveKind kind) {
        int n = t.length();
        boolean iban = kind == SensitiveKind.IBAN;
        int end = e;
        while (end < n && end - v < MAX_GROUPED_NUMBER) {
            int k = end;
            boolean joined = t.charAt(k) == ')' || kind == SensitiveKind.PASSPORT && t.charAt(k) == ',';
            if (joined) {
                k++;
            }
            int gap = k;
            while (k < n && k - gap < 2 && (t.charAt(k) == ' ' || Character.isSpaceChar(t.charAt(k)))) {
                k++;
            }
            if (k == gap && !joined) {
                break; // the token ended at a delimiter, not between groups
            }
            int g = k;
            boolean digit = false;
            boolean capitals = true;
            while (g < n && isGroupChar(t.charAt(g), iban)) {
                char c = t.charAt(g);
                digit |= Character.isDigit(c);
                capitals &= c >= 'A' && c <= 'Z';
                g++;
            }
            if (g == k) {
                int w = k;
                while (w < n && (Character.isLetter(t.charAt(w)) || t.charAt(w) == '№' || t.charAt(w) == '.')) {
                    w++;
                }
                if (w == k || !numberWord(t, k, w, kind)) {
                    break;
                }
                end = w;
                continue;
            }
            if (!digit && !(iban && capitals && g - k <= 4)) {
                break;
            }
            end = g;
        }
        return end;
    }

    /**
     * A word inside a grouped number's value: what joins a passport's parts ({@code серия}, {@code номер},
     * {@code №}), or a month or year word of a date of birth ({@code февраля}, {@code Feb.}, {@code г.}).
     */
    private static boolean numberWord(String t, int s, int e, SensitiveKind kind) {
        String word = NumberDetector.word(t, s, e);
        return switch (kind) {
            case PASSPORT -> NumberDetector.PASSPORT_CONNECTORS.contains(word) || word.equals("серия")
                    || word.equals("series");
            case BIRTH_DATE -> NumberDetector.MONTHS.contains(word) || word.equals("г") || word.equals("года")
                    || word.equals("год");
            default -> false;
        };
    }

    private static boolean isGroupChar(char c, boolean iban) {
        return Character.isDigit(c) || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+'
                || iban && c >= 'A' && c <= 'Z';
    }

    /**
     * After an auth scheme word ({@code Bearer x}, {@code Digest username=...}) the credential runs on: one more
     * token, or the rest of the line for Digest.
     */
    private static int schemeAware(String t, int v, int e, SensitiveKind kind) {
        int n = t.length();
        if (e >= n || t.charAt(e) != ' ' || !isScheme(t, v, e)) {
            return e;
        }
        int s = e;
        while (s < n && t.charAt(s) == ' ') {
            s++;
        }
        int e2 = s;
        boolean digest = e - v == 6 && t.regionMatches(true, v, "digest", 0, 6);
        while (e2 < n && (digest ? t.charAt(e2) != '\n' && t.charAt(e2) != ']' && t.charAt(e2) != '}'
                : !isValueEnd(t.charAt(e2)))) {
            e2++;
        }
        return e2 > s ? e2 : e;
    }

    /** Where the credential starts in a value: after the scheme word, so {@code Bearer} stays readable. */
    private static int credentialStart(String t, int v, int e) {
        int k = v;
        while (k < e && t.charAt(k) != ' ') {
            k++;
        }
        if (k < e && isScheme(t, v, k)) {
            while (k < e && t.charAt(k) == ' ') {
                k++;
            }
            return k;
        }
        return v;
    }

    private static boolean isScheme(String t, int s, int e) {
        for (String scheme : SCHEMES) {
            if (e - s == scheme.length() && t.regionMatches(true, s, scheme, 0, scheme.length())) {
                return true;
            }
        }
        return false;
    }

    /** A name or address runs to the next delimiter or the next {@code key=}; an address over commas too. */
    private static int phraseEnd(String t, int v, boolean overCommas) {
        int n = t.length();
        int e = v;
        while (e < n) {
            char c = t.charAt(e);
            if (c == '\n' || c == ';' || c == '&' || c == '}' || c == ']' || c == '"' || c == '|'
                    || c == ',' && !overCommas) {
                break;
            }
            if (c == ' ' && nextIsKey(t, e + 1)) {
                break;
            }
            e++;
        }
        return e;
    }

    private static boolean nextIsKey(String t, int k) {
        int n = t.length();
        int s = k;
        while (k < n && isKeyChar(t.charAt(k))) {
            k++;
        }
        return k > s && k < n && (t.charAt(k) == '=' || t.charAt(k) == ':');
    }

    private static boolean harmless(String t, int s, int e) {
        for (String word : HARMLESS_VALUES) {
            if (e - s == word.length() && t.regionMatches(true, s, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- JWT, auth schemes, IBAN

    /** {@code eyJ...}: a JWT of two parts (header.payload, payload a JSON object too) or three. */
    static int jwt(String t, int i, FindingSink sink) {
        int n = t.length();
        if (i > 0 && isBase64Url(t.charAt(i - 1))) {
            return i + 1;
        }
        int j = i;
        while (j < n && isBase64Url(t.charAt(j))) {
            j++;
        }
        if (j - i < 10 || j >= n || t.charAt(j) != '.') {
            return j;
        }
        int p = ++j;
        while (j < n && isBase64Url(t.charAt(j))) {
            j++;
        }
        if (j - p < 2) {
            return j;
        }
        if (j < n && t.charAt(j) == '.') {
            j++;
            while (j < n && isBase64Url(t.charAt(j))) {
                j++;
            }
        } else if (!t.startsWith("eyJ", p)) {
            return j; // two parts count only when the second is a JSON object as well
        }
        sink.found(SensitiveKind.TOKEN, i, j);
        return j;
    }

    /**
     * {@code Bearer x} and {@code Basic x} without a key: a bearer token needs 16 token chars with a digit or
     * mixed case (or a JWT); a Basic credential must decode to {@code user:password}, so {@code Basic necklace}
     * stays a product.
     */
    static int authScheme(String t, int i, FindingSink sink) {
        if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
            return i + 1;
        }
        boolean bearer = t.regionMatches(true, i, "bearer", 0, 6);
        boolean basic = !bearer && t.regionMatches(true, i, "basic", 0, 5);
        if (!bearer && !basic) {
            return i + 1;
        }
        int n = t.length();
        int j = i + (bearer ? 6 : 5);
        if (j >= n || t.charAt(j) != ' ') {
            return j;
        }
        while (j < n && t.charAt(j) == ' ') {
            j++;
        }
        int e = j;
        while (e < n && isTokenChar(t.charAt(e))) {
            e++;
        }
        if (e == j || (e < n && Character.isLetterOrDigit(t.charAt(e)))) {
            return j;
        }
        if (bearer ? bearerToken(t, j, e) : basicCredential(t, j, e)) {
            sink.found(SensitiveKind.TOKEN, j, e);
        }
        return e;
    }

    private static boolean bearerToken(String t, int s, int e) {
        if (t.startsWith("eyJ", s) && t.indexOf('.', s) > 0 && t.indexOf('.', s) < e) {
            return true;
        }
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        for (int k = s; k < e; k++) {
            char c = t.charAt(k);
            digit |= c >= '0' && c <= '9';
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        return e - s >= 16 && (digit || lower && upper);
    }

    private static boolean basicCredential(String t, int s, int e) {
        if (e - s < 4) {
            return false;
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(t.substring(s, e));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean colon = false;
        for (byte b : decoded) {
            if (b == ':') {
                colon = true;
            } else if (b >= 0 && b < 0x20) {
                return false;
            }
        }
        return colon && decoded.length >= 2;
    }

    /** At an upper-case letter that starts a word: an IBAN (country, check digits, BBAN) passing mod 97. */
    static int iban(String t, int i, FindingSink sink) {
        int n = t.length();
        if (i + 15 > n || (i > 0 && isWordChar(t.charAt(i - 1))) || !isUpper(t.charAt(i + 1))
                || !NumberDetector.isDigit(t.charAt(i + 2)) || !NumberDetector.isDigit(t.charAt(i + 3))) {
            return i + 1;
        }
        int j = i;
        int chars = 0;
        int lastGood = -1;
        while (j < n && chars < 34) {
            char c = t.charAt(j);
            if (isUpper(c) || NumberDetector.isDigit(c)) {
                chars++;
                j++;
                if (chars >= 15 && (j >= n || !isWordChar(t.charAt(j))) && Checksums.iban(t, i, j)) {
                    lastGood = j;
                }
            } else if (c == ' ' && j + 1 < n && chars % 4 == 0 && (isUpper(t.charAt(j + 1))
                    || NumberDetector.isDigit(t.charAt(j + 1)))) {
                j++;
            } else {
                break;
            }
        }
        if (lastGood > 0) {
            sink.found(SensitiveKind.IBAN, i, lastGood);
            return lastGood;
        }
        return i + 1;
    }

    // ---------------------------------------------------------------- character classes

    private static int indexOfIgnoreCase(String t, String word, int from, int to) {
        for (int k = from; k + word.length() <= to; k++) {
            if (t.regionMatches(true, k, word, 0, word.length())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isWordChar(char c) {
        return NumberDetector.isWordChar(c);
    }

    /** Letters, digits and the RFC 5322 specials except the URL and key separators {@code = & / : ?}. */
    private static boolean isLocalChar(char c) {
        return isWordChar(c) || c == '.' || c == '+' || c == '-' || c == '!' || c == '#' || c == '$' || c == '%'
                || c == '\'' || c == '*' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' || c == '~';
    }

    private static boolean isDomainChar(char c) {
        return isWordChar(c) && c != '_' || c == '.' || c == '-';
    }

    static boolean isKeyChar(char c) {
        return isWordChar(c) || c == '-' || c == '.';
    }

    private static boolean isValueEnd(char c) {
        return Character.isWhitespace(c) || c == '&' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '}'
                || c == ']' || c == ')' || c == '<' || c == '>' || c == '\\';
    }

    private static boolean isBase64Url(char c) {
        return c < 128 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'
                || c == '_');
    }

    private static boolean isTokenChar(char c) {
        return isBase64Url(c) || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
    }
}
