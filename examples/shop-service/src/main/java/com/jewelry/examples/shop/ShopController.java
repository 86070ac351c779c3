package com.jewelry.examples.shop;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.NoSuchElementException;

/** The shop's HTTP API, for its front end and for the systems that report an order's progress. */
@RestController
public class ShopController {

    /** What the front end shows after checkout. */
    public record OrderView(String orderNumber, OrderStatus status, Money total) {
        static OrderView of(Order order) {
            return new OrderView(order.number(), order.status(), order.total());
        }
    }

    /** A status reported for an order. */
    public record StatusUpdate(OrderStatus status) {
    }

    private final Checkout checkout;

    public ShopController(Checkout checkout) {
        this.checkout = checkout;
    }

    @PostMapping("/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    public OrderView checkout(@RequestBody CheckoutRequest request) {
        return OrderView.of(checkout.checkout(request));
    }

    @PostMapping("/orders/{number}/status")
    public OrderView changeStatus(@PathVariable String number, @RequestBody StatusUpdate update) {
        return OrderView.of(checkout.changeStatus(number, update.status()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({Catalogue.UnknownArticleException.class, IllegalArgumentException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(PaymentGateway.PaymentDeclinedException.class)
    ProblemDetail declined(PaymentGateway.PaymentDeclinedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED, e.getMessage());
    }
}
