package com.jewelry.examples.mes;

import com.jewelry.logging.core.event.Money;

/** The price of a piece and what it is made of. */
public record CostBreakdown(String alloy, double metalGrams, Money metal, Money labour, Money stones, Money total) {
}
