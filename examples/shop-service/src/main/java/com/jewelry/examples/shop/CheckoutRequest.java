package com.jewelry.examples.shop;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.util.List;

/**
 * What the shop's front end sends at checkout. The contact and delivery fields are personal data: their names would
 * not all be recognised by the masking rules ({@code recipient}, {@code deliverTo}), so they are marked.
 */
public record CheckoutRequest(
        String customerId,
        @Sensitive(kind = SensitiveKind.NAME) String recipient,
        @Sensitive(kind = SensitiveKind.EMAIL) String contactEmail,
        @Sensitive(kind = SensitiveKind.PHONE) String contactPhone,
        @Sensitive(kind = SensitiveKind.ADDRESS) String deliverTo,
        List<Line> lines,
        PaymentCard card) {

    /** One article of the basket. */
    public record Line(String sku, int quantity) {
    }
}
