package com.jewelry.logging.spring.backends;

import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogDebug;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One small shop service, run unchanged on Logback and on Log4j2 by {@link SameApplicationScenario}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ParityApplication.OrderController.class, ParityApplication.CheckoutService.class})
public class ParityApplication {

    public static class CheckoutService {

        private static final Logger LOG = LoggerFactory.getLogger(CheckoutService.class);

        @LogEvent(type = OrderStatusChanged.class, fields = {
                @Bind(name = "customerId", value = "'C-42'"),
                @Bind(name = "orderNumber", value = "#number"),
                @Bind(name = "newStatus", value = "#result"),
                @Bind(name = "oldStatus", value = "'NEW'")})
        public OrderStatus confirm(String number) {
            // a ticket number (masked by the service's value rule) and an e-mail (masked by the built-in rules)
            LOG.info("ticket TCK-123456 confirmed for anna.petrova@example.com");
            return OrderStatus.CONFIRMED;
        }

        @LogDebug
        public String status(String number) {
            return "NEW";
        }
    }

    @RestController
    public static class OrderController {

        private final CheckoutService checkout;

        public OrderController(CheckoutService checkout) {
            this.checkout = checkout;
        }

        @PostMapping("/orders/{number}/confirm")
        public String confirm(@PathVariable String number) {
            return checkout.confirm(number).name();
        }

        @GetMapping("/orders/{number}/status")
        public String status(@PathVariable String number) {
            return checkout.status(number);
        }

        @GetMapping("/orders/{number}/missing")
        public String missing(@PathVariable String number) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such order");
        }
    }
}
