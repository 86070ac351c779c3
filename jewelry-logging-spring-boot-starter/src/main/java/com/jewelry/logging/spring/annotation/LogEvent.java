package com.jewelry.logging.spring.annotation;

import com.jewelry.logging.core.BusinessEvent;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Logs a typed event each time the method returns. {@link #type()} names the event's record (one of the library's,
 * e.g. {@code OrderCreated.class}, or a service's own with a static {@code TYPE}); {@link #fields()} fills its
 * components by name, each with an expression (Spring Expression Language) over the method's arguments
 * ({@code #order}, {@code #p0}) and its return value ({@code #result}):
 * <pre>{@code
 * @LogEvent(type = OrderCreated.class, fields = {
 *         @Bind(name = "customerId", value = "#request.customerId"),
 *         @Bind(name = "orderNumber", value = "#result.number"),
 *         @Bind(name = "items", value = "#result.items"),
 *         @Bind(name = "total", value = "#result.total")})
 * public Order place(CheckoutRequest request) { ... }
 * }</pre>
 * The record's {@code time} is the moment of the call (its start when the record measures a {@code Duration}, which
 * then gets the call's duration unless bound). Expressions are checked when the application starts: a typo, an
 * unknown argument or property, a name the record has no component for, or a value whose declared type cannot become
 * the component's type (e.g. a {@code List} of the service's own lines where {@code List<OrderItem>} is expected)
 * stops the start with a message naming the method, the expression and the expected type. Values are converted
 * with Spring's conversion service (an enum constant may be given by its name; anything becomes text).
 * <p>
 * When the method throws, one line is logged at ERROR with outcome {@code failure}, the exception, and the fields
 * whose expressions do not use {@code #result}; the exception is rethrown unchanged. A null met while evaluating
 * never breaks the call: the field is left out and flagged in {@code event.invalid}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LogEvent {

    /** The event's record, e.g. {@code OrderCreated.class}. */
    Class<? extends BusinessEvent> type();

    /** The record's components the method fills, by name. */
    Bind[] fields() default {};
}
