package com.jewelry.examples.shop;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationType;
import org.springframework.stereotype.Component;

/**
 * Tells the customer about their order: by SMS when the shop has a phone number, otherwise by e-mail. The example
 * sends nothing; a real one would call the SMS gateway and the mail server here.
 */
@Component
public class Notifier {

    private final EventLogger events;

    public Notifier(EventLogger events) {
        this.events = events;
    }

    public NotificationChannel notify(Order order, NotificationType type) {
        NotificationChannel channel = order.contact().phone() != null ? NotificationChannel.SMS : NotificationChannel.EMAIL;
        // the type and channel are decided here at run time, so the event is logged in code rather than by annotation
        events.notificationSent(order.customerId(), order.number(), type, channel);
        return channel;
    }
}
