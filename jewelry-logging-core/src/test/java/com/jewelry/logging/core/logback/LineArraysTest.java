package com.jewelry.logging.core.logback;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class LineArraysTest {

    private final LineArrays arrays = new LineArrays();

    @Test
    void givesArraysOfExactlyTheAskedLengthAndReusesGivenBackOnes() {
        byte[] first = arrays.take(1121);
        assertThat(first).hasSize(1121);
        arrays.give(first);
        assertThat(arrays.take(1120)).as("another length").isNotSameAs(first).hasSize(1120);
        assertThat(arrays.take(1121)).as("the given-back array").isSameAs(first);
        assertThat(arrays.take(1121)).as("taken already: a new one").isNotSameAs(first).hasSize(1121);
    }

    @Test
    void neverPoolsLongLinesOrEmptyOnes() {
        byte[] big = arrays.take(LineArrays.MAX_POOLED_LENGTH + 1);
        arrays.give(big);
        assertThat(arrays.take(LineArrays.MAX_POOLED_LENGTH + 1)).isNotSameAs(big);
        byte[] empty = new byte[0];
        arrays.give(empty);
        assertThat(arrays.take(0)).isNotSameAs(empty);
    }

    @Test
    void keepsTheNewestArraysNearALength() {
        List<byte[]> given = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            given.add(new byte[800 + i % 5]); // lengths that come and go, as a timestamp's digits make them
        }
        given.forEach(arrays::give);
        List<byte[]> newest = given.subList(30, 40);
        int reused = 0;
        for (byte[] expected : newest) {
            byte[] taken = arrays.take(expected.length);
            if (given.stream().anyMatch(g -> g == taken)) {
                reused++;
            }
        }
        assertThat(reused).as("the last lengths given back are found again").isEqualTo(newest.size());
    }

    @Test
    void anArrayIsNeverHeldByTwoTakersAtOnce() throws Exception {
        int threads = 4;
        int rounds = 100_000;
        ConcurrentLinkedQueue<byte[]> written = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> takers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            byte mark = (byte) (t + 1);
            Thread taker = new Thread(() -> {
                for (int i = 0; i < rounds; i++) {
                    byte[] line = arrays.take(100 + (i % 3));
                    java.util.Arrays.fill(line, mark);
                    Thread.onSpinWait();
                    for (byte b : line) {
                        if (b != mark) {
                            failure.compareAndSet(null, new AssertionError("an array was shared between two takers"));
                        }
                    }
                    written.add(line);
                }
            });
            takers.add(taker);
            taker.start();
        }
        Thread writer = new Thread(() -> {
            int given = 0;
            while (given < threads * rounds) {
                byte[] line = written.poll();
                if (line != null) {
                    arrays.give(line);
                    given++;
                }
            }
        });
        writer.start();
        for (Thread taker : takers) {
            taker.join();
        }
        writer.join();
        assertThat(failure.get()).isNull();
    }
}
