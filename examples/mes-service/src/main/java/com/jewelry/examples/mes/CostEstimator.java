package com.jewelry.examples.mes;

import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.spring.annotation.LogDebug;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Today's price of a piece: metal (volume × the alloy's density × its price per gram, plus what casting loses),
 * labour (a base for casting and assembly plus polishing by surface) and stones (by carat, plus setting each).
 * With DEBUG on for this class every estimate is written with its inputs and result.
 */
@Component
public class CostEstimator {

    private record Alloy(double densityGramsPerCm3, BigDecimal rublesPerGram) {
    }

    private static final Map<String, Alloy> ALLOYS = Map.of(
            "AU585", new Alloy(13.6, new BigDecimal("5900")),
            "AU750", new Alloy(15.5, new BigDecimal("7600")),
            "AG925", new Alloy(10.36, new BigDecimal("95")),
            "PT950", new Alloy(20.7, new BigDecimal("3300")));
    private static final Map<String, BigDecimal> STONE_PRICE_PER_CARAT = Map.of(
            "DIAMOND", new BigDecimal("85000"),
            "SAPPHIRE", new BigDecimal("18000"),
            "EMERALD", new BigDecimal("24000"),
            "CUBIC_ZIRCONIA", new BigDecimal("300"));
    private static final double CASTING_LOSS = 0.05;
    private static final BigDecimal LABOUR_BASE = new BigDecimal("2500");
    private static final BigDecimal POLISHING_PER_CM2 = new BigDecimal("35");
    private static final BigDecimal SETTING_PER_STONE = new BigDecimal("600");

    @LogDebug
    public CostBreakdown estimate(String alloy, MeshMeasures measures, List<CostJob.Stone> stones) {
        Alloy metal = ALLOYS.get(alloy);
        if (metal == null) {
            throw new IllegalArgumentException("unknown alloy " + alloy);
        }
        double grams = measures.volumeCm3() * metal.densityGramsPerCm3() * (1 + CASTING_LOSS);
        BigDecimal metalCost = metal.rublesPerGram().multiply(BigDecimal.valueOf(grams));
        BigDecimal labour = LABOUR_BASE.add(POLISHING_PER_CM2.multiply(BigDecimal.valueOf(measures.surfaceCm2())));
        BigDecimal stoneCost = BigDecimal.ZERO;
        for (CostJob.Stone stone : stones == null ? List.<CostJob.Stone>of() : stones) {
            BigDecimal perCarat = STONE_PRICE_PER_CARAT.get(stone.kind());
            if (perCarat == null) {
                throw new IllegalArgumentException("unknown stone " + stone.kind());
            }
            stoneCost = stoneCost.add(perCarat.multiply(BigDecimal.valueOf(stone.caratWeight()))
                    .add(SETTING_PER_STONE).multiply(BigDecimal.valueOf(stone.count())));
        }
        BigDecimal total = metalCost.add(labour).add(stoneCost);
        return new CostBreakdown(alloy, Math.round(grams * 100) / 100.0, rub(metalCost), rub(labour), rub(stoneCost),
                rub(total));
    }

    private static Money rub(BigDecimal amount) {
        return Money.rub(amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
