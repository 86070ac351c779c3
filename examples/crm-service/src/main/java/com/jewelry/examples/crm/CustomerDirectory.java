package com.jewelry.examples.crm;

import com.jewelry.logging.spring.annotation.LogDebug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customer cards. With DEBUG on for this class each change is written with its inputs, the contacts masked by
 * their {@code @Sensitive} kinds.
 */
@Service
public class CustomerDirectory {

    private static final Logger log = LoggerFactory.getLogger(CustomerDirectory.class);

    private final Map<String, Customer> customers = new ConcurrentHashMap<>();

    public Customer register(Customer customer) {
        customers.put(customer.id(), customer);
        log.info("Customer {} registered", customer.id());
        return customer;
    }

    @LogDebug
    public Customer changeContacts(String customerId, Contacts contacts) {
        Customer changed = find(customerId).withContacts(contacts);
        customers.put(customerId, changed);
        return changed;
    }

    public Customer find(String customerId) {
        Customer customer = customers.get(customerId);
        if (customer == null) {
            throw new NoSuchElementException("no customer " + customerId);
        }
        return customer;
    }
}
