package com.jewelry.examples.mes;

import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.spring.annotation.Bind;
import com.jewelry.logging.spring.annotation.LogEvent;
import org.springframework.stereotype.Service;

/** Prices a piece from its model; the time the whole calculation takes is measured and logged with the request. */
@Service
public class CostCalculation {

    private final MeshAnalyzer meshes;
    private final CostEstimator estimator;

    public CostCalculation(MeshAnalyzer meshes, CostEstimator estimator) {
        this.meshes = meshes;
        this.estimator = estimator;
    }

    @LogEvent(type = CostCalculationRequested.class, fields = {
            @Bind(name = "customerId", value = "#job.customerId"),
            @Bind(name = "orderNumber", value = "#job.orderNumber"),
            @Bind(name = "modelId", value = "#job.model.id")})
    public CostBreakdown calculate(CostJob job) {
        return estimator.estimate(job.alloy(), meshes.measure(job.model()), job.stones());
    }
}
