package com.jewelry.logging.benchmarks;

import com.jewelry.logging.core.EventLine;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one order every encoding benchmark writes: an order-created line with its items, the total in RUB, the
 * customer's e-mail, phone and delivery address, and a message naming the order. Each contender gets the same
 * content in its own idiom (structured arguments, message parameters, a typed event with key-value pairs).
 */
public final class OrderFixture {

    public static final String ORDER_NUMBER = "ORD-2026-000123";
    public static final String CUSTOMER_ID = "C-10042";
    public static final String EMAIL = "ivan.petrov@example.ru";
    public static final String PHONE = "+7 916 123-45-67";
    public static final String ADDRESS = "Moscow, Tverskaya st. 7, apt 12";
    public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    public static final String SPAN_ID = "00f067aa0ba902b7";
    public static final String THREAD = "http-nio-8080-exec-1";
    public static final String LOGGER = "com.jewelry.shop.OrderService";
    public static final Instant TIME = Instant.parse("2026-11-25T09:00:00Z");

    /** One line item as a plain record (what a service would pass as a structured argument). */
    public record Item(String sku, String name, int qty, BigDecimal price) {
    }

    private static final String[][] CATALOGUE = {
            {"RING-AU585-17", "Ring gold 585 with topaz", "12500.00"},
            {"EARR-AG925-02", "Earrings silver 925", "3400.00"},
            {"CHAIN-AU585-45", "Chain gold 585, 45 cm", "18900.00"},
    };

    private OrderFixture() {
    }

    public static List<Item> items(int count) {
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] row = CATALOGUE[i % CATALOGUE.length];
            items.add(new Item(row[0], row[1], 1 + i % 2, new BigDecimal(row[2])));
        }
        return items;
    }

    public static List<Map<String, Object>> itemMaps(int count) {
        List<Map<String, Object>> maps = new ArrayList<>(count);
        for (Item item : items(count)) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("sku", item.sku());
            map.put("name", item.name());
            map.put("qty", item.qty());
            map.put("price", item.price());
            maps.add(map);
        }
        return maps;
    }

    public static BigDecimal total(int count) {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items(count)) {
            total = total.add(item.price().multiply(BigDecimal.valueOf(item.qty())));
        }
        return total;
    }

    public static OrderCreated typedEvent(int count) {
        List<OrderItem> lines = new ArrayList<>(count);
        for (Item item : items(count)) {
            lines.add(new OrderItem(item.sku(), item.name(), item.qty(), new Money(item.price(), "RUB")));
        }
        return new OrderCreated(TIME, CUSTOMER_ID, ORDER_NUMBER, lines, new Money(total(count), "RUB"));
    }

    public static String message(int length) {
        String base = "Order " + ORDER_NUMBER + " created for customer " + CUSTOMER_ID;
        if (length <= base.length()) {
            return base;
        }
        StringBuilder text = new StringBuilder(length).append(base).append(" ");
        String filler = "the customer chose gift wrapping and an engraving on the inner side of the ring; ";
        while (text.length() < length) {
            text.append(filler);
        }
        text.setLength(length);
        return text.toString();
    }

    /** The argument the library's EventLogger hands to the back end for this order. */
    public static EventLine eventLine(int items, String message) {
        return new EventLine(message, typedEvent(items), EventOutcome.SUCCESS);
    }
}
