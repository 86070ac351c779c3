package com.jewelry.logging.test;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @CaptureLogs} on a service that logs through Log4j2 (surefire execution {@code log4j2}: log4j-slf4j2-impl,
 * no Logback): the same captures as on Logback, written by the library's Log4j2 layout. The service's set-up is
 * {@code log4j2-test.xml}: the layout with system CRM, service kit-service, root at WARN.
 */
@Tag("log4j2")
class CaptureOnLog4j2Test {

    private final EventLogger events = TestData.events(CaptureOnLog4j2Test.class);

    @Test
    void slf4jIsBoundToLog4j2AndNoLogbackClassIsOnTheClassPath() {
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging.slf4j.");
        assertThat(getClass().getClassLoader().getResource("ch/qos/logback/classic/LoggerContext.class")).isNull();
    }

    @Nested
    @CaptureLogs
    class WithTheServicesOwnLayout {

        @Test
        void capturesInfoEventsAlthoughTheRootLoggerIsAtWarnWrittenByTheServicesLayout(CapturedLogs logs) {
            // the root is at WARN; the test's thread is let through from the capture level up, as on Logback
            assertThat(LoggerFactory.getLogger(CaptureOnLog4j2Test.class).isInfoEnabled()).isTrue();

            events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
            LoggerFactory.getLogger(CaptureOnLog4j2Test.class).debug("below the capture level");

            assertThat(logs.lines()).hasSize(1);
            LogLine line = logs.lines().get(0);
            assertThat(line.eventName()).isEqualTo("order.status_changed");
            assertThat(line.text("order.number")).isEqualTo("ORD-1");
            assertThat(line.system()).isEqualTo("CRM");
            assertThat(line.serviceName()).isEqualTo("kit-service");
        }

        @Test
        void capturingGoesOnAfterLog4j2IsReconfiguredWhileTheTestRuns(CapturedLogs logs) {
            ((org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false)).reconfigure();
            events.orderStatusChanged("C-1", "ORD-AFTER", OrderStatus.NEW, OrderStatus.PAID);

            assertThat(logs.lines()).extracting(line -> line.text("order.number")).containsExactly("ORD-AFTER");
            assertThat(logs.lines().get(0).serviceName()).isEqualTo("kit-service");
        }

        @Test
        void theKitsAssertionsReadTheLog4j2Lines(CapturedLogs logs) {
            events.orderStatusChanged("C-1", "ORD-2026-000123", OrderStatus.NEW, OrderStatus.PAID);

            JewelryLogAssertions.assertThat(logs).hasEvent("order.status_changed").withOrderNumber("ORD-2026-000123");
        }
    }

    @Nested
    @CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
    class WithTheTestsOwnEnvelope {

        @Test
        void writesTheLinesWithTheEnvelopeTheTestNames(CapturedLogs logs) {
            events.orderStatusChanged("C-1", "ORD-2", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);

            assertThat(logs.lines()).singleElement().satisfies(line -> {
                assertThat(line.system()).isEqualTo("SHOP");
                assertThat(line.serviceName()).isEqualTo("shop-checkout");
                assertThat(line.text("order.status")).isEqualTo("IN_PRODUCTION");
            });
        }
    }
}
