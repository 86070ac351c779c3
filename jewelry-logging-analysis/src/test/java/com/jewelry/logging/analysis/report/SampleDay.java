package com.jewelry.logging.analysis.report;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A small day of lines in the shape the encoder writes (envelope and event fields nested), with made-up ids only:
 * the fixture both the file reader and the fake OpenSearch answers describe.
 */
final class SampleDay {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant FROM = Instant.parse("2026-11-24T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-11-25T00:00:00Z");

    final List<ObjectNode> shop = new ArrayList<>();
    final List<ObjectNode> crm = new ArrayList<>();
    final List<ObjectNode> mes = new ArrayList<>();
    final List<ObjectNode> api = new ArrayList<>();

    SampleDay() {
        shop.add(event("SHOP", "10:00:05", "order.created", "INFO"));
        shop.add(event("SHOP", "10:00:30", "order.created", "INFO"));
        shop.add(event("SHOP", "11:15:00", "order.created", "INFO"));
        crm.add(event("CRM", "10:20:00", "order.created", "INFO"));
        for (String time : List.of("10:01:00", "10:02:00")) {
            ObjectNode paid = event("SHOP", time, "order.status_changed", "INFO");
            paid.putObject("order").put("number", "ORD-TEST-1").put("status", "PAID").put("previous_status", "NEW");
            shop.add(paid);
        }
        ObjectNode production = event("MES", "12:00:00", "order.status_changed", "INFO");
        production.putObject("order").put("number", "ORD-TEST-1").put("status", "IN_PRODUCTION");
        mes.add(production);
        int minute = 0;
        for (int millis : new int[] {1834, 1200, 9000, 2500}) {
            ObjectNode cost = event("MES", "12:1" + minute++ + ":00", "cost_calculation.requested", "INFO");
            cost.putObject("cost_calculation").put("model_id", "MODEL-TEST").put("duration_ms", millis);
            mes.add(cost);
        }
        partner("13:00:00", "P-TEST-01", "ACCEPTED");
        partner("13:00:10", "P-TEST-01", "ACCEPTED");
        partner("13:00:20", "P-TEST-02", "INVALID");
        partner("13:00:30", "P-TEST-02", "REJECTED");
        ObjectNode notification = event("SHOP", "14:00:00", "notification.sent", "INFO");
        notification.putObject("notification").put("type", "READY_FOR_PICKUP").put("channel", "SMS");
        shop.add(notification);
        ObjectNode error = line("MES", "15:00:00", "ERROR");
        error.putObject("error").put("type", "java.lang.IllegalStateException");
        mes.add(error);
        api.add(line("API", "15:30:00", "WARN"));
        for (String time : List.of("16:00:00", "16:00:01")) {
            ObjectNode access = event("API", time, "http.access", "INFO");
            ((ObjectNode) access.get("event")).put("category", "access").put("dataset", "api.access");
            access.putObject("client").put("id", "P-TEST-01").put("address", "ip~5a01");
            api.add(access);
        }
    }

    private void partner(String time, String partner, String status) {
        ObjectNode line = event("API", time, "partner_order.received", "INFO");
        line.putObject("partner").put("id", partner);
        line.putObject("order").put("number", "PARTNER-TEST").put("processing_status", status);
        api.add(line);
    }

    static ObjectNode line(String system, String time, String level) {
        ObjectNode line = JSON.createObjectNode();
        line.put("@timestamp", "2026-11-24T" + time + ".000123456Z");
        line.putObject("log").put("level", level).put("logger", "test");
        line.put("message", "test line");
        line.put("system", system);
        line.putObject("service").put("name", system.toLowerCase() + "-test").put("environment", "test");
        line.putObject("event").put("category", "technical")
                .put("dataset", system.toLowerCase() + ("INFO".equals(level) ? ".operational" : ".error"));
        return line;
    }

    static ObjectNode event(String system, String time, String action, String level) {
        ObjectNode line = line(system, time, level);
        ((ObjectNode) line.get("event")).put("action", action).put("version", 1).put("category", "business");
        return line;
    }

    /** Writes SHOP, CRM and MES as .json and API as a rolled .json.gz. */
    Path writeTo(Path dir) throws IOException {
        write(dir.resolve("jewelry-shop.json"), shop);
        write(dir.resolve("jewelry-crm.json"), crm);
        write(dir.resolve("jewelry-mes.json"), mes);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("jewelry-api.2026-11-24.0.json.gz")))) {
            out.write(text(api).getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    private static void write(Path file, List<ObjectNode> lines) throws IOException {
        Files.writeString(file, text(lines), StandardCharsets.UTF_8);
    }

    private static String text(List<ObjectNode> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(JSON.writeValueAsString(l)).append('\n'));
        return text.toString();
    }

    int size() {
        return shop.size() + crm.size() + mes.size() + api.size();
    }
}
