package com.jewelry.examples.mes;

import com.jewelry.logging.spring.annotation.EventKind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The quotes the MES gave, by order number (in memory: the example has no database). */
@Service
public class QuoteBook {

    private final Map<String, CostBreakdown> quotes = new ConcurrentHashMap<>();

    @LogEvent(value = EventKind.COST_CALCULATION_COMPLETED, customerId = "#job.customerId",
            orderNumber = "#job.orderNumber", cost = "#breakdown.total")
    public void record(CostJob job, CostBreakdown breakdown) {
        quotes.put(job.orderNumber(), breakdown);
    }
}
