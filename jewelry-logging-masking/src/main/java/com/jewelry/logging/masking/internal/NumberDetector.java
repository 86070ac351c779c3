package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;

/**
 * Reads a number written with separators ({@code 8 (916) 123-45-67}, {@code 4111.1111.1111.1111},
 * {@code 45 06 123456}) on the detection copy and decides what it is. Strong shapes need no context: a Luhn-valid
 * card in card-like groups (or followed by an expiry {@code /12}), a phone with a {@code +} or phone-like groups,
 * a formatted SNILS with its check number, a passport as {@code 45 06 123456} or {@code 4506 № 123456}. Everything
 * else (a bare INN, SNILS, card, phone, a passport as {@code 4506 123456}, OGRN/OGRNIP, a 20-digit account, a
 * date) is masked only when its {@link ContextWords} stand shortly before it and its check digits hold, so order
 * numbers, epochs and ids stay readable. One instance per scan (it keeps the groups of the number being read).
 */
final class NumberDetector {

    private static final int MAX_GROUPS = 12;
    private static final int SPACE = 1;
    private static final int DASH = 2;
    private static final int DOT = 4;
    private static final int SLASH = 8;
    private static final int PAREN = 16;
    private static final int NUMERO = 32;

    /** The copy being scanned, or {@code null} when the text is its own copy. */
    private final DetectionText copy;
    private final int[] starts = new int[MAX_GROUPS];
    private final int[] ends = new int[MAX_GROUPS];
    private final int[] lens = new int[MAX_GROUPS];
    /** The separator chars before each group (bits). */
    private final int[] seps = new int[MAX_GROUPS];

    NumberDetector(DetectionText copy) {
        this.copy = copy;
    }

    /** Whether a number may start at {@code i}: not glued to a word ({@code ORD-2026}), unless the word names it. */
    static boolean startsNumber(String t, int i) {
        char c = t.charAt(i);
        int n = t.length();
        if ((c == '+' || c == '(') && (i + 1 >= n || !(isDigit(t.charAt(i + 1))
                || (c == '+' && t.charAt(i + 1) == '(' && i + 2 < n && isDigit(t.charAt(i + 2)))))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char p = t.charAt(i - 1);
        int wordEnd;
        if (isWordChar(p)) {
            if (isDigit(p)) {
                return false;
            }
            wordEnd = i;
        } else if ((p == '-' || p == '.' || p == '_' || p == ':') && i >= 2 && isWordChar(t.charAt(i - 2))) {
            // "тел.8916...", "inn:7707083893" start a number; "ORD-2026", "v1.2" and the "15" of "10:15" do not
            wordEnd = i - 1;
        } else {
            return true;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 16 && Character.isLetter(t.charAt(wordStart - 1))) {
            wordStart--;
        }
        // "тел.89161234567", "ИНН7707083893": a glued prefix that names the number does not make it an id
        return wordStart < wordEnd && (wordStart == 0 || !isWordChar(t.charAt(wordStart - 1)))
                && ContextWords.anyWord(t, wordStart, wordEnd);
    }

    /** Reads the number at {@code i} and reports it if it is sensitive; returns the index after the number. */
    int scan(String t, int i, boolean[] enabled, FindingSink sink) {
        int n = t.length();
        int j = i;
        boolean plus = false;
        boolean paren = false;
        if (t.charAt(j) == '+') {
            plus = true;
            j++;
        }
        if (j < n && t.charAt(j) == '(') {
            paren = true;
            j++;
        }
        int g = 0;
        int sepBits = 0;
        while (j < n) {
            int s = j;
            while (j < n && isDigit(t.charAt(j))) {
                j++;
            }
            if (j == s) {
                break;
            }
            if (g == MAX_GROUPS) {
                return skipDigitsAndSeparators(t, j);
            }
            starts[g] = s;
            ends[g] = j;
            lens[g] = j - s;
            seps[g] = sepBits;
            g++;
            int k = j;
            int bits = 0;
            while (k < n && k - j < 3) {
                int b = sepBit(t.charAt(k));
                if (b == 0) {
                    break;
                }
                bits |= b;
                k++;
            }
            if (k == j || k >= n || !isDigit(t.charAt(k))) {
                break;
            }
            paren |= (bits & PAREN) != 0;
            sepBits = bits;
            j = k;
        }
        if (g == 0) {
            return i + 1;
        }
        int end = ends[g - 1];
        if (gluedRight(t, end)) {
            return end;
        }
        SensitiveKind kind = kindOf(t, i, g, plus, paren);
        int findingEnd = end;
        if (kind == null && g >= 2 && (seps[g - 1] & SLASH) != 0 && (lens[g - 1] == 2 || lens[g - 1] == 4)) {
            // a card followed by its expiry: 4111 1111 1111 1111/12
            kind = card(t, i, g - 1, true);
            findingEnd = ends[g - 2];
        }
        if (kind == null && (g == 1 && lens[0] == 4 || g == 2 && lens[0] == 2 && lens[1] == 2)) {
            int six = passportNumberAfter(t, end);
            if (six > 0 && PASSPORT_OK.test(t, i, six)) {
                kind = SensitiveKind.PASSPORT;
                findingEnd = six + 6;
                end = findingEnd;
            }
        }
        if (kind == null && g == 1 && lens[0] <= 2) {
            int dateEnd = textualDateEnd(t, end);
            if (dateEnd > 0 && ContextWords.BIRTH_DATE.before(t, i)) {
                kind = SensitiveKind.BIRTH_DATE; // "born on 1 February 1985", "родился 1 февраля 1985"
                findingEnd = dateEnd;
                end = dateEnd;
            }
        }
        if (kind != null && enabled[kind.ordinal()]) {
            int from = kind == SensitiveKind.PHONE ? i : starts[0];
            sink.found(kind, from, findingEnd);
        }
        return end;
    }

    /** Words between a passport's series and its number: {@code 4506 № 123456}, {@code 4506 номер 123456}. */
    static final java.util.Set<String> PASSPORT_CONNECTORS = java.util.Set.of("№", "номер", "no", "n", "number", "nr");
    /** Month names a date may be written with: Russian (genitive and nominative) and English (also abbreviated). */
    static final java.util.Set<String> MONTHS = java.util.Set.of(
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** A word of letters (and {@code № .}) at {@code [s, e)}, lower case and without trailing dots. */
    static String word(String t, int s, int e) {
        int end = e;
        while (end > s && t.charAt(end - 1) == '.') {
            end--;
        }
        return t.substring(s, end).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * {@code 1 февраля 1985}, {@code 1 Feb. 1985}: after the day that ends at {@code end}, a month name and a
     * four-digit year; the index after the year, or -1.
     */
    private static int textualDateEnd(String t, int end) {
        int n = t.length();
        int k = end;
        if (k >= n || t.charAt(k) != ' ') {
            return -1;
        }
        int w = ++k;
        while (k < n && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '.')) {
            k++;
        }
        if (k == w || !MONTHS.contains(word(t, w, k)) || k >= n || t.charAt(k) != ' ') {
            return -1;
        }
        int y = ++k;
        while (k < n && isDigit(t.charAt(k))) {
            k++;
        }
        return k - y == 4 && !gluedRight(t, k) ? k : -1;
    }

    private interface PassportCheck {
        boolean test(String t, int numberStart, int sixStart);
    }

    /** {@code 4506 № 123456} needs no context; {@code 4506 номер 123456} needs a passport word before it. */
    private static final PassportCheck PASSPORT_OK = (t, start, six) -> {
        for (int k = start; k < six; k++) {
            if (t.charAt(k) == '№') {
                return true;
            }
        }
        return ContextWords.PASSPORT.before(t, start);
    };

    private SensitiveKind kindOf(String t, int first, int g, boolean plus, boolean paren) {
        int digits = 0;
        for (int k = 0; k < g; k++) {
            digits += lens[k];
        }
        if (plus) {
            return digits >= 10 && digits <= 15 ? SensitiveKind.PHONE : null;
        }
        SensitiveKind card = digits >= 13 && digits <= 19 ? card(t, first, g, false) : null;
        if (card != null) {
            return card;
        }
        int d0 = t.charAt(starts[0]) - '0';
        int d1 = secondDigit(t);
        switch (digits) {
            case 6, 8 -> {
                return date(t, g) && context(ContextWords.BIRTH_DATE, t, first, g) ? SensitiveKind.BIRTH_DATE : null;
            }
            case 10 -> {
                if (paren && lens[0] == 3 || d0 == 9 && g >= 3 && lens[0] == 3 && lens[1] == 3 && !hasSlash(g)) {
                    return SensitiveKind.PHONE;
                }
                boolean passportShape = g == 1 || g == 2 && lens[0] == 4 || g == 3 && lens[0] == 2 && lens[1] == 2;
                if (g == 3 && lens[0] == 2 && lens[1] == 2 && allSeps(g, SPACE) || g == 2 && lens[0] == 4
                        && (seps[1] & NUMERO) != 0) {
                    return SensitiveKind.PASSPORT;
                }
                if (passportShape && context(ContextWords.PASSPORT, t, first, g)) {
                    return SensitiveKind.PASSPORT;
                }
                if (d0 == 9 && context(ContextWords.PHONE, t, first, g)) {
                    return SensitiveKind.PHONE;
                }
                if (g == 1 && Checksums.inn(value(t, g), 10) && context(ContextWords.INN, t, first, g)) {
                    return SensitiveKind.INN;
                }
                return null;
            }
            case 11 -> {
                boolean russianPhone = (d0 == 7 || d0 == 8) && (d1 == 9 || d1 == 3 || d1 == 4 || d1 == 8);
                if (russianPhone && !hasSlash(g) && (paren || g >= 3 && lens[0] == 1 && lens[1] == 3)) {
                    return SensitiveKind.PHONE;
                }
                boolean snils = Checksums.snils(value(t, g), 11);
                if (snils && g == 4 && lens[0] == 3 && lens[1] == 3 && lens[2] == 3 && lens[3] == 2
                        && !hasSlash(g)) {
                    return SensitiveKind.SNILS;
                }
                if ((d0 == 7 || d0 == 8) && context(ContextWords.PHONE, t, first, g)) {
                    return SensitiveKind.PHONE;
                }
                return snils && context(ContextWords.SNILS, t, first, g) ? SensitiveKind.SNILS : null;
            }
            case 12 -> {
                return g == 1 && Checksums.inn(value(t, g), 12) && context(ContextWords.INN, t, first, g)
                        ? SensitiveKind.INN : null;
            }
            case 13, 15 -> {
                return Checksums.ogrn(value(t, g), digits) && context(ContextWords.OGRN, t, first, g)
                        ? SensitiveKind.OGRN : null;
            }
            case 20 -> {
                return context(ContextWords.ACCOUNT, t, first, g) ? SensitiveKind.ACCOUNT : null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * A card of groups {@code [0, g)}. Written like a card (card groups or an expiry) with a card word before it:
     * a card whatever its digits, as in {@code карта 2200 1234 5678 9010} (mistyped or made up, the text says what
     * it is). Otherwise only a Luhn-valid number with a card's first digit: strong with card-like groups or an
     * expiry, else in context.
     */
    private SensitiveKind card(String t, int first, int g, boolean expiry) {
        int digits = 0;
        for (int k = 0; k < g; k++) {
            digits += lens[k];
        }
        if (digits < 13 || digits > 19 || hasParen(g)) {
            return null;
        }
        boolean cardLike = expiry || cardGroups(g);
        if (cardLike && context(ContextWords.CARD, t, first, g)) {
            return SensitiveKind.CARD; // whatever its first digit and check digit: "card 1234 5678 9012 3456"
        }
        int d0 = t.charAt(starts[0]) - '0';
        if (d0 < 2 || d0 > 6 || !Checksums.luhn(t, starts[0], ends[g - 1])) {
            return null;
        }
        return cardLike || context(ContextWords.CARD, t, first, g) ? SensitiveKind.CARD : null;
    }

    /** A context word before the number, or an invisible char hidden inside it (which counts as one). */
    private boolean context(ContextWords words, String t, int first, int g) {
        return copy != null && copy.hidesCharsIn(starts[0], ends[g - 1]) || words.before(t, first);
    }

    /** 4-4-4-4, 4-4-4-1..4, 4-4-4-4-3 and the 4-6-5 / 4-6-4 of Amex and Diners. */
    private boolean cardGroups(int g) {
        for (int k = 1; k < g; k++) {
            if ((seps[k] & (SLASH | PAREN | NUMERO)) != 0) {
                return false;
            }
        }
        if (g == 3 && lens[0] == 4 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4)) {
            return true;
        }
        if (g < 4) {
            return false;
        }
        for (int k = 0; k < g - 1; k++) {
            if (lens[k] != 4) {
                return false;
            }
        }
        return lens[g - 1] >= 1 && lens[g - 1] <= 4;
    }

    private boolean date(String t, int g) {
        if (g != 3 || hasParen(g)) {
            return false;
        }
        int a = groupValue(t, 0);
        int b = groupValue(t, 1);
        int c = groupValue(t, 2);
        if (lens[0] == 4 && lens[1] == 2 && lens[2] == 2) {
            return year(a) && month(b) && day(c);
        }
        if (lens[0] == 2 && lens[1] == 2 && (lens[2] == 4 || lens[2] == 2)) {
            return (lens[2] == 2 || year(c)) && (day(a) && month(b) || month(a) && day(b));
        }
        return false;
    }

    private static boolean year(int y) {
        return y >= 1900 && y <= 2099;
    }

    private static boolean month(int m) {
        return m >= 1 && m <= 12;
    }

    private static boolean day(int d) {
        return d >= 1 && d <= 31;
    }

    private int groupValue(String t, int k) {
        int v = 0;
        for (int i = starts[k]; i < ends[k]; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    private int secondDigit(String t) {
        return lens[0] >= 2 ? t.charAt(starts[0] + 1) - '0' : t.charAt(starts[1]) - '0';
    }

    private long value(String t, int g) {
        long v = 0;
        int digits = 0;
        for (int k = 0; k < g; k++) {
            for (int i = starts[k]; i < ends[k] && digits < 18; i++, digits++) {
                v = v * 10 + (t.charAt(i) - '0');
            }
        }
        return v;
    }

    private boolean hasSlash(int g) {
        return anySep(g, SLASH);
    }

    private boolean hasParen(int g) {
        return anySep(g, PAREN);
    }

    private boolean anySep(int g, int bit) {
        for (int k = 1; k < g; k++) {
            if ((seps[k] & bit) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean allSeps(int g, int bits) {
        for (int k = 1; k < g; k++) {
            if ((seps[k] & ~bits) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the six digits of a passport number start after its series, when a connector stands between them
     * ({@code 4506 № 123456}, {@code 4506 номер 123456}, {@code 4506 no. 123456}, also after a comma:
     * {@code серия 4506, номер 123456}); -1 otherwise.
     */
    private static int passportNumberAfter(String t, int end) {
        int n = t.length();
        int k = end;
        while (k < n && t.charAt(k) == ' ') {
            k++;
        }
        if (k < n && t.charAt(k) == ',') {
            // "серия 4509, номер 123456"
            k++;
            while (k < n && t.charAt(k) == ' ') {
                k++;
            }
        }
        int w = k;
        while (k < n && (Character.isLetter(t.charAt(k)) || t.charAt(k) == '№')) {
            k++;
        }
        if (k == w || !PASSPORT_CONNECTORS.contains(t.substring(w, k).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '.' || t.charAt(k) == ':')) {
            k++;
        }
        int s = k;
        while (k < n && isDigit(t.charAt(k))) {
            k++;
        }
        return k - s == 6 && !gluedRight(t, k) ? s : -1;
    }

    private static int skipDigitsAndSeparators(String t, int j) {
        int n = t.length();
        while (j < n && (isDigit(t.charAt(j)) || sepBit(t.charAt(j)) != 0)) {
            j++;
        }
        return j;
    }

    private static boolean gluedRight(String t, int end) {
        if (end >= t.length()) {
            return false;
        }
        char c = t.charAt(end);
        if (isWordChar(c)) {
            return true;
        }
        return (c == '-' || c == '_' || c == '/') && end + 1 < t.length() && isWordChar(t.charAt(end + 1));
    }

    private static int sepBit(char c) {
        return switch (c) {
            case ' ' -> SPACE;
            case '-' -> DASH;
            case '.' -> DOT;
            case '/' -> SLASH;
            case '(', ')' -> PAREN;
            case '№' -> NUMERO;
            default -> 0;
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordChar(char c) {
        return c < 128 ? (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                : Character.isLetterOrDigit(c);
    }
}
