package com.jewelry.logging.test.internal;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.event.OrderStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CaptureScopeTest {

    private final EventLogger events = EventLogger.create(LoggerFactory.getILoggerFactory(), "com.example.Late", Clock.systemUTC());

    @Test
    void aThreadThatOutlivesItsTestNoLongerWritesIntoTheTestsCapture() throws Exception {
        CaptureScope scope = CaptureRouter.open("late-thread-test", CaptureSettings.DEFAULTS);
        scope.enter();
        CountDownLatch loggedInTime = new CountDownLatch(1);
        CountDownLatch testEnded = new CountDownLatch(1);
        CountDownLatch loggedLate = new CountDownLatch(1);
        Thread straggler = new Thread(() -> {
            events.orderStatusChanged("C-1", "ORD-IN-TIME", OrderStatus.NEW, OrderStatus.PAID);
            loggedInTime.countDown();
            if (await(testEnded)) {
                events.orderStatusChanged("C-1", "ORD-LATE", OrderStatus.PAID, OrderStatus.SHIPPED);
                loggedLate.countDown();
            }
        });
        straggler.start();
        // the test ends only after the straggler's first line, and the straggler logs again only after that
        assertThat(loggedInTime.await(10, TimeUnit.SECONDS)).as("the straggler logged while the test ran").isTrue();
        CaptureRouter.close(scope);
        testEnded.countDown();
        assertThat(loggedLate.await(10, TimeUnit.SECONDS)).as("the straggler logged after the test ended").isTrue();

        assertThat(scope.store().snapshot()).hasSize(1);
        assertThat(scope.store().snapshot().get(0).json().at("/order/number").asString()).isEqualTo("ORD-IN-TIME");
        assertThat(CaptureScope.current()).isNull();
    }

    @Test
    void aWrappedTaskRestoresTheScopeItsThreadHadBefore() {
        CaptureScope first = new CaptureScope("first", CaptureSettings.DEFAULTS, new LineStore());
        CaptureScope second = new CaptureScope("second", CaptureSettings.DEFAULTS, new LineStore());
        first.enter();
        try {
            Runnable check = () -> assertThat(CaptureScope.current()).isSameAs(second);
            second.wrap(check).run();
            assertThat(CaptureScope.current()).isSameAs(first);
        } finally {
            first.leave();
        }
        assertThat(CaptureScope.current()).isNull();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
