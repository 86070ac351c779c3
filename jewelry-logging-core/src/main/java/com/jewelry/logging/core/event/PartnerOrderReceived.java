package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Instant;

/**
 * A partner jeweller sent an order through the partner API (event 6 of the business).
 *
 * @param time             when the order was received
 * @param partnerId        the partner's (API client's) id
 * @param orderNumber      the order number (the partner's own number when it could not be registered)
 * @param processingStatus what the API did with it
 */
public record PartnerOrderReceived(Instant time, String partnerId, String orderNumber,
                                   ProcessingStatus processingStatus) implements BusinessEvent {

    public static final EventType<PartnerOrderReceived> TYPE = EventType
            .builder(PartnerOrderReceived.class, "partner_order.received", 1)
            .title("Partner order received")
            .description("API: an order arrived from a partner jeweller and was accepted, rejected or found invalid.")
            .message(e -> "Partner order " + e.orderNumber() + " received: " + e.processingStatus())
            .field(EventField.required("partner.id", FieldKind.KEYWORD,
                    "The partner's (API client's) id.", PartnerOrderReceived::partnerId))
            .field(CommonFields.orderNumber(PartnerOrderReceived::orderNumber))
            .field(EventField.requiredEnum("order.processing_status", ProcessingStatus.class,
                    "What the API did with the order.", PartnerOrderReceived::processingStatus))
            .build();

    @Override
    public EventType<PartnerOrderReceived> type() {
        return TYPE;
    }
}
