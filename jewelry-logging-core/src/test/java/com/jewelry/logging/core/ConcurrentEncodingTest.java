package com.jewelry.logging.core;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads share one encoder, whose line writers come from a small pool: every line must still be whole,
 * valid JSON carrying its own values, and masked.
 */
class ConcurrentEncodingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void linesWrittenByManyThreadsAtOnceAreEachWholeAndTheirOwn() throws Exception {
        int threads = 12;
        int perThread = 1_500;
        try (LogCapture capture = new LogCapture("SHOP")) {
            EventLogger events = capture.events("com.jewelry.shop.OrderService");
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        List<OrderItem> items = List.of(new OrderItem("SKU-" + thread, "Ring for buyer"
                                + " user" + thread + "x" + i + "@example.ru", 1, Money.rub("100.00")));
                        events.orderCreated("C-" + thread, "ORD-" + thread + "-" + i, items,
                                Money.rub("100.00"));
                    }
                }, "encoder-" + t);
                workers.add(worker);
                worker.start();
            }
            start.countDown();
            for (Thread worker : workers) {
                worker.join();
            }

            String[] lines = capture.raw().split("\n");
            assertThat(lines).hasSize(threads * perThread);
            Set<String> orders = new HashSet<>();
            for (String line : lines) {
                JsonNode node = JSON.readTree(line);
                String order = node.path("order").path("number").stringValue();
                String customer = node.path("customer").path("id").stringValue();
                // the order number and the customer of one line come from the same call
                assertThat(order).startsWith("ORD-" + customer.substring(2) + "-");
                assertThat(node.path("order").path("items").get(0).path("sku").stringValue())
                        .isEqualTo("SKU-" + customer.substring(2));
                assertThat(node.path("order").path("items").get(0).path("name").stringValue())
                        .startsWith("Ring for buyer ").doesNotContain("user" + customer.substring(2) + "x");
                orders.add(order);
            }
            assertThat(orders).hasSize(threads * perThread);
        }
    }
}
