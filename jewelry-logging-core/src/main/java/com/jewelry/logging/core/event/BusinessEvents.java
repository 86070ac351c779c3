package com.jewelry.logging.core.event;

import com.jewelry.logging.core.EventType;

import java.util.List;

/** Every typed event this library defines; the schemas, docs and tests are generated from this list. */
public final class BusinessEvents {

    /** The seven business events, in the order the business lists them. */
    public static final List<EventType<?>> BUSINESS = List.of(
            OrderStatusChanged.TYPE,
            OrderCreated.TYPE,
            OrderUpdated.TYPE,
            CostCalculationRequested.TYPE,
            CostCalculationCompleted.TYPE,
            PartnerOrderReceived.TYPE,
            NotificationSent.TYPE);

    /** The business events and the access event. */
    public static final List<EventType<?>> ALL =
            java.util.stream.Stream.concat(BUSINESS.stream(), java.util.stream.Stream.of(HttpAccess.TYPE)).toList();

    private BusinessEvents() {
    }
}
