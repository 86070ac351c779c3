package com.jewelry.examples.partner;

import com.jewelry.logging.spring.annotation.LogDebug;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a partner's order before anything is done with it. With DEBUG on for this class each check is written with
 * the order as received, the end customer's data masked by the {@code @Sensitive} kinds.
 */
@Component
public class PartnerOrderValidator {

    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,39}");

    private final WholesaleCatalogue catalogue;

    public PartnerOrderValidator(WholesaleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @LogDebug
    public List<String> problems(String partnerId, PartnerOrderRequest order) {
        List<String> problems = new ArrayList<>();
        if (order.orderNumber() == null || !ORDER_NUMBER.matcher(order.orderNumber()).matches()) {
            problems.add("orderNumber: 4-40 capital letters, digits or dashes");
        }
        if (order.customer() == null || order.customer().name() == null
                || (order.customer().contact() == null && order.customer().mobile() == null)) {
            problems.add("customer: a name and an e-mail or mobile number are required");
        }
        if (order.shipTo() == null || order.shipTo().isBlank()) {
            problems.add("shipTo: required");
        }
        if (order.lines() == null || order.lines().isEmpty()) {
            problems.add("lines: at least one");
        } else {
            for (int i = 0; i < order.lines().size(); i++) {
                PartnerOrderRequest.Line line = order.lines().get(i);
                if (!catalogue.sells(line.sku())) {
                    problems.add("lines[" + i + "].sku: not in the wholesale catalogue");
                }
                if (line.quantity() < 1 || line.quantity() > 50) {
                    problems.add("lines[" + i + "].quantity: 1 to 50");
                }
            }
        }
        return problems;
    }
}
