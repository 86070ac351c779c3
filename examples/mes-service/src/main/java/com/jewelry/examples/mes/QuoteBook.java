package com.jewelry.examples.mes;

import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The quotes the MES gave, by order number (in memory: the example has no database). */
@Service
public class QuoteBook {

    private final Map<String, CostBreakdown> quotes = new ConcurrentHashMap<>();

    @LogEvent(type = CostCalculationCompleted.class, fields = {
            @Bind(name = "customerId", value = "#job.customerId"),
            @Bind(name = "orderNumber", value = "#job.orderNumber"),
            @Bind(name = "cost", value = "#breakdown.total")})
    public void record(CostJob job, CostBreakdown breakdown) {
        quotes.put(job.orderNumber(), breakdown);
    }
}
