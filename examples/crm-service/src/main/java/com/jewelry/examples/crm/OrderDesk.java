package com.jewelry.examples.crm;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderUpdated;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The managers' orders (in memory: the example has no database). */
@Service
public class OrderDesk {

    private final CustomerDirectory customers;
    private final EventLogger events;
    private final Map<String, CrmOrder> orders = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(44);

    public OrderDesk(CustomerDirectory customers, EventLogger events) {
        this.customers = customers;
        this.events = events;
    }

    @LogEvent(type = OrderCreated.class, fields = {
            @Bind(name = "customerId", value = "#request.customerId"),
            @Bind(name = "orderNumber", value = "#result.number"),
            @Bind(name = "items", value = "#result.items"),
            @Bind(name = "total", value = "#result.total")})
    public CrmOrder take(PhoneOrder request) {
        Customer customer = customers.find(request.customerId());
        BigDecimal total = BigDecimal.ZERO;
        for (OrderItem item : request.items()) {
            total = total.add(item.unitPrice().amount().multiply(BigDecimal.valueOf(item.quantity())));
        }
        String number = String.format("CRM-2026-%06d", sequence.incrementAndGet());
        CrmOrder order = new CrmOrder(number, customer.id(), List.copyOf(request.items()), Money.rub(total.toPlainString()),
                request.engraving(), request.deliverySlot(),
                request.deliverTo() != null ? request.deliverTo() : customer.postalAddress(), customer.email(),
                customer.phone());
        orders.put(number, order);
        return order;
    }

    @LogEvent(type = OrderUpdated.class, fields = {
            @Bind(name = "customerId", value = "#result.customerId"),
            @Bind(name = "orderNumber", value = "#number"),
            @Bind(name = "changes", value = "#result.changes")})
    public CrmOrder.Amended amend(String number, Amendment amendment) {
        CrmOrder order = find(number);
        List<FieldChange> changes = new ArrayList<>();
        String engraving = changed(changes, "engraving", order.engraving(), amendment.engraving());
        String slot = changed(changes, "deliverySlot", order.deliverySlot(), amendment.deliverySlot());
        String address = changed(changes, "deliveryAddress", order.deliveryAddress(), amendment.deliverTo());
        CrmOrder amended = new CrmOrder(order.number(), order.customerId(), order.items(), order.total(), engraving, slot,
                address, order.contactEmail(), order.contactPhone());
        orders.put(number, amended);
        return new CrmOrder.Amended(amended, List.copyOf(changes));
    }

    /**
     * Puts the customer's new contacts on each of their open orders. One event per order; the contacts are written
     * under their field names (contactEmail, contactPhone), so the encoder masks old and new values.
     */
    public int updateContacts(String customerId, Contacts contacts) {
        int updated = 0;
        for (CrmOrder order : List.copyOf(orders.values())) {
            if (!order.customerId().equals(customerId)) {
                continue;
            }
            List<FieldChange> changes = new ArrayList<>();
            String email = changed(changes, "contactEmail", order.contactEmail(), contacts.email());
            String phone = changed(changes, "contactPhone", order.contactPhone(), contacts.phone());
            if (!changes.isEmpty()) {
                orders.put(order.number(), new CrmOrder(order.number(), customerId, order.items(), order.total(),
                        order.engraving(), order.deliverySlot(), order.deliveryAddress(), email, phone));
                events.orderUpdated(customerId, order.number(), changes);
                updated++;
            }
        }
        return updated;
    }

    public CrmOrder find(String number) {
        CrmOrder order = orders.get(number);
        if (order == null) {
            throw new NoSuchElementException("no order " + number);
        }
        return order;
    }

    private static String changed(List<FieldChange> changes, String field, String old, String requested) {
        if (requested == null || Objects.equals(old, requested)) {
            return old;
        }
        changes.add(new FieldChange(field, old, requested));
        return requested;
    }
}
