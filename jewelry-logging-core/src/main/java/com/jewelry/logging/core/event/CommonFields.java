package com.jewelry.logging.core.event;

import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.LogFields;

import java.util.function.Function;

/** The fields several events share, defined once so their path and meaning cannot drift apart. */
final class CommonFields {

    private CommonFields() {
    }

    static <E> EventField<E> customerId(Function<E, String> accessor) {
        return EventField.required(LogFields.CUSTOMER_ID, FieldKind.KEYWORD,
                "The customer's id in the CRM (never the name or a contact: those are personal data).", accessor);
    }

    static <E> EventField<E> orderNumber(Function<E, String> accessor) {
        return EventField.required(LogFields.ORDER_NUMBER, FieldKind.KEYWORD,
                "The order number as the customer and the shop see it, e.g. ORD-2026-000123.", accessor);
    }
}
