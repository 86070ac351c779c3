package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;

/**
 * Credentials recognisable by their published shape alone, whatever key (if any) they stand under: cloud access
 * keys, source-hosting, chat and payment-provider tokens, browser API keys, and PEM private-key blocks.
 *
 * <p>Each detector starts from a literal prefix checked at a word start, then the body's charset and length;
 * loose formats ({@code sk-...}, Yandex {@code AQAAAA...}) also need a mix of letters and digits, so an
 * identifier like {@code sk-order-service-name} is kept. Only chars that can start a prefix cost more than one
 * compare. JWTs are the value scanner's, not this class's.
 */
public final class KnownTokens {

    private static final String[] GITHUB = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"};
    private static final String[] GITLAB = {"glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glimt-"};
    private static final String[] SLACK = {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-", "xapp-"};
    private static final String[] STRIPE = {"sk_live_", "sk_test_", "rk_live_", "rk_test_"};
    private static final String[] YANDEX = {"y0_", "y1_", "y2_", "y3_"};
    private static final String[] AWS_SECRET_KEYS = {
        "aws_secret_access_key", "awssecretaccesskey", "secretaccesskey", "aws_secret_key", "aws-secret-access-key"};
    private static final String SLACK_HOOK = "hooks.slack.com/services/";
    private static final String PEM_BEGIN = "-----BEGIN ";
    private static final String PEM_END = "-----END ";
    private static final String DASHES = "-----";

    private static final int ALNUM = 1;
    private static final int URL_SAFE = 2; // A-Z a-z 0-9 _ -
    private static final int BASE64 = 3; // A-Z a-z 0-9 + / =
    private static final int UPPER_ALNUM = 4; // A-Z 0-9
    private static final int ALNUM_UNDERSCORE = 5;

    private KnownTokens() {
    }

    /** Reports every well-known token or private key in {@code text}: TOKEN for access tokens, SECRET for keys. */
    public static void find(CharSequence text, FindingSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '-') {
                end = pem(text, i, sink);
            } else if (c < 128 && (i == 0 || !isAlnum(text.charAt(i - 1)))) {
                end = atWordStart(text, i, c, sink);
            }
            i = end > i ? end : i + 1;
        }
    }

    /** Detectors keyed by the first char of their prefix; returns the end of a finding, or -1. */
    private static int atWordStart(CharSequence text, int i, char c, FindingSink sink) {
        switch (c) {
            case 'A':
                if (startsWith(text, i, "AKIA") || startsWith(text, i, "ASIA")) {
                    return exact(text, i, 4, UPPER_ALNUM, 16, SensitiveKind.TOKEN, sink);
                }
                if (startsWith(text, i, "AIza")) {
                    return exact(text, i, 4, URL_SAFE, 35, SensitiveKind.TOKEN, sink);
                }
                if (startsWith(text, i, "AQAAAA")) {
                    return loose(text, i, 6, URL_SAFE, 33, 80, SensitiveKind.TOKEN, sink);
                }
                return awsSecret(text, i, sink);
            case 'a':
            case 's':
            case 'S':
                if (c == 's' && (startsWith(text, i, "sk_") || startsWith(text, i, "sk-"))) {
                    return sk(text, i, sink);
                }
                if (c == 'S' && startsWith(text, i, "SG.")) {
                    return sendGrid(text, i, sink);
                }
                return awsSecret(text, i, sink);
            case 'g':
                if (startsWith(text, i, "github_pat_")) {
                    return atLeast(text, i, 11, ALNUM_UNDERSCORE, 40, SensitiveKind.TOKEN, sink);
                }
                for (String prefix : GITHUB) {
                    if (startsWith(text, i, prefix)) {
                        return atLeast(text, i, prefix.length(), ALNUM, 36, SensitiveKind.TOKEN, sink);
                    }
                }
                for (String prefix : GITLAB) {
                    if (startsWith(text, i, prefix)) {
                        return atLeast(text, i, prefix.length(), URL_SAFE, 20, SensitiveKind.TOKEN, sink);
                    }
                }
                return -1;
            case 'x':
                for (String prefix : SLACK) {
                    if (startsWith(text, i, prefix)) {
                        return loose(text, i, prefix.length(), URL_SAFE, 10, 255, SensitiveKind.TOKEN, sink);
                    }
                }
                return -1;
            case 'h':
                return slackHook(text, i, sink);
            case 'r':
                return stripe(text, i, sink);
            case 'y':
                for (String prefix : YANDEX) {
                    if (startsWith(text, i, prefix)) {
                        return loose(text, i, prefix.length(), URL_SAFE, 40, 120, SensitiveKind.TOKEN, sink);
                    }
                }
                return -1;
            case 'b':
                // Bot API URLs glue the token to "bot": https://api.telegram.org/bot<token>/sendMessage
                return startsWith(text, i, "bot") ? telegram(text, i + 3, sink) : -1;
            case 'n':
                return startsWith(text, i, "npm_") ? exact(text, i, 4, ALNUM, 36, SensitiveKind.TOKEN, sink) : -1;
            default:
                return c >= '1' && c <= '9' ? telegram(text, i, sink) : -1;
        }
    }

    /** {@code sk_live_}/{@code sk_test_} (Stripe) or {@code sk-...} (OpenAI, Anthropic and alike). */
    private static int sk(CharSequence text, int i, FindingSink sink) {
        if (text.charAt(i + 2) == '_') {
            return stripe(text, i, sink);
        }
        return loose(text, i, 3, URL_SAFE, 32, 400, SensitiveKind.TOKEN, sink);
    }

    private static int stripe(CharSequence text, int i, FindingSink sink) {
        for (String prefix : STRIPE) {
            if (startsWith(text, i, prefix)) {
                return atLeast(text, i, prefix.length(), ALNUM, 24, SensitiveKind.SECRET, sink);
            }
        }
        return -1;
    }

    /** {@code SG.} + 22 url-safe chars + {@code .} + 43 url-safe chars. */
    private static int sendGrid(CharSequence text, int i, FindingSink sink) {
        int first = run(text, i + 3, URL_SAFE);
        if (first - (i + 3) != 22 || first >= text.length() || text.charAt(first) != '.') {
            return -1;
        }
        int second = run(text, first + 1, URL_SAFE);
        if (second - (first + 1) != 43 || !endsWord(text, second)) {
            return -1;
        }
        sink.found(SensitiveKind.TOKEN, i, second);
        return second;
    }

    /** Telegram bot token: 8 to 10 digits, a colon, 35 url-safe chars. */
    private static int telegram(CharSequence text, int i, FindingSink sink) {
        int digits = i;
        int n = text.length();
        if (i >= n || text.charAt(i) < '1' || text.charAt(i) > '9') {
            return -1;
        }
        while (digits < n && digits - i <= 10 && isDigit(text.charAt(digits))) {
            digits++;
        }
        int count = digits - i;
        if (count < 8 || count > 10 || digits >= n || text.charAt(digits) != ':') {
            return -1;
        }
        int end = run(text, digits + 1, URL_SAFE);
        if (end - (digits + 1) != 35 || !endsWord(text, end)) {
            return -1;
        }
        sink.found(SensitiveKind.TOKEN, i, end);
        return end;
    }

    /** {@code hooks.slack.com/services/T.../B.../...}: the path after {@code services/} is the secret. */
    private static int slackHook(CharSequence text, int i, FindingSink sink) {
        if (!startsWith(text, i, SLACK_HOOK)) {
            return -1;
        }
        int start = i + SLACK_HOOK.length();
        int end = start;
        int n = text.length();
        while (end < n && (isUrlSafe(text.charAt(end)) || text.charAt(end) == '/')) {
            end++;
        }
        if (end - start < 20) {
            return -1;
        }
        sink.found(SensitiveKind.SECRET, start, end);
        return end;
    }

    /**
     * {@code aws_secret_access_key = <40 base64 chars>} and {@code "secretAccessKey": "..."}: the key name, then
     * separators (spaces, quotes, {@code = : =>}), then exactly 40 chars; the value alone is too loose to trust.
     */
    private static int awsSecret(CharSequence text, int i, FindingSink sink) {
        // every key name goes on with "w" (aws...) or "e" (secret...): one compare for most words
        char second = i + 1 < text.length() ? (char) (text.charAt(i + 1) | 0x20) : 0;
        if (second != 'w' && second != 'e') {
            return -1;
        }
        for (String key : AWS_SECRET_KEYS) {
            if (startsWithIgnoreCase(text, i, key)) {
                int v = i + key.length();
                int n = text.length();
                int limit = v + 6;
                while (v < n && v < limit && isAssignment(text.charAt(v))) {
                    v++;
                }
                int end = run(text, v, BASE64);
                if (v > i + key.length() && end - v == 40 && endsWord(text, end)) {
                    sink.found(SensitiveKind.SECRET, v, end);
                    return end;
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code -----BEGIN ... PRIVATE KEY-----} to the matching END line, whole, whatever the newlines look like
     * (raw or escaped as {@code \n}). Without an END the rest of the text goes: a cut key is still a key.
     */
    private static int pem(CharSequence text, int i, FindingSink sink) {
        if (!startsWith(text, i, PEM_BEGIN)) {
            return -1;
        }
        int n = text.length();
        int labelStart = i + PEM_BEGIN.length();
        int labelEnd = indexOf(text, DASHES, labelStart, Math.min(n, labelStart + 64));
        if (labelEnd < 0 || indexOf(text, "PRIVATE KEY", labelStart, labelEnd) < 0) {
            return -1;
        }
        int end = n;
        int from = labelEnd + DASHES.length();
        int endLine = indexOf(text, PEM_END, from, n);
        if (endLine >= 0) {
            int close = indexOf(text, DASHES, endLine + PEM_END.length(), Math.min(n, endLine + PEM_END.length() + 64));
            end = close < 0 ? n : close + DASHES.length();
        }
        sink.found(SensitiveKind.SECRET, i, end);
        return end;
    }

    /** Prefix plus exactly {@code length} body chars, ending at a word end. */
    private static int exact(CharSequence text, int i, int prefix, int charset, int length, SensitiveKind kind,
            FindingSink sink) {
        int end = run(text, i + prefix, charset);
        if (end - (i + prefix) != length || !endsWord(text, end)) {
            return -1;
        }
        sink.found(kind, i, end);
        return end;
    }

    /** Prefix plus at least {@code min} body chars. */
    private static int atLeast(CharSequence text, int i, int prefix, int charset, int min, SensitiveKind kind,
            FindingSink sink) {
        int end = run(text, i + prefix, charset);
        if (end - (i + prefix) < min || !endsWord(text, end)) {
            return -1;
        }
        sink.found(kind, i, end);
        return end;
    }

    /** Prefix plus {@code min..max} body chars that mix letters and digits (the entropy floor). */
    private static int loose(CharSequence text, int i, int prefix, int charset, int min, int max, SensitiveKind kind,
            FindingSink sink) {
        int start = i + prefix;
        int end = run(text, start, charset);
        int length = end - start;
        if (length < min || length > max || !endsWord(text, end) || !looksRandom(text, start, end)) {
            return -1;
        }
        sink.found(kind, i, end);
        return end;
    }

    /**
     * The entropy floor for loose formats: an eighth of the body in each letter case, or an eighth in digits with
     * letters too, so {@code sk-order-service-v2-...} is kept while a random base62 or hex body passes.
     */
    private static boolean looksRandom(CharSequence text, int start, int end) {
        int digits = 0;
        int upper = 0;
        int lower = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (isDigit(c)) {
                digits++;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
            }
        }
        int eighth = Math.max(1, (end - start) / 8);
        boolean mixedCase = upper >= eighth && lower >= eighth;
        return mixedCase || digits >= eighth && upper + lower > 0;
    }

    private static int run(CharSequence text, int from, int charset) {
        int n = text.length();
        int i = from;
        while (i < n && inCharset(text.charAt(i), charset)) {
            i++;
        }
        return i;
    }

    private static boolean inCharset(char c, int charset) {
        return switch (charset) {
            case ALNUM -> isAlnum(c);
            case URL_SAFE -> isUrlSafe(c);
            case BASE64 -> isAlnum(c) || c == '+' || c == '/' || c == '=';
            case UPPER_ALNUM -> c >= 'A' && c <= 'Z' || isDigit(c);
            case ALNUM_UNDERSCORE -> isAlnum(c) || c == '_';
            default -> false;
        };
    }

    /** The token ends here: no letter or digit glued after it. */
    private static boolean endsWord(CharSequence text, int end) {
        return end >= text.length() || !isUrlSafe(text.charAt(end));
    }

    private static boolean startsWith(CharSequence text, int i, String prefix) {
        int len = prefix.length();
        if (i + len > text.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (text.charAt(i + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(CharSequence text, int i, String lowerPrefix) {
        int len = lowerPrefix.length();
        if (i + len > text.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            char c = text.charAt(i + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lowerPrefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, String needle, int from, int to) {
        int last = to - needle.length();
        for (int i = from; i <= last; i++) {
            if (startsWith(text, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAssignment(char c) {
        return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '=' || c == ':' || c == '>';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isUrlSafe(char c) {
        return isAlnum(c) || c == '_' || c == '-';
    }
}
