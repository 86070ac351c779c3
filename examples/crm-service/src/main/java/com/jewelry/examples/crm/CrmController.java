package com.jewelry.examples.crm;

import com.jewelry.logging.core.event.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.NoSuchElementException;

/** The CRM's HTTP API, used by the managers' desktop. */
@RestController
public class CrmController {

    /** What the desktop shows for an order. */
    public record OrderView(String orderNumber, Money total, List<String> changedFields) {
    }

    /** The id of a registered customer: all the desktop needs back. */
    public record Registered(String customerId) {
    }

    /** How many open orders took the new contacts. */
    public record ContactsView(String customerId, int ordersUpdated) {
    }

    private final CustomerDirectory customers;
    private final OrderDesk desk;

    public CrmController(CustomerDirectory customers, OrderDesk desk) {
        this.customers = customers;
        this.desk = desk;
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    public Registered register(@RequestBody Customer customer) {
        return new Registered(customers.register(customer).id());
    }

    @PutMapping("/customers/{id}/contacts")
    public ContactsView changeContacts(@PathVariable String id, @RequestBody Contacts contacts) {
        customers.changeContacts(id, contacts);
        return new ContactsView(id, desk.updateContacts(id, contacts));
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    public OrderView take(@RequestBody PhoneOrder order) {
        CrmOrder taken = desk.take(order);
        return new OrderView(taken.number(), taken.total(), List.of());
    }

    @PatchMapping("/orders/{number}")
    public OrderView amend(@PathVariable String number, @RequestBody Amendment amendment) {
        CrmOrder.Amended amended = desk.amend(number, amendment);
        return new OrderView(number, amended.order().total(),
                amended.changes().stream().map(change -> change.field()).toList());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
