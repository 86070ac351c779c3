package com.jewelry.logging.test;

import ch.qos.logback.classic.LoggerContext;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.test.internal.CaptureRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/** Runs small test classes through the JUnit engine, the way a service's build runs them, in parallel too. */
class ParallelCaptureTest {

    @Test
    void twoTestsRunningAtOnceEachSeeOnlyTheirOwnLinesAndThoseOfTheirThreads() {
        TwoConcurrentTests.bothRunning = new CyclicBarrier(2);

        Events tests = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(TwoConcurrentTests.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
                .execute()
                .testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
    }

    @Test
    void aStrictCaptureFailsTheTestWhoseLineBreaksItsSchema() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(StrictTests.class)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        tests.assertThatEvents().haveExactly(1, event(test("logsAnEventWithoutItsCustomer"), finishedWithFailure(
                instanceOf(AssertionError.class),
                message(m -> m.contains("breaks order.status_changed.v1.schema.json") && m.contains("customer")))));
    }

    @Test
    void aRegisteredExtensionCapturesWithItsSettingsAndFailsOnPersonalDataOnlyWhenThereIsSome() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(RegisteredTests.class)).execute().testEvents();

        tests.assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void theKitLeavesTheLoggingConfigurationAsItWasWhenNoTestCaptures() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> appendersBefore = rootAppenderNames(context);
        List<String> turboFiltersBefore = context.getTurboFilterList().stream().map(f -> f.getClass().getName()).toList();
        boolean infoBefore = LoggerFactory.getLogger(ParallelCaptureTest.class).isInfoEnabled();

        EngineTestKit.engine("junit-jupiter").selectors(selectClass(RegisteredTests.class)).execute();

        assertThat(RegisteredTests.attachedDuringTheTest).isTrue();
        assertThat(CaptureRouter.isAttached()).isFalse();
        assertThat(rootAppenderNames(context)).isEqualTo(appendersBefore).doesNotContain("JEWELRY_TEST_CAPTURE");
        assertThat(context.getTurboFilterList()).extracting(f -> f.getClass().getName()).isEqualTo(turboFiltersBefore);
        assertThat(LoggerFactory.getLogger(ParallelCaptureTest.class).isInfoEnabled()).isEqualTo(infoBefore);
    }

    private static List<String> rootAppenderNames(LoggerContext context) {
        List<String> names = new java.util.ArrayList<>();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(a -> names.add(a.getName()));
        return names;
    }

    @CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
    static class TwoConcurrentTests {

        static CyclicBarrier bothRunning;

        private final EventLogger events = TestData.events(TwoConcurrentTests.class);

        @Test
        void first(CapturedLogs logs) throws Exception {
            logAlongsideTheOtherTest(logs, "ORD-FIRST");
        }

        @Test
        void second(CapturedLogs logs) throws Exception {
            logAlongsideTheOtherTest(logs, "ORD-SECOND");
        }

        private void logAlongsideTheOtherTest(CapturedLogs logs, String orderNumber) throws Exception {
            bothRunning.await(20, TimeUnit.SECONDS); // fails unless the two tests really run at the same time
            events.orderStatusChanged("C-1", orderNumber, OrderStatus.NEW, OrderStatus.PAID);
            Thread worker = new Thread(() -> events.orderStatusChanged("C-1", orderNumber + "-THREAD", OrderStatus.PAID, OrderStatus.SHIPPED));
            worker.start();
            worker.join();
            bothRunning.await(20, TimeUnit.SECONDS); // both have logged before either looks

            assertThat(logs.lines()).extracting(line -> line.text("order.number"))
                    .containsExactly(orderNumber, orderNumber + "-THREAD");
        }
    }

    @CaptureLogs(system = SystemName.MES, serviceName = "mes-costing", strict = true)
    static class StrictTests {

        private final EventLogger events = TestData.events(StrictTests.class);

        @Test
        void logsACompleteEvent() {
            events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        }

        @Test
        void logsAnEventWithoutItsCustomer() {
            events.orderStatusChanged(null, "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        }
    }

    static class RegisteredTests {

        static volatile boolean attachedDuringTheTest;

        @RegisterExtension
        static final LogCaptureExtension LOGS = LogCaptureExtension.builder()
                .system(SystemName.API).serviceName("partner-api").environment("ci").strict().failOnPersonalData().build();

        @Test
        void logsAMaskedContact() {
            attachedDuringTheTest = CaptureRouter.isAttached();
            LoggerFactory.getLogger(RegisteredTests.class).warn("partner contact {}", TestData.email());

            assertThat(LOGS.logs()).hasLineCount(1).doesNotContainAnyOf(TestData.email());
            List<LogLine> lines = LOGS.logs().lines();
            assertThat(lines.get(0).system()).isEqualTo("API");
            assertThat(lines.get(0).text("service.environment")).isEqualTo("ci");
        }
    }
}
