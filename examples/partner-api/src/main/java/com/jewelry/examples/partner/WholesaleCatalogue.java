package com.jewelry.examples.partner;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;

/** The articles partners may order, at wholesale prices. */
@Component
public class WholesaleCatalogue {

    private static final Map<String, BigDecimal> PRICES = Map.of(
            "RING-AU585-17", new BigDecimal("39100.00"),
            "EARR-AG925-02", new BigDecimal("2760.00"),
            "PEND-AU750-05", new BigDecimal("57800.00"),
            "CHAIN-AG925-45", new BigDecimal("4160.00"));

    public boolean sells(String sku) {
        return sku != null && PRICES.containsKey(sku);
    }

    public BigDecimal price(String sku) {
        return PRICES.get(sku);
    }
}
