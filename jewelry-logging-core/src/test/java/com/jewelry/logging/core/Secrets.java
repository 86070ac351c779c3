package com.jewelry.logging.core;

import com.jewelry.logging.masking.MaskedCut;

/** Personal values built at run time for the leak tests, and the checks that a line shows no more of them than allowed. */
final class Secrets {

    /** A Luhn-valid card in groups of four; its partial rendering keeps the last four digits. */
    static final String CARD = spaced(luhn("427638001234567"));
    static final String CARD_DIGITS = CARD.replace(" ", "");
    static final String PHONE = "+7 916 " + "123-45-67";
    static final String EMAIL = "ivan.petrov" + "@" + "mail.ru";
    static final String PASSWORD = "Qw7k" + "Zp9LxM";

    private Secrets() {
    }

    /**
     * {@code length} chars of letters and spaces, ending with a space so the value after it stands alone: nothing
     * a detector could take for a value.
     */
    static String filler(int length) {
        StringBuilder sb = new StringBuilder(Math.max(0, length));
        while (sb.length() < length - 1) {
            sb.append(sb.length() % 5 == 4 ? ' ' : 'z');
        }
        if (length > 0) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** The text before the library's truncation marker. */
    static String beforeTruncation(String text) {
        int at = text.lastIndexOf(MaskedCut.TRUNCATED_PREFIX);
        return at < 0 ? text : text.substring(0, at);
    }

    static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    /**
     * Fails if the text (the value of one field, without frames) shows more of {@link #CARD} than its partial
     * rendering does: its digits must be a prefix of the card's last four.
     */
    static void assertShowsAtMostTheCardsLastFour(String text, String what) {
        String shown = digits(beforeTruncation(text));
        if (!CARD_DIGITS.substring(12).startsWith(shown)) {
            throw new AssertionError(what + ": shows " + shown.length() + " digits that are not the card's last four");
        }
    }

    static void assertShowsAtMostThePhonesLastTwo(String text, String what) {
        String shown = digits(beforeTruncation(text));
        if (!"67".startsWith(shown)) {
            throw new AssertionError(what + ": shows " + shown.length() + " digits that are not the phone's last two");
        }
    }

    /** The e-mail's partial rendering keeps its first letter and domain; "va" and "pet" must never show. */
    static void assertShowsNoEmailLocalPart(String text, String what) {
        if (text.contains("va") || text.contains("pet")) {
            throw new AssertionError(what + ": shows part of the e-mail's local part");
        }
    }

    static void assertShowsNoPassword(String text, String what) {
        if (text.contains("Qw") || text.contains("Zp9")) {
            throw new AssertionError(what + ": shows part of the password");
        }
    }

    private static String luhn(String first15) {
        for (char check = '0'; check <= '9'; check++) {
            String candidate = first15 + check;
            int sum = 0;
            for (int i = 0; i < 16; i++) {
                int digit = candidate.charAt(15 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable");
    }

    private static String spaced(String card) {
        return card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " " + card.substring(12);
    }
}
