package com.jewelry.examples.shop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fictional customer whose contacts and card are made up at run time (example.ru, a test card prefix), so no real
 * personal data sits in the sources and each test knows exactly which raw values must never be logged.
 */
record SampleCustomer(String id, String name, String email, String phone, String address, String cardNumber,
                      String securityCode) {

    static SampleCustomer create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String phoneTail = String.format("%03d-%02d-%02d", random.nextInt(100, 1000), random.nextInt(100), random.nextInt(100));
        return new SampleCustomer("C-" + random.nextInt(10000, 100000),
                String.join(" ", "Anna", "Testova"),
                String.join("@", "anna.testova" + random.nextInt(1000), "example.ru"),
                "+7 916 " + phoneTail,
                "Primernaya ul. " + random.nextInt(1, 100) + ", kv. " + random.nextInt(1, 300) + ", Moscow",
                cardWithCheckDigit("4000001234" + String.format("%05d", random.nextInt(100000))),
                String.format("%03d", random.nextInt(1000)));
    }

    CheckoutRequest basket(Object... skusAndQuantities) {
        return basketPaidWith(cardNumber, skusAndQuantities);
    }

    CheckoutRequest basketPaidWithABadCard(Object... skusAndQuantities) {
        String wrongLastDigit = cardNumber.substring(0, 15) + ((cardNumber.charAt(15) - '0' + 1) % 10);
        return basketPaidWith(wrongLastDigit, skusAndQuantities);
    }

    String cardLastFour() {
        return cardNumber.substring(cardNumber.length() - 4);
    }

    /** Everything personal this customer's requests carry, as sent. */
    String[] rawValues() {
        return new String[] {name, name.toUpperCase(), email, phone, address, cardNumber, spacedCardNumber()};
    }

    private String spacedCardNumber() {
        return cardNumber.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    private CheckoutRequest basketPaidWith(String card, Object... skusAndQuantities) {
        List<CheckoutRequest.Line> lines = new ArrayList<>();
        for (int i = 0; i < skusAndQuantities.length; i += 2) {
            lines.add(new CheckoutRequest.Line((String) skusAndQuantities[i], (Integer) skusAndQuantities[i + 1]));
        }
        return new CheckoutRequest(id, name, email, phone, address, lines,
                new PaymentCard(card, name.toUpperCase(), "12/29", securityCode));
    }

    private static String cardWithCheckDigit(String fifteenDigits) {
        int sum = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            int digit = fifteenDigits.charAt(fifteenDigits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return fifteenDigits + (10 - sum % 10) % 10;
    }
}
