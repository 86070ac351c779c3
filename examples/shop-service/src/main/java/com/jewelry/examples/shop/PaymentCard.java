package com.jewelry.examples.shop;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

/** The card the customer pays with, as the payment form sends it (the shop passes it to the acquirer and forgets it). */
public record PaymentCard(
        @Sensitive(kind = SensitiveKind.CARD) String number,
        @Sensitive(kind = SensitiveKind.NAME) String holder,
        String expiry,
        @Sensitive(kind = SensitiveKind.SECRET) String securityCode) {
}
