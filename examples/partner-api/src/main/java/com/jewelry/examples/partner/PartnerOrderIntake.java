package com.jewelry.examples.partner;

import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.core.event.ProcessingStatus;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides what happens to a partner's order: INVALID when the payload is wrong, DUPLICATE when the partner sent the
 * same order number before, REJECTED when it is worth more than the partner's credit limit, else ACCEPTED.
 */
@Service
public class PartnerOrderIntake {

    private final PartnerOrderValidator validator;
    private final WholesaleCatalogue catalogue;
    private final PartnerApiProperties properties;
    private final Set<String> received = ConcurrentHashMap.newKeySet();

    public PartnerOrderIntake(PartnerOrderValidator validator, WholesaleCatalogue catalogue, PartnerApiProperties properties) {
        this.validator = validator;
        this.catalogue = catalogue;
        this.properties = properties;
    }

    @LogEvent(type = PartnerOrderReceived.class, fields = {
            @Bind(name = "partnerId", value = "#partnerId"),
            @Bind(name = "orderNumber", value = "#order.orderNumber"),
            @Bind(name = "processingStatus", value = "#result.status")})
    public Receipt receive(String partnerId, PartnerOrderRequest order) {
        List<String> problems = validator.problems(partnerId, order);
        if (!problems.isEmpty()) {
            return new Receipt(order.orderNumber(), ProcessingStatus.INVALID, problems);
        }
        if (!received.add(partnerId + "/" + order.orderNumber())) {
            return new Receipt(order.orderNumber(), ProcessingStatus.DUPLICATE, List.of("orderNumber: already received"));
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PartnerOrderRequest.Line line : order.lines()) {
            total = total.add(catalogue.price(line.sku()).multiply(BigDecimal.valueOf(line.quantity())));
        }
        BigDecimal limit = properties.creditLimits().getOrDefault(partnerId, BigDecimal.ZERO);
        if (total.compareTo(limit) > 0) {
            received.remove(partnerId + "/" + order.orderNumber());
            return new Receipt(order.orderNumber(), ProcessingStatus.REJECTED, List.of("lines: over the partner's credit limit"));
        }
        return new Receipt(order.orderNumber(), ProcessingStatus.ACCEPTED, List.of());
    }
}
