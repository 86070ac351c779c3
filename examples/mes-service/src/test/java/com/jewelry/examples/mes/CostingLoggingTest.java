package com.jewelry.examples.mes;

import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.CostCalculationCompleted;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs
@SpringBootTest(properties = {"jewelry.logging.file.dir=target/test-logs", "jewelry.logging.console.enabled=false",
        "logging.level.com.jewelry.examples.mes.CostEstimator=DEBUG"})
class CostingLoggingTest {

    // a designer's address made up at run time; it must never be logged
    private static final String DESIGNER = String.join("@", "designer" + System.nanoTime() % 1000, "example.ru");

    @Autowired
    private MesController mes;

    private static CostJob job(String orderNumber, Model3d model) {
        return new CostJob("C-10042", orderNumber, DESIGNER, "AU585", model,
                List.of(new CostJob.Stone("DIAMOND", 0.25, 1)));
    }

    @Test
    void pricingARingLogsTheTimedRequestAndTheCostFromTheMes(CapturedLogs logs) {
        CostBreakdown breakdown = mes.calculate(job("ORD-2026-000123", RingModels.band("MODEL-3D-7781", 9.5, 1.2, 192, 48)));

        assertThat(logs).hasEvent("cost_calculation.requested").withOrderNumber("ORD-2026-000123")
                .withField("cost_calculation.model_id", "MODEL-3D-7781").withSystem(SystemName.MES)
                .withOutcome(EventOutcome.SUCCESS).once();
        assertThat(logs).hasEvent("cost_calculation.completed").withOrderNumber("ORD-2026-000123")
                .withSystem(SystemName.MES).once();
        assertThat(logs.singleEvent(CostCalculationRequested.class).calculationTime()).isPositive();
        assertThat(logs.singleEvent(CostCalculationCompleted.class).cost().amount())
                .isEqualByComparingTo(breakdown.total().amount());
        // ≈ 3.9 g of 585 gold, labour and a quarter-carat diamond
        assertThat(breakdown.total().amount().doubleValue()).isBetween(40_000.0, 60_000.0);
    }

    @Test
    void aBrokenModelLogsTheRequestAsAFailureAtErrorAndNoCost(CapturedLogs logs) {
        Model3d broken = RingModels.withHole(RingModels.band("MODEL-3D-7790", 9.5, 1.2, 64, 16), 5);

        assertThatThrownBy(() -> mes.calculate(job("ORD-2026-000130", broken))).isInstanceOf(BrokenModelException.class);

        assertThat(logs).hasEvent("cost_calculation.requested").withOrderNumber("ORD-2026-000130")
                .withOutcome(EventOutcome.FAILURE).withLevel("ERROR")
                .withField("error.type", BrokenModelException.class.getName()).once();
        assertThat(logs).hasNoEvent("cost_calculation.completed");
    }

    @Test
    @CaptureLogs(level = Level.DEBUG)
    void theEstimatorsDebugLineShowsItsInputsAndResult(CapturedLogs logs) {
        mes.calculate(job("ORD-2026-000124", RingModels.band("MODEL-3D-7782", 8.5, 1.0, 96, 24)));

        assertThat(logs.lines()).filteredOn(line -> "DEBUG".equals(line.level()))
                .filteredOn(line -> CostEstimator.class.getName().equals(line.loggerName()))
                .singleElement().satisfies(line -> {
                    assertThat(line.text("detail.alloy")).isEqualTo("AU585");
                    assertThat(line.text("detail.result.total.amount")).isNotBlank();
                });
    }

    @Test
    void productionStepsAreLoggedWithThePreviousStatusAndASkippedStepIsRefused(CapturedLogs logs) {
        mes.report("ORD-2026-000125", new MesController.StatusReport("C-10042", OrderStatus.IN_PRODUCTION));
        mes.report("ORD-2026-000125", new MesController.StatusReport("C-10042", OrderStatus.QUALITY_CHECK));
        assertThatThrownBy(() -> mes.report("ORD-2026-000126",
                new MesController.StatusReport("C-10042", OrderStatus.READY_FOR_PICKUP))).isInstanceOf(IllegalStateException.class);

        assertThat(logs).hasEvent("order.status_changed").withOrderNumber("ORD-2026-000125").hasCount(2);
        assertThat(logs).hasEvent("order.status_changed").withField("order.previous_status", OrderStatus.IN_PRODUCTION)
                .withField("order.status", OrderStatus.QUALITY_CHECK).withSystem(SystemName.MES).once();
        assertThat(logs).hasLineCount(2);
    }

    @Test
    void noLineCarriesTheDesignersAddressAndEveryLineMatchesTheSchemas(CapturedLogs logs) {
        mes.calculate(job("ORD-2026-000127", RingModels.band("MODEL-3D-7783", 9.0, 1.1, 64, 16)));
        assertThatThrownBy(() -> mes.calculate(job("ORD-2026-000128",
                RingModels.withHole(RingModels.band("MODEL-3D-7784", 9.0, 1.1, 64, 16), 2)))).isInstanceOf(BrokenModelException.class);

        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(DESIGNER).allLinesMatchSchemas();
    }
}
