package com.jewelry.examples.crm;

import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.util.List;

/** An order a manager takes for a customer: the pieces, the engraving and where to deliver. */
public record PhoneOrder(String customerId, List<OrderItem> items, String engraving, String deliverySlot,
                         @Sensitive(kind = SensitiveKind.ADDRESS) String deliverTo) {
}
