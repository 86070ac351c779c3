package com.jewelry.logging.masking.internal;

/**
 * Check-digit algorithms that tell a real card, INN or SNILS from an order number of the same length.
 * Digits are read from a text range (non-digits skipped) or from a number packed in a {@code long}, so a
 * check allocates nothing.
 */
public final class Checksums {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private Checksums() {
    }

    /** Luhn (mod 10) over the digits in {@code text[start, end)}. */
    public static boolean luhn(CharSequence text, int start, int end) {
        int sum = 0;
        boolean doubleIt = false;
        int digits = 0;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
            digits++;
        }
        return digits > 1 && sum % 10 == 0;
    }

    /** Digit {@code k} (0 = leftmost) of a number with {@code length} digits. */
    static int digit(long value, int length, int k) {
        return (int) (value / POW10[length - 1 - k] % 10);
    }

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** A 10-digit (organisation) or 12-digit (person) INN with valid check digits. */
    public static boolean inn(long value, int length) {
        if (length == 10) {
            return weighted(value, length, INN10) == digit(value, length, 9);
        }
        if (length == 12) {
            return weighted(value, length, INN11) == digit(value, length, 10)
                    && weighted(value, length, INN12) == digit(value, length, 11);
        }
        return false;
    }

    private static int weighted(long value, int length, int[] weights) {
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * digit(value, length, k);
        }
        return sum % 11 % 10;
    }

    /** An 11-digit SNILS whose last two digits are the check number of the first nine. */
    public static boolean snils(long value, int length) {
        if (length != 11) {
            return false;
        }
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += digit(value, length, k) * (9 - k);
        }
        int check = sum < 100 ? sum : sum % 101;
        if (check == 100) {
            check = 0;
        }
        return check == (int) (value % 100);
    }

    /**
     * An OGRN (13 digits: the first 12 mod 11, mod 10, is the last) or OGRNIP (15 digits: the first 14 mod 13,
     * mod 10, is the last).
     */
    public static boolean ogrn(long value, int length) {
        if (length == 13) {
            return value / 10 % 11 % 10 == value % 10;
        }
        if (length == 15) {
            return value / 10 % 13 % 10 == value % 10;
        }
        return false;
    }

    /**
     * ISO 13616 check of an IBAN in {@code text[start, end)} (spaces skipped): the country code and check digits
     * moved to the end, letters read as 10..35, the whole number mod 97 is 1.
     */
    public static boolean iban(CharSequence text, int start, int end) {
        int remainder = 0;
        int counted = 0;
        for (int pass = 0; pass < 2; pass++) {
            int seen = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    continue;
                }
                boolean head = seen < 4;
                seen++;
                if (head != (pass == 1)) {
                    continue;
                }
                int v;
                if (c >= '0' && c <= '9') {
                    v = c - '0';
                    remainder = (remainder * 10 + v) % 97;
                } else if (c >= 'A' && c <= 'Z') {
                    v = c - 'A' + 10;
                    remainder = (remainder * 100 + v) % 97;
                } else {
                    return false;
                }
                counted++;
            }
        }
        return counted >= 15 && remainder == 1;
    }
}
