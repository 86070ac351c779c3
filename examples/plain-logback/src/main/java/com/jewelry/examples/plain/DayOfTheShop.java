package com.jewelry.examples.plain;

import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.NotificationChannel;
import com.jewelry.logging.core.event.NotificationType;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.ProcessingStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scripted day of the shop without Spring: each of the four systems logs through its own plain Logback set-up,
 * together producing every one of the seven business events, a DEBUG line and an error. The JSON lines go to
 * {@code <dir>/jewelry-<system>.json}; a summary is printed at the end.
 */
public final class DayOfTheShop {

    private DayOfTheShop() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "demo-output/plain").toAbsolutePath();
        Files.createDirectories(dir);
        try (var files = Files.list(dir)) {
            for (Path old : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                Files.delete(old);
            }
        }
        run(dir, true);
        System.out.println();
        System.out.println(summary(dir));
    }

    /** Plays the day; the lines land in {@code dir}. */
    public static void run(Path dir, boolean console) throws Exception {
        try (SystemLogging shop = new SystemLogging(SystemName.SHOP, "shop-checkout", dir, console);
             SystemLogging crm = new SystemLogging(SystemName.CRM, "crm-orders", dir, console);
             SystemLogging mes = new SystemLogging(SystemName.MES, "mes-costing", dir, console);
             SystemLogging api = new SystemLogging(SystemName.API, "partner-api", dir, console)) {

            EventLogger checkout = shop.events(DayOfTheShop.class);
            EventLogger orders = crm.events(DayOfTheShop.class);
            EventLogger costing = mes.events(DayOfTheShop.class);
            EventLogger partners = api.events(DayOfTheShop.class);
            mes.debugOn(DayOfTheShop.class);

            checkout.orderCreated("C-10042", "ORD-2026-000123", List.of(
                    new OrderItem("RING-AU585-17", "Gold ring 585, size 17", 1, Money.rub("48900.00")),
                    new OrderItem("EARR-AG925-02", "Silver earrings", 2, Money.rub("3450.50"))), Money.rub("55801.00"));
            orders.orderUpdated("C-10042", "ORD-2026-000123", List.of(
                    new FieldChange("engraving", null, "Forever yours"),
                    new FieldChange("deliverySlot", "2026-12-01 10:00-14:00", "2026-12-02 10:00-14:00")));
            checkout.orderStatusChanged("C-10042", "ORD-2026-000123", OrderStatus.NEW, OrderStatus.PAID);

            costing.debug("calculating cost from the 3D model", "modelId", "MODEL-3D-7781", "metalGrams", 6, "alloy", "AU585");
            costing.costCalculationRequested("C-10042", "ORD-2026-000123", "MODEL-3D-7781", Duration.ofMillis(1834));
            costing.costCalculationCompleted("C-10042", "ORD-2026-000123", Money.rub("52100.00"));
            mes.logger(DayOfTheShop.class).error("casting machine CM-2 reported an error",
                    new IllegalStateException("crucible temperature out of range"));
            costing.orderStatusChanged("C-10042", "ORD-2026-000123", OrderStatus.PAID, OrderStatus.IN_PRODUCTION);

            partners.partnerOrderReceived("P-77", "ORD-2026-000124", ProcessingStatus.ACCEPTED);
            partners.partnerOrderReceived("P-78", "PARTNER-78-5531", ProcessingStatus.INVALID);

            costing.orderStatusChanged("C-10042", "ORD-2026-000123", OrderStatus.IN_PRODUCTION, OrderStatus.READY_FOR_PICKUP);
            checkout.notificationSent("C-10042", "ORD-2026-000123", NotificationType.READY_FOR_PICKUP, NotificationChannel.SMS);
        }
    }

    /** Counts lines per system and event in the files of {@code dir}. */
    public static String summary(Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                for (String raw : Files.readAllLines(file)) {
                    JsonNode line = json.readTree(raw);
                    String event = line.at("/event/action").isMissingNode()
                            ? "(" + line.at("/event/category").asString() + " " + line.at("/log/level").asString() + ")"
                            : line.at("/event/action").asString();
                    counts.merge(String.format("%-5s %s", line.get("system").asString(), event), 1, Integer::sum);
                    total++;
                }
            }
        }
        StringBuilder out = new StringBuilder("Demo summary: ").append(total).append(" lines in ").append(dir).append('\n');
        counts.forEach((key, count) -> out.append(String.format("  %-45s %d%n", key, count)));
        return out.toString();
    }
}
