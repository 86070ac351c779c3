package com.jewelry.logging.core.event;

import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.FieldKind;

/**
 * One line of an order.
 *
 * @param sku       the catalogue article, e.g. {@code RING-AU585-17}
 * @param name      the article's name as shown in the shop
 * @param quantity  how many pieces
 * @param unitPrice the price of one piece
 */
public record OrderItem(String sku, String name, int quantity, Money unitPrice) {

    static final EventField<OrderItem> SKU =
            EventField.required("sku", FieldKind.KEYWORD, "The catalogue article.", OrderItem::sku);
    static final EventField<OrderItem> NAME =
            EventField.optional("name", FieldKind.KEYWORD, "The article's name in the shop.", OrderItem::name);
    static final EventField<OrderItem> QUANTITY =
            EventField.required("quantity", FieldKind.INTEGER, "How many pieces.", OrderItem::quantity);
    static final EventField<OrderItem> UNIT_PRICE =
            EventField.required("unit_price", FieldKind.MONEY, "The price of one piece.", OrderItem::unitPrice);
}
