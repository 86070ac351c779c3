package com.jewelry.logging.core.event;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;

import java.time.Instant;

/**
 * The MES finished calculating the cost of a piece (event 5 of the business).
 *
 * @param time        when the calculation finished
 * @param customerId  the customer's id
 * @param orderNumber the order number
 * @param cost        the calculated cost
 */
public record CostCalculationCompleted(Instant time, String customerId, String orderNumber,
                                       Money cost) implements BusinessEvent {

    public static final EventType<CostCalculationCompleted> TYPE = EventType
            .builder(CostCalculationCompleted.class, "cost_calculation.completed", 1)
            .title("Cost calculation completed")
            .description("MES: the cost of a piece was calculated.")
            .message(e -> "Cost calculated for order " + e.orderNumber())
            .field(CommonFields.customerId(CostCalculationCompleted::customerId))
            .field(CommonFields.orderNumber(CostCalculationCompleted::orderNumber))
            .field(EventField.required("cost_calculation.cost", FieldKind.MONEY,
                    "The calculated cost.", CostCalculationCompleted::cost))
            .build();

    @Override
    public EventType<CostCalculationCompleted> type() {
        return TYPE;
    }
}
