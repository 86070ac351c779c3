package com.jewelry.examples.partner;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.util.List;

/**
 * An order as a partner sends it: the partner's order number, the end customer (personal data, marked) and the
 * articles at wholesale.
 */
public record PartnerOrderRequest(String orderNumber, EndCustomer customer,
                                  @Sensitive(kind = SensitiveKind.ADDRESS) String shipTo, List<Line> lines) {

    /** The partner's customer, who receives the piece. */
    public record EndCustomer(@Sensitive(kind = SensitiveKind.NAME) String name,
                              @Sensitive(kind = SensitiveKind.EMAIL) String contact,
                              @Sensitive(kind = SensitiveKind.PHONE) String mobile) {
    }

    /** One article of the order. */
    public record Line(String sku, int quantity) {
    }
}
