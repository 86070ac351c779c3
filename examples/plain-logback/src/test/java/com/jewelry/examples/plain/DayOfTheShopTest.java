package com.jewelry.examples.plain;

import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class DayOfTheShopTest {

    @Test
    void theDayWritesAllSevenEventsEachFromItsSystemsFile(@TempDir Path dir) throws Exception {
        DayOfTheShop.run(dir, false);

        List<LogLine> lines = new ArrayList<>();
        for (String system : List.of("shop", "crm", "mes", "api")) {
            Path file = dir.resolve("jewelry-" + system + ".json");
            assertThat(file).exists();
            CapturedLogs written = CapturedLogs.readFile(file);
            // every line of every file is valid against the published schemas and free of personal data
            assertThat(written).allLinesMatchSchemas().containsNoPersonalData().hasNoInvalidEvents();
            assertThat(written.lines()).allSatisfy(line -> assertThat(line.system()).isEqualToIgnoringCase(system));
            lines.addAll(written.lines());
        }
        assertThat(lines).extracting(LogLine::eventName).contains(
                "order.status_changed", "order.created", "order.updated", "cost_calculation.requested",
                "cost_calculation.completed", "partner_order.received", "notification.sent");
        assertThat(lines).filteredOn(l -> String.valueOf(l.eventName()).startsWith("cost_calculation"))
                .allSatisfy(l -> assertThat(l.system()).isEqualTo("MES"));
        assertThat(lines).filteredOn(l -> "partner_order.received".equals(l.eventName()))
                .allSatisfy(l -> assertThat(l.system()).isEqualTo("API"));
        assertThat(lines).anySatisfy(l -> assertThat(l.level()).isEqualTo("DEBUG"));
        assertThat(lines).anySatisfy(l -> assertThat(l.text("event.dataset")).isEqualTo("mes.error"));
        assertThat(DayOfTheShop.summary(dir)).contains("MES   cost_calculation.requested", "Demo summary: " + lines.size() + " lines");
    }

    @Test
    void theShopsOrderAndTheMesCalculationReadBackAsTypedEvents(@TempDir Path dir) throws Exception {
        DayOfTheShop.run(dir, false);

        OrderCreated order = CapturedLogs.readFile(dir.resolve("jewelry-shop.json")).singleEvent(OrderCreated.class);
        assertThat(order.orderNumber()).isEqualTo("ORD-2026-000123");
        assertThat(order.items()).extracting(item -> item.sku()).containsExactly("RING-AU585-17", "EARR-AG925-02");
        CostCalculationRequested costing = CapturedLogs.readFile(dir.resolve("jewelry-mes.json"))
                .singleEvent(CostCalculationRequested.class);
        assertThat(costing.calculationTime()).hasMillis(1834);
    }
}
