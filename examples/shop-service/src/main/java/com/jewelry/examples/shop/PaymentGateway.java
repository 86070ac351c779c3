package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.spring.annotation.LogDebug;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Charges the customer's card. The example has no acquirer: a card whose number passes the check digit is charged.
 * With DEBUG on for this class every charge is written with its inputs — the card's number, holder and code masked
 * by their {@code @Sensitive} kinds.
 */
@Component
public class PaymentGateway {

    /** What the acquirer answered. */
    public record PaymentReceipt(String paymentId, Money amount) {
    }

    @LogDebug
    public PaymentReceipt charge(String orderNumber, PaymentCard payment, Money amount) {
        if (payment == null || !passesCheckDigit(payment.number())) {
            throw new PaymentDeclinedException(orderNumber);
        }
        return new PaymentReceipt("PAY-" + UUID.randomUUID(), amount);
    }

    private static boolean passesCheckDigit(String number) {
        if (number == null) {
            return false;
        }
        String digits = number.replaceAll("[ -]", "");
        if (!digits.matches("\\d{13,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** The card was declined; the message names the order, never the card. */
    public static final class PaymentDeclinedException extends RuntimeException {
        PaymentDeclinedException(String orderNumber) {
            super("payment for order " + orderNumber + " declined");
        }
    }
}
