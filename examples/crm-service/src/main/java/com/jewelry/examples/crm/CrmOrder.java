package com.jewelry.examples.crm;

import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;

import java.util.List;

/** An order as the CRM keeps it, with the contacts it was taken with. */
public record CrmOrder(String number, String customerId, List<OrderItem> items, Money total, String engraving,
                       String deliverySlot, String deliveryAddress, String contactEmail, String contactPhone) {

    /** The order after an amendment, and the fields that changed (named as the order's fields, old and new). */
    public record Amended(CrmOrder order, List<FieldChange> changes) {
        public String customerId() {
            return order.customerId();
        }
    }
}
