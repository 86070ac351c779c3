package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;

import java.time.Instant;

/**
 * A notification about an order was sent to the customer (event 7 of the business).
 *
 * @param time        when it was sent
 * @param customerId  the customer's id (never the address it went to)
 * @param orderNumber the order number
 * @param notificationType why the customer was notified
 * @param channel     how; null when the sender does not know
 */
public record NotificationSent(Instant time, String customerId, String orderNumber,
                               NotificationType notificationType, NotificationChannel channel) implements BusinessEvent {

    public static final EventType<NotificationSent> TYPE = EventType
            .builder(NotificationSent.class, "notification.sent", 1)
            .title("Notification sent")
            .description("A customer was notified about an order (status update, payment, ready for pickup, ...).")
            .message(e -> "Notification " + e.notificationType() + " sent for order " + e.orderNumber())
            .field(CommonFields.customerId(NotificationSent::customerId))
            .field(CommonFields.orderNumber(NotificationSent::orderNumber))
            .field(EventField.requiredEnum("notification.type", NotificationType.class,
                    "Why the customer was notified.", NotificationSent::notificationType))
            .field(EventField.optionalEnum("notification.channel", NotificationChannel.class,
                    "How the customer was notified.", NotificationSent::channel))
            .build();

    @Override
    public EventType<NotificationSent> type() {
        return TYPE;
    }
}
