package com.jewelry.logging.boot3;

import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.TimeUnit;

/** A CRM service on Spring Boot 3.5 that uses jewelry-logging the way the docs say: the starter and one property. */
@SpringBootApplication
public class OrdersApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersApplication.class, args);
    }

    @Service
    public static class OrderService {

        @LogEvent(type = OrderStatusChanged.class, fields = {
                @Bind(name = "customerId", value = "'C-42'"),
                @Bind(name = "orderNumber", value = "#number"),
                @Bind(name = "newStatus", value = "#result"),
                @Bind(name = "oldStatus", value = "'NEW'")})
        public OrderStatus confirm(String number) {
            return OrderStatus.CONFIRMED;
        }
    }

    @RestController
    public static class OrderController {

        private static final Logger LOG = LoggerFactory.getLogger(OrderController.class);

        private final OrderService orders;
        private final ThreadPoolTaskExecutor executor;

        public OrderController(OrderService orders, ThreadPoolTaskExecutor executor) {
            this.orders = orders;
            this.executor = executor;
        }

        @PostMapping("/orders/{number}/confirm")
        public String confirm(@PathVariable String number) throws Exception {
            executor.submit(() -> LOG.info("notifying the MES")).get(10, TimeUnit.SECONDS);
            return orders.confirm(number).name();
        }
    }
}
