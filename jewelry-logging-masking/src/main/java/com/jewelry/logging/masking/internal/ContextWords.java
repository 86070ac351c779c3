package com.jewelry.logging.masking.internal;

/**
 * Words that name a document or a contact shortly before a number, in Russian and English. A weak number (a bare
 * INN, SNILS, phone, Luhn-valid id, passport, OGRN, account or date) is masked only when one of its words stands
 * within {@link #WINDOW} chars before it on the same line. A word written with a trailing {@code *} matches as a
 * prefix ({@code паспорт*} matches {@code паспорта}); the others must end at a word boundary ({@code acc} does not
 * match {@code accepted}). Matching is case-insensitive and starts at a word boundary.
 */
public enum ContextWords {
    PHONE("тел", "телеф*", "моб*", "сотов*", "звон*", "позвон*", "смс", "phone*", "tel", "mob", "mobile", "cell*",
            "call*", "sms", "whatsapp", "viber"),
    PASSPORT("паспорт*", "серия", "серии", "сер", "passport*", "series"),
    INN("инн", "inn", "tin", "taxid", "tax*", "налог*"),
    SNILS("снилс", "snils", "страхов*"),
    OGRN("огрн", "огрнип", "ogrn", "ogrnip", "psrn"),
    CARD("карт*", "card*", "pan", "visa", "mastercard", "maestro", "amex", "мир"),
    ACCOUNT("счёт*", "счет*", "сч", "р/с", "р/сч", "к/с", "л/с", "расч*", "account*", "acc", "acct", "бик", "bik",
            "bic"),
    BIRTH_DATE("д.р", "д/р", "др", "рожд*", "родил*", "dob", "d.o.b", "born", "birth*");

    /** How far before a number a context word may stand. */
    public static final int WINDOW = 40;

    private final String[] words;
    private final boolean[] prefix;

    ContextWords(String... spelled) {
        words = new String[spelled.length];
        prefix = new boolean[spelled.length];
        for (int i = 0; i < spelled.length; i++) {
            boolean p = spelled[i].endsWith("*");
            prefix[i] = p;
            words[i] = p ? spelled[i].substring(0, spelled[i].length() - 1) : spelled[i];
        }
    }

    /** Whether one of this category's words stands before {@code start} within the window, on the same line. */
    public boolean before(String t, int start) {
        int floor = Math.max(0, start - WINDOW);
        for (int k = start - 1; k >= floor; k--) {
            char c = t.charAt(k);
            if (c == '\n' || c == '\r' || c == '|' || c == ';' || c == '!' || c == '?') {
                floor = k + 1;
                break;
            }
        }
        for (int k = floor; k < start; k++) {
            if (k > 0 && Character.isLetterOrDigit(t.charAt(k - 1))) {
                continue;
            }
            if (matchesAt(t, k, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of this category's words is exactly the word ending at {@code end} (a glued prefix). */
    public boolean isWordBefore(String t, int wordStart, int end) {
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (end - wordStart == word.length() && t.regionMatches(true, wordStart, word, 0, word.length())) {
                return true;
            }
            if (prefix[w] && end - wordStart >= word.length()
                    && t.regionMatches(true, wordStart, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any category names the word {@code t[wordStart, end)}. */
    public static boolean anyWord(String t, int wordStart, int end) {
        for (ContextWords category : ALL) {
            if (category.isWordBefore(t, wordStart, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any category names the ASCII word {@code chars[wordStart, end)}: the quick pass's view of a prefix
     * glued to a number ({@code tel89161234567}); non-ASCII words never reach it. Only the words that start with the
     * same letter are compared (the quick pass asks this for every number glued to a word).
     */
    public static boolean anyAsciiWord(char[] chars, int wordStart, int end) {
        char first = Character.toLowerCase(chars[wordStart]);
        if (first >= 128) {
            return false;
        }
        String[] words = ASCII_BY_FIRST[first];
        boolean[] prefixes = ASCII_PREFIX_BY_FIRST[first];
        int length = end - wordStart;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            int len = word.length();
            if (length < len || length > len && !prefixes[w]) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < len && same; k++) {
                same = Character.toLowerCase(chars[wordStart + k]) == word.charAt(k);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static final ContextWords[] ALL = values();
    /** The length of the shortest word {@link #anyAsciiWord} can match (ASCII letters only). */
    public static final int MIN_ASCII_WORD;
    /** The ASCII words of every category by their first letter, for {@link #anyAsciiWord}. */
    private static final String[][] ASCII_BY_FIRST = new String[128][];
    private static final boolean[][] ASCII_PREFIX_BY_FIRST = new boolean[128][];

    static {
        int shortest = Integer.MAX_VALUE;
        for (char c = 0; c < 128; c++) {
            java.util.List<String> words = new java.util.ArrayList<>();
            java.util.List<Boolean> prefixes = new java.util.ArrayList<>();
            for (ContextWords category : ALL) {
                for (int w = 0; w < category.words.length; w++) {
                    // a word with a dot or a slash (d.o.b) never matches: the quick pass asks about letters only
                    if (category.words[w].charAt(0) == c && asciiLetters(category.words[w])) {
                        words.add(category.words[w]);
                        prefixes.add(category.prefix[w]);
                    }
                }
            }
            ASCII_BY_FIRST[c] = words.toArray(String[]::new);
            for (String word : words) {
                shortest = Math.min(shortest, word.length());
            }
            ASCII_PREFIX_BY_FIRST[c] = new boolean[prefixes.size()];
            for (int i = 0; i < prefixes.size(); i++) {
                ASCII_PREFIX_BY_FIRST[c][i] = prefixes.get(i);
            }
        }
        MIN_ASCII_WORD = shortest;
    }

    private static boolean asciiLetters(String word) {
        return word.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch));
    }

    private boolean matchesAt(String t, int k, int limit) {
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            int e = k + word.length();
            if (e > limit || !t.regionMatches(true, k, word, 0, word.length())) {
                continue;
            }
            if (prefix[w] || e >= t.length() || !Character.isLetter(t.charAt(e))) {
                return true;
            }
        }
        return false;
    }
}
