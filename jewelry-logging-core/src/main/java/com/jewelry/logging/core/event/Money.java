package com.jewelry.logging.core.event;

import java.math.BigDecimal;

/**
 * An amount of money in a currency; written as {@code {"amount": 1234.50, "currency": "RUB"}}. Amounts are exact
 * decimals, never doubles.
 *
 * @param amount   the amount, e.g. {@code 48900.00}
 * @param currency the ISO 4217 code, e.g. {@code RUB}
 */
public record Money(BigDecimal amount, String currency) {

    /** Shorthand for {@code new Money(new BigDecimal(amount), currency)}. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Shorthand for an amount in roubles. */
    public static Money rub(String amount) {
        return of(amount, "RUB");
    }
}
