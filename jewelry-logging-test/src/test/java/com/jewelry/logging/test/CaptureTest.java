package com.jewelry.logging.test;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
class CaptureTest {

    private static ExecutorService poolStartedBeforeTheTests;

    private final EventLogger events = TestData.events(CaptureTest.class);

    @BeforeAll
    static void startAPoolOutsideAnyTest() {
        poolStartedBeforeTheTests = Executors.newFixedThreadPool(1);
        ((ThreadPoolExecutor) poolStartedBeforeTheTests).prestartAllCoreThreads();
    }

    @AfterAll
    static void stopThePool() {
        poolStartedBeforeTheTests.shutdownNow();
    }

    @Test
    void capturesTheTestsLinesAsTheEncoderWroteThem(CapturedLogs logs) {
        events.orderCreated("C-1", "ORD-2026-000123",
                List.of(new OrderItem("RING-AU585-17", "Gold ring", 1, Money.rub("48900.00"))), Money.rub("48900.00"));

        assertThat(logs.lines()).hasSize(1);
        LogLine line = logs.lines().get(0);
        assertThat(line.eventName()).isEqualTo("order.created");
        assertThat(line.eventVersion()).isEqualTo(1);
        assertThat(line.system()).isEqualTo("SHOP");
        assertThat(line.serviceName()).isEqualTo("shop-checkout");
        assertThat(line.text("order.number")).isEqualTo("ORD-2026-000123");
        assertThat(line.text("order.items[0].sku")).isEqualTo("RING-AU585-17");
        assertThat(line.value("order.total.amount")).isEqualTo(new java.math.BigDecimal("48900.00"));
        assertThat(line.text("@timestamp")).endsWith("Z");
    }

    @Test
    void capturesInfoEventsAlthoughTheRootLoggerIsAtWarn(CapturedLogs logs) {
        assertThat(LoggerFactory.getLogger(CaptureTest.class).isInfoEnabled()).isTrue();

        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        LoggerFactory.getLogger(CaptureTest.class).debug("below the capture level");

        assertThat(logs.lines()).extracting(LogLine::eventName).containsExactly("order.status_changed");
    }

    @Test
    void capturesLinesOfThreadsTheTestStarts(CapturedLogs logs) throws InterruptedException {
        Thread worker = new Thread(() -> events.orderStatusChanged("C-1", "ORD-FROM-THREAD", OrderStatus.PAID, OrderStatus.IN_PRODUCTION));
        worker.start();
        worker.join();

        assertThat(logs.lines()).extracting(line -> line.text("order.number")).containsExactly("ORD-FROM-THREAD");
    }

    @Test
    void aPoolThreadFromBeforeTheTestBelongsToItOnlyThroughWrap(CapturedLogs logs) throws Exception {
        poolStartedBeforeTheTests.submit(() -> events.orderStatusChanged("C-1", "ORD-UNWRAPPED", OrderStatus.NEW, OrderStatus.PAID)).get();
        poolStartedBeforeTheTests.submit(logs.wrap(() -> events.orderStatusChanged("C-1", "ORD-WRAPPED", OrderStatus.NEW, OrderStatus.PAID))).get();
        logs.wrap(poolStartedBeforeTheTests).execute(() -> events.orderStatusChanged("C-1", "ORD-EXECUTOR", OrderStatus.NEW, OrderStatus.PAID));
        poolStartedBeforeTheTests.submit(() -> { }).get(1, TimeUnit.SECONDS); // the single pool thread finished the task above

        assertThat(logs.lines()).extracting(line -> line.text("order.number")).containsExactly("ORD-WRAPPED", "ORD-EXECUTOR");
    }

    @Test
    void clearForgetsTheLinesOfTheSetUp(CapturedLogs logs) {
        events.orderStatusChanged("C-1", "ORD-SETUP", OrderStatus.NEW, OrderStatus.PAID);
        logs.clear();
        events.orderStatusChanged("C-1", "ORD-ACT", OrderStatus.PAID, OrderStatus.SHIPPED);

        assertThat(logs.lines()).extracting(line -> line.text("order.number")).containsExactly("ORD-ACT");
    }

    @Test
    void theCurrentTestsCaptureIsFoundFromItsThreads(CapturedLogs logs) {
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);

        assertThat(LogCaptureExtension.current().lines()).hasSize(1);
        assertThat(LogCaptureExtension.current().size()).isEqualTo(logs.size());
    }

    @Test
    void plainLinesAreCapturedToo(CapturedLogs logs) {
        LoggerFactory.getLogger("com.example.Checkout").warn("payment provider slow: {} ms", 1200);

        LogLine line = logs.lines().get(0);
        assertThat(line.eventName()).isNull();
        assertThat(line.level()).isEqualTo("WARN");
        assertThat(line.loggerName()).isEqualTo("com.example.Checkout");
        assertThat(line.message()).isEqualTo("payment provider slow: 1200 ms");
        assertThat(line.text("event.category")).isEqualTo("technical");
    }

    @Test
    void theCapturePrintsItsCountNotItsLines(CapturedLogs logs) {
        LoggerFactory.getLogger("com.example.Checkout").warn("stock-level-zero");

        assertThat(logs.toString()).startsWith("CapturedLogs[1 lines").doesNotContain("stock-level-zero");
    }

    @Test
    void wrappingNeedsATest() {
        CapturedLogs fromFile = CapturedLogs.ofLines(List.of());

        assertThatThrownBy(() -> fromFile.wrap(() -> { })).isInstanceOf(IllegalStateException.class);
    }
}
