package com.jewelry.logging.masking;

/**
 * Personal data built at run time, so no real-looking value sits in source or in a test name. Each value is
 * valid for its checksum (card, INN, SNILS), which is what the detectors confirm.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Fails if {@code text} still holds {@code raw}, reporting only the offset: a failing test must not print
     * the personal data it guards.
     */
    public static void assertNoLeak(String text, String raw) {
        int at = text == null ? -1 : text.indexOf(raw);
        if (at >= 0) {
            throw new AssertionError("raw sensitive value (" + raw.length() + " chars) still present at offset " + at);
        }
    }

    /** A Luhn-valid 16-digit card number with the given prefix. */
    public static String card(String prefix) {
        StringBuilder sb = new StringBuilder(prefix);
        long seed = 73;
        while (sb.length() < 15) {
            seed = seed * 31 + 7;
            sb.append((char) ('0' + (int) (seed % 10)));
        }
        for (char check = '0'; check <= '9'; check++) {
            String candidate = sb.toString() + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("unreachable");
    }

    public static String card() {
        return card("4276");
    }

    /** A 16-digit number that fails Luhn (like an order number). */
    public static String luhnFailing16() {
        String valid = card("4000");
        char last = valid.charAt(15);
        return valid.substring(0, 15) + (char) ('0' + (last - '0' + 1) % 10);
    }

    public static String spaced(String card) {
        return card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12) + " "
                + card.substring(12);
    }

    public static String dashed(String card) {
        return spaced(card).replace(' ', '-');
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /** A valid 10-digit INN. */
    public static String inn10() {
        int[] w = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        String body = "770708389";
        return body + check(body, w);
    }

    /** A valid 12-digit INN. */
    public static String inn12() {
        String body = "5003012345";
        String eleven = body + check(body, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        return eleven + check(eleven, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
    }

    private static int check(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }

    /** A valid SNILS as 11 bare digits. */
    public static String snils() {
        String body = "112233445";
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (9 - i);
        }
        int c = sum < 100 ? sum : sum % 101;
        if (c == 100) {
            c = 0;
        }
        return body + String.format("%02d", c);
    }

    /** SNILS in its usual written form ddd-ddd-ddd dd. */
    public static String snilsFormatted() {
        String s = snils();
        return s.substring(0, 3) + "-" + s.substring(3, 6) + "-" + s.substring(6, 9) + " " + s.substring(9);
    }

    public static String email() {
        return "ivan.petrov" + "@" + "example.ru";
    }

    public static String phonePlus() {
        return "+7 916 " + "123-45-67";
    }

    public static String phoneEight() {
        return "8 (916) " + "123-45-67";
    }

    public static String phoneCompact() {
        return "+7916" + "1234567";
    }

    public static String passport() {
        return "45 06 " + "123456";
    }

    public static String jwt() {
        return "eyJhbGciOiJIUzI1NiJ9" + "." + "eyJzdWIiOiJDLTEwMDQyIn0" + "." + "c2lnbmF0dXJlLXBhcnQ";
    }

    public static String secret() {
        return "s3cr" + "et-Value-42";
    }

    public static String fullName() {
        return "Ivan " + "Petrov";
    }

    public static String address() {
        return "Moscow, Tverskaya " + "st. 7, apt 12";
    }
}
