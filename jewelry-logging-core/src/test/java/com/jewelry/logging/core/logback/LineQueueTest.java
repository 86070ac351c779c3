package com.jewelry.logging.core.logback;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineQueueTest {

    @Test
    void holdsNoMoreThanItsCapacityAndGivesLinesBackOldestFirst() {
        LineQueue<Integer> queue = new LineQueue<>(3);
        assertThat(queue.offer(1)).isTrue();
        assertThat(queue.offer(2)).isTrue();
        assertThat(queue.offer(3)).isTrue();
        assertThat(queue.offer(4)).isFalse();
        assertThat(queue.size()).isEqualTo(3);

        List<Integer> batch = new ArrayList<>();
        assertThat(queue.drainTo(batch, 2)).isEqualTo(2);
        assertThat(batch).containsExactly(1, 2);
        assertThat(queue.offer(5)).isTrue();
        assertThat(queue.drainTo(batch, 10)).isEqualTo(2);
        assertThat(batch).containsExactly(1, 2, 3, 5);
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.size()).isZero();
    }

    @Test
    void aBoundedWaitGivesUpWhenNoRoomComes() throws InterruptedException {
        LineQueue<String> queue = new LineQueue<>(1);
        queue.offer("first");
        assertThat(queue.offer("second", TimeUnit.MILLISECONDS.toNanos(20))).isFalse();
        assertThat(queue.offer("second", 0)).isFalse();
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void aWaitingCallerIsLetInWhenTheWriterMakesRoom() throws Exception {
        LineQueue<String> queue = new LineQueue<>(1);
        queue.offer("first");
        AtomicBoolean added = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                added.set(queue.offer("second", -1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        caller.start();
        // the writer makes room only once the caller is parked waiting for it (no sleep deciding the order)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!isParked(caller) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(isParked(caller)).as("the caller waits while the queue is full").isTrue();
        assertThat(added).as("not let in before there is room").isFalse();
        queue.drainTo(new ArrayList<>(), 1);
        caller.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(caller.isAlive()).as("the caller returned once there was room").isFalse();
        assertThat(added).isTrue();
        List<String> batch = new ArrayList<>();
        queue.drainTo(batch, 10);
        assertThat(batch).containsExactly("second");
    }

    @Test
    void anInterruptedWaitThrowsAndAddsNothing() {
        LineQueue<String> queue = new LineQueue<>(1);
        queue.offer("first");
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> queue.offer("second", -1)).isInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(queue.size()).isEqualTo(1);
    }

    @Test
    void manyProducersAndOneConsumerLoseAndDuplicateNothing() throws Exception {
        LineQueue<Integer> queue = new LineQueue<>(64);
        int producers = 4;
        int perProducer = 50_000;
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            Thread t = new Thread(() -> {
                for (int i = 0; i < perProducer; i++) {
                    try {
                        queue.offer(base + i, -1);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        Set<Integer> seen = new HashSet<>();
        List<Integer> batch = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (seen.size() < producers * perProducer && System.nanoTime() < deadline) {
            batch.clear();
            queue.drainTo(batch, 512);
            assertThat(queue.size()).isLessThanOrEqualTo(64);
            for (Integer line : batch) {
                assertThat(seen.add(line)).as("line %d seen once", line).isTrue();
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(seen).hasSize(producers * perProducer);
    }

    private static boolean isParked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
