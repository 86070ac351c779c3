package com.jewelry.logging.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Logs a business event each time the method returns. Each attribute is an expression (Spring Expression Language)
 * over the method's arguments ({@code #order}, {@code #p0}) and its return value ({@code #result}):
 * <pre>{@code
 * @LogEvent(value = EventKind.ORDER_STATUS_CHANGED, customerId = "#order.customerId",
 *           orderNumber = "#order.number", status = "#result.status", previousStatus = "#order.status")
 * public Order confirm(Order order) { ... }
 * }</pre>
 * When the method throws, the event is logged with outcome {@code failure} and the exception's type and masked
 * message, and the exception is rethrown unchanged ({@code #result} is null then). Expressions are checked when the
 * application starts: a typo, an unknown argument or an attribute the event does not have stops the start with a
 * message naming the method. A null met while evaluating never breaks the call: the field is left out and flagged
 * in {@code event.invalid}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LogEvent {

    /** Which business event the method's success means. */
    EventKind value();

    /** The customer's id in the CRM. */
    String customerId() default "";

    /** The order number, e.g. {@code #result.number}. */
    String orderNumber() default "";

    /** The order's new status ({@code OrderStatus} or its name). */
    String status() default "";

    /** The order's status before the change. */
    String previousStatus() default "";

    /** The order's lines ({@code List<OrderItem>}). */
    String items() default "";

    /** The order's total ({@code Money}). */
    String total() default "";

    /** The changed fields ({@code List<FieldChange>}). */
    String changes() default "";

    /** The id of the 3D model a cost is calculated from. */
    String modelId() default "";

    /** The calculated cost ({@code Money}). */
    String cost() default "";

    /** The partner's (API client's) id. */
    String partnerId() default "";

    /** What the API did with a partner's order ({@code ProcessingStatus} or its name). */
    String processingStatus() default "";

    /** Why the customer was notified ({@code NotificationType} or its name). */
    String notificationType() default "";

    /** How the customer was notified ({@code NotificationChannel} or its name). */
    String channel() default "";
}
