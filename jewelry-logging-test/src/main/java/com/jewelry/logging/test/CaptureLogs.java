package com.jewelry.logging.test;

import com.jewelry.logging.core.SystemName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.event.Level;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Captures the lines each test writes through jewelry-logging; a test method gets them as a {@link CapturedLogs}
 * parameter:
 * <pre>{@code
 * @CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
 * class CheckoutTest {
 *     @Test
 *     void checkoutLogsTheNewOrder(CapturedLogs logs) {
 *         checkout.placeOrder(cart);
 *         assertThat(logs).hasEvent("order.created").withOrderNumber("ORD-2026-000123");
 *     }
 * }
 * }</pre>
 * Without {@link #system()}, {@link #serviceName()} and {@link #environment()}, lines are written by the service's
 * own JSON encoder (the first {@code JewelryJsonEncoder} on the root logger), so they are the bytes production
 * writes. Put on a method, it overrides the class's settings for that test.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LogCaptureExtension.class)
public @interface CaptureLogs {

    /** The system the lines are written for; empty to take it from the service's encoder or {@code JEWELRY_SYSTEM}. */
    SystemName[] system() default {};

    /** The service's name in the lines; empty to take it from the service's encoder or {@code JEWELRY_SERVICE_NAME}. */
    String serviceName() default "";

    /** The environment in the lines; empty to take it from the service's encoder, else {@code test}. */
    String environment() default "";

    /**
     * Lines at this level and above are captured even where the configuration sets a logger higher (a test
     * configuration with the root at WARN would otherwise drop the INFO business events).
     */
    Level level() default Level.INFO;

    /** When true, a test fails at its end if any of its lines breaks the published envelope or event schemas. */
    boolean strict() default false;

    /** When true, a test fails at its end if the masking module's detectors find personal data in any of its lines. */
    boolean failOnPersonalData() default false;
}
