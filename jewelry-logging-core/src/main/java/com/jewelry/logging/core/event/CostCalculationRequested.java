package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Duration;
import java.time.Instant;

/**
 * The MES was asked to calculate the cost of a piece from its 3D model (event 4 of the business).
 *
 * @param time            when the calculation was requested
 * @param customerId      the customer's id
 * @param orderNumber     the order number
 * @param modelId         the id of the 3D model the cost is calculated from
 * @param calculationTime how long the calculation took
 */
public record CostCalculationRequested(Instant time, String customerId, String orderNumber,
                                       String modelId, Duration calculationTime) implements BusinessEvent {

    public static final EventType<CostCalculationRequested> TYPE = EventType
            .builder(CostCalculationRequested.class, "cost_calculation.requested", 1)
            .title("Cost calculation requested")
            .description("MES: the cost of a piece was requested from its 3D model, with the time the calculation took.")
            .message(e -> "Cost calculation requested for order " + e.orderNumber())
            .field(CommonFields.customerId(CostCalculationRequested::customerId))
            .field(CommonFields.orderNumber(CostCalculationRequested::orderNumber))
            .field(EventField.required("cost_calculation.model_id", FieldKind.KEYWORD,
                    "The id of the 3D model.", CostCalculationRequested::modelId))
            .field(EventField.required("cost_calculation.duration_ms", FieldKind.DURATION_MS,
                    "How long the calculation took, in milliseconds.", CostCalculationRequested::calculationTime))
            .build();

    @Override
    public EventType<CostCalculationRequested> type() {
        return TYPE;
    }
}
