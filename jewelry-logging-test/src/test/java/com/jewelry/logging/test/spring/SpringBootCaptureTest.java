package com.jewelry.logging.test.spring;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingAutoConfiguration;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.stereotype.Service;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;

/**
 * The kit in a Spring Boot service that uses the starter: Spring Boot configures the Logback context from the
 * starter's configuration, and the tests capture the lines the starter's encoder writes, with no set-up of their own.
 */
class SpringBootCaptureTest {

    @SpringBootApplication
    static class ShopApplication {
    }

    @Service
    static class Checkout {
        private final EventLogger events;

        Checkout(EventLogger events) {
            this.events = events;
        }

        void pay(String orderNumber) {
            events.orderStatusChanged("C-10042", orderNumber, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);
        }
    }

    @Nested
    @CaptureLogs(strict = true)
    @SpringBootTest(classes = {ShopApplication.class, Checkout.class}, properties = {
            // the starter's own Logback configuration, as a service without logback files gets it
            "logging.config=classpath:com/jewelry/logging/spring/logback-jewelry.xml",
            "jewelry.logging.system=SHOP", "jewelry.logging.service-name=shop-checkout",
            // the file appender is defined (and its file opened) even when switched off: keep it in target/
            "jewelry.logging.file.enabled=false", "jewelry.logging.file.dir=target/test-logs",
            "jewelry.logging.console.enabled=true"})
    class InASpringBootTest {

        @Autowired
        Checkout checkout;

        @Test
        void theServicesEventIsCapturedAsTheStartersEncoderWroteIt(CapturedLogs logs) {
            checkout.pay("ORD-2026-000123");

            assertThat(logs).hasEvent("order.status_changed").withOrderNumber("ORD-2026-000123")
                    .withSystem(SystemName.SHOP).withServiceName("shop-checkout").once();
            assertThat(logs).containsNoPersonalData().allLinesMatchSchemas();
        }

        @Test
        void anotherTestOfTheSameContextSeesOnlyItsOwnLines(CapturedLogs logs) {
            checkout.pay("ORD-2026-000999");

            assertThat(logs).hasLineCount(1).hasEvent("order.status_changed").withOrderNumber("ORD-2026-000999");
        }
    }

    @Nested
    @CaptureLogs(system = SystemName.CRM, serviceName = "crm-orders")
    class WithAnApplicationContextRunner {

        private final ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JewelryLoggingAutoConfiguration.class))
                .withBean(Checkout.class);

        @Test
        void theInjectedEventLoggersLinesAreCaptured(CapturedLogs logs) {
            runner.run(context -> context.getBean(Checkout.class).pay("ORD-2026-000124"));

            assertThat(logs).hasEvent("order.status_changed").withOrderNumber("ORD-2026-000124").withSystem(SystemName.CRM);
        }
    }
}
