package com.jewelry.logging.log4j2;

import java.util.Random;

/**
 * Random log values for comparing the paths: words, ids and numbers in many groupings, e-mails, phones and
 * card-like digit runs, secrets after keys, Cyrillic text, Unicode digits, format characters and odd spaces.
 */
final class RandomValues {

    private static final String[] WORDS = {"order", "заказ", "кольцо", "ring", "paid", "оплачен", "customer",
        "C-10042", "ORD-2026-000123", "SKU-77", "gold", "585", "size", "17.5", "Москва", "delivery", "tel", "card",
        "email", "password", "token", "Bearer", "Basic", "id", "ИНН", "паспорт", "Иван", "Иванович", "Петрова"};
    private static final String[] SEPARATORS = {" ", "-", ".", "/", "\u00A0", "\u2009", "\t", "", "\u200B", ":",
        "=", ", "};

    private RandomValues() {
    }

    static String next(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int p = 0; p < parts; p++) {
            if (p > 0) {
                sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            switch (random.nextInt(7)) {
                case 0 -> sb.append(WORDS[random.nextInt(WORDS.length)]);
                case 1 -> digits(random, sb, 1 + random.nextInt(20));
                case 2 -> {
                    for (int g = 0; g < 4; g++) {
                        if (g > 0) {
                            sb.append(SEPARATORS[random.nextInt(4)]);
                        }
                        digits(random, sb, 4);
                    }
                }
                case 3 -> sb.append(WORDS[random.nextInt(WORDS.length)].toLowerCase()).append('@')
                        .append(random.nextBoolean() ? "mail.ru" : "example.com");
                case 4 -> {
                    sb.append(random.nextBoolean() ? "+7 " : "8");
                    digits(random, sb, 10);
                }
                case 5 -> {
                    for (int k = 0; k < 1 + random.nextInt(4); k++) {
                        sb.append((char) ('\uFF10' + random.nextInt(10))); // full-width digits
                    }
                }
                default -> sb.append(WORDS[random.nextInt(WORDS.length)]).append('=')
                        .append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            }
        }
        return sb.toString();
    }

    private static void digits(Random random, StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
    }
}
