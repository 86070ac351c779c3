package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Instant;
import java.util.List;

/**
 * An order's details changed, e.g. the delivery address or the contacts (event 3 of the business).
 *
 * @param time        when the change was saved
 * @param customerId  the customer's id
 * @param orderNumber the order number
 * @param changes     the changed fields with their old and new values
 */
public record OrderUpdated(Instant time, String customerId, String orderNumber,
                           List<FieldChange> changes) implements BusinessEvent {

    public static final EventType<OrderUpdated> TYPE = EventType
            .builder(OrderUpdated.class, "order.updated", 1)
            .title("Order updated")
            .description("Details of an order changed (delivery address, contacts, engraving, ...). "
                    + "Old and new values are masked by field name and by content.")
            .message(e -> "Order " + e.orderNumber() + " updated")
            .field(CommonFields.customerId(OrderUpdated::customerId))
            .field(CommonFields.orderNumber(OrderUpdated::orderNumber))
            .field(EventField.required("order.changed_fields", FieldKind.KEYWORD_LIST,
                    "The names of the changed fields, for searching.", OrderUpdated::changedFieldNames))
            .field(EventField.required("order.changes", FieldKind.CHANGES,
                    "Each changed field's old and new value, keyed by the field's name.", OrderUpdated::changes))
            .build();

    /** The names of the changed fields, in order; null entries are skipped. */
    public List<String> changedFieldNames() {
        if (changes == null) {
            return null;
        }
        return changes.stream().filter(c -> c != null && c.field() != null).map(FieldChange::field).toList();
    }

    @Override
    public EventType<OrderUpdated> type() {
        return TYPE;
    }
}
