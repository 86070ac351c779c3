package com.jewelry.examples.day;

import java.util.concurrent.ThreadLocalRandom;

/** A fictional person of the day, made up at run time: a name, an example.ru address, a phone, a street. */
record Person(String name, String email, String phone, String address) {

    static Person create(String first, String last, String operator) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Person(first + " " + last,
                String.join("@", (first + "." + last).toLowerCase() + random.nextInt(100, 1000), "example.ru"),
                String.format("+7 %s %03d-%02d-%02d", operator, random.nextInt(100, 1000), random.nextInt(100), random.nextInt(100)),
                "Primernaya ul. " + random.nextInt(1, 100) + ", kv. " + random.nextInt(1, 300) + ", Moscow");
    }

    /** A card number from a test range with a valid check digit, spaced as a payment form sends it. */
    static String testCardNumber() {
        String digits = "4000001234" + String.format("%05d", ThreadLocalRandom.current().nextInt(100000));
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return (digits + (10 - sum % 10) % 10).replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }
}
