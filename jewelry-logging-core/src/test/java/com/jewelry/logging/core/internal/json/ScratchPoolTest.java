package com.jewelry.logging.core.internal.json;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchPoolTest {

    /** A work area that notices when two threads use it at once. */
    private static final class Area {
        final AtomicBoolean inUse = new AtomicBoolean();
    }

    @Test
    void anAreaIsNeverUsedByTwoThreadsAtOnceAndAreasAreReused() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ScratchPool<Area> pool = new ScratchPool<>(() -> {
            created.incrementAndGet();
            return new Area();
        });
        AtomicInteger overlaps = new AtomicInteger();
        int threads = 16;
        int rounds = 20_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < rounds; i++) {
                    Area area = pool.acquire();
                    if (!area.inUse.compareAndSet(false, true)) {
                        overlaps.incrementAndGet();
                    }
                    Thread.onSpinWait();
                    area.inUse.set(false);
                    pool.release(area);
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        assertThat(overlaps).hasValue(0);
        // areas come back to the pool: far fewer are made than lines written
        assertThat(created.get()).isLessThan(threads * rounds / 10);
    }

    @Test
    void oneThreadGetsItsOwnAreaBackLineAfterLine() {
        ScratchPool<Area> pool = new ScratchPool<>(Area::new);
        Area first = pool.acquire();
        pool.release(first);
        for (int i = 0; i < 100; i++) {
            Area again = pool.acquire();
            assertThat(again).isSameAs(first);
            pool.release(again);
        }
    }

    @Test
    void aThreadHoldingAnAreaGetsAnotherOneWhenItAsksAgain() {
        ScratchPool<Area> pool = new ScratchPool<>(Area::new);
        Area held = pool.acquire();
        Area second = pool.acquire();
        assertThat(second).isNotSameAs(held);
    }
}
