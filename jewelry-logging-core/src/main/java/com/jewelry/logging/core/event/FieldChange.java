package com.jewelry.logging.core.event;

/**
 * One changed field of an order. Values are written under the field's name ({@code order.changes.<field>.old}),
 * so the masking rules for names such as {@code deliveryAddress} or {@code phone} apply to them.
 *
 * @param field    the field's name in the service's model, e.g. {@code deliveryAddress}
 * @param oldValue the value before the change, as text; null when it was empty
 * @param newValue the value after the change, as text; null when it was cleared
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
