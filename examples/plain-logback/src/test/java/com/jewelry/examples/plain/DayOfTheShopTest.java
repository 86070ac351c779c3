package com.jewelry.examples.plain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DayOfTheShopTest {

    @Test
    void theDayWritesAllSevenEventsEachFromItsSystemsFile(@TempDir Path dir) throws Exception {
        DayOfTheShop.run(dir, false);

        List<JsonNode> lines = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String system : List.of("shop", "crm", "mes", "api")) {
            Path file = dir.resolve("jewelry-" + system + ".json");
            assertThat(file).exists();
            for (String raw : Files.readAllLines(file)) {
                JsonNode line = json.readTree(raw);
                assertThat(line.get("system").asString()).isEqualToIgnoringCase(system);
                lines.add(line);
            }
        }
        assertThat(lines).extracting(l -> l.at("/event/action").asString()).contains(
                "order.status_changed", "order.created", "order.updated", "cost_calculation.requested",
                "cost_calculation.completed", "partner_order.received", "notification.sent");
        assertThat(lines).filteredOn(l -> l.at("/event/action").asString().startsWith("cost_calculation"))
                .allSatisfy(l -> assertThat(l.get("system").asString()).isEqualTo("MES"));
        assertThat(lines).filteredOn(l -> l.at("/event/action").asString().equals("partner_order.received"))
                .allSatisfy(l -> assertThat(l.get("system").asString()).isEqualTo("API"));
        assertThat(lines).anySatisfy(l -> assertThat(l.at("/log/level").asString()).isEqualTo("DEBUG"));
        assertThat(lines).anySatisfy(l -> assertThat(l.at("/event/dataset").asString()).isEqualTo("mes.error"));
        assertThat(DayOfTheShop.summary(dir)).contains("MES   cost_calculation.requested", "Demo summary: " + lines.size() + " lines");
    }
}
