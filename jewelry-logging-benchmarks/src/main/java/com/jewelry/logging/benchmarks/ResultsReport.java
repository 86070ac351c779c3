package com.jewelry.logging.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one run's JMH results and end-to-end figures into a markdown table of ratios (each against a baseline
 * measured in the same run) and a JSON summary. Usage: {@code ResultsReport jmh.json e2e.json out.md out.json}.
 */
public final class ResultsReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultsReport() {
    }

    record Score(double ns, double error, double bytes) {
    }

    public static void main(String[] args) throws Exception {
        JsonNode jmh = JSON.readTree(Files.readString(Path.of(args[0])));
        JsonNode e2e = Files.exists(Path.of(args[1])) ? JSON.readTree(Files.readString(Path.of(args[1]))) : null;
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode result : jmh) {
            String name = result.get("benchmark").asString();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            JsonNode params = result.get("params");
            if (params != null && !params.isEmpty()) {
                StringBuilder key = new StringBuilder(name).append('[');
                params.properties().forEach(p -> key.append(p.getKey()).append('=').append(p.getValue().asString()).append(','));
                key.setCharAt(key.length() - 1, ']');
                name = key.toString();
            }
            JsonNode primary = result.get("primaryMetric");
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            scores.put(name, new Score(primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
                    alloc.isMissingNode() ? Double.NaN : alloc.get("score").asDouble()));
        }
        StringBuilder md = new StringBuilder();
        ObjectNode summary = JSON.createObjectNode();
        encoding(scores, md, summary);
        scaling(scores, md, summary);
        if (e2e != null) {
            endToEnd(e2e, md, summary);
        }
        Files.writeString(Path.of(args[2]), md.toString());
        Files.writeString(Path.of(args[3]), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
    }

    private static void encoding(Map<String, Score> scores, StringBuilder md, ObjectNode summary) {
        Score p1 = scores.get("EventEncodingBenchmark.p1_lle");
        Score p2 = scores.get("EventEncodingBenchmark.p2_lleMasking");
        Score p4 = scores.get("EventEncodingBenchmark.p4_handWritten");
        if (p1 == null) {
            return;
        }
        md.append("## Encoding one order-created line\n\n");
        md.append("| contender | ns/op | ± | B/op | time vs (1) | time vs (4) | time vs (2) | bytes vs (1) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        ArrayNode rows = summary.putArray("encoding");
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            if (!e.getKey().startsWith("EventEncodingBenchmark.")) {
                continue;
            }
            Score s = e.getValue();
            String name = e.getKey().substring("EventEncodingBenchmark.".length());
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.2fx | %s | %s | %.2fx |%n", name, s.ns(), s.error(),
                    s.bytes(), s.ns() / p1.ns(), p4 == null ? "-" : String.format(Locale.ROOT, "%.2fx", s.ns() / p4.ns()),
                    p2 == null ? "-" : String.format(Locale.ROOT, "%.2fx", s.ns() / p2.ns()), s.bytes() / p1.bytes()));
            rows.addObject().put("contender", name).put("nsPerOp", s.ns()).put("error", s.error()).put("bytesPerOp", s.bytes())
                    .put("timeVsPlainLle", s.ns() / p1.ns()).put("bytesVsPlainLle", s.bytes() / p1.bytes());
        }
        Score p5 = scores.get("EventEncodingBenchmark.p5_jewelry");
        if (p5 != null) {
            md.append(String.format(Locale.ROOT, "%nTargets for (5): time ≤ 1.0x (1): %s (%.2fx); ≤ 1.5x (4): %s (%.2fx); "
                            + "≤ 0.2x (2): %s (%.2fx); bytes ≤ 1.0x (1): %s (%.2fx)%n%n",
                    mark(p5.ns() <= p1.ns()), p5.ns() / p1.ns(),
                    mark(p4 != null && p5.ns() <= 1.5 * p4.ns()), p4 == null ? Double.NaN : p5.ns() / p4.ns(),
                    mark(p2 != null && p5.ns() <= 0.2 * p2.ns()), p2 == null ? Double.NaN : p5.ns() / p2.ns(),
                    mark(p5.bytes() <= p1.bytes()), p5.bytes() / p1.bytes()));
        }
    }

    private static void scaling(Map<String, Score> scores, StringBuilder md, ObjectNode summary) {
        Map<String, Score> rows = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (k.startsWith("MaskedEncodingScalingBenchmark.")) {
                rows.put(k.substring(k.indexOf('[')), v);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        md.append("## How the masked encoding grows\n\n| params | ns/op | B/op | 200 rules vs 10 | no contacts vs contacts |\n|---|---:|---:|---:|---:|\n");
        ArrayNode out = summary.putArray("scaling");
        double worstRules = 0;
        for (Map.Entry<String, Score> e : rows.entrySet()) {
            String params = e.getKey();
            Score s = e.getValue();
            String rulesRatio = "";
            if (params.contains("fieldRules=200")) {
                Score ten = rows.get(params.replace("fieldRules=200", "fieldRules=10"));
                if (ten != null) {
                    double r = s.ns() / ten.ns();
                    worstRules = Math.max(worstRules, r);
                    rulesRatio = String.format(Locale.ROOT, "%.2fx", r);
                }
            }
            String cleanRatio = "";
            if (params.contains("contacts=false")) {
                Score dirty = rows.get(params.replace("contacts=false", "contacts=true"));
                if (dirty != null) {
                    cleanRatio = String.format(Locale.ROOT, "%.2fx", s.ns() / dirty.ns());
                }
            }
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %s | %s |%n", params, s.ns(), s.bytes(), rulesRatio, cleanRatio));
            out.addObject().put("params", params).put("nsPerOp", s.ns()).put("bytesPerOp", s.bytes());
        }
        md.append(String.format(Locale.ROOT, "%nWorst 200-rule/10-rule ratio: %.2fx (target ≤ 1.1x: %s)%n%n", worstRules, mark(worstRules <= 1.1)));
        summary.put("worstRulesRatio", worstRules);
    }

    private static void endToEnd(JsonNode e2e, StringBuilder md, ObjectNode summary) {
        List<String> targets = new ArrayList<>();
        double lossless = 0;
        for (JsonNode c : e2e.get("ceiling")) {
            if (c.get("setup").asString().equals("LOGBACK_ASYNC_LOSSLESS")) {
                lossless = c.get("writtenPerSecond").asDouble();
            }
        }
        md.append("## End to end, two threads, real file (").append(e2e.get("seconds").asInt()).append(" s per set-up)\n\n");
        md.append("| set-up | logged | written | dropped | written/s | vs lossless Logback |\n|---|---:|---:|---:|---:|---:|\n");
        for (JsonNode c : e2e.get("ceiling")) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.2fx |%n", c.get("setup").asString(),
                    c.get("logged").asLong(), c.get("written").asLong(), c.get("dropped").asLong(),
                    c.get("writtenPerSecond").asLong(), c.get("writtenPerSecond").asDouble() / lossless));
            if (c.get("setup").asString().equals("JEWELRY_DEFAULT")) {
                boolean met = c.get("writtenPerSecond").asDouble() >= 1.5 * lossless && c.get("dropped").asLong() == 0;
                targets.add(String.format(Locale.ROOT, "ceiling ≥ 1.5x the lossless Logback set-up with zero drops: %s (%.2fx)",
                        mark(met), c.get("writtenPerSecond").asDouble() / lossless));
            }
        }
        md.append("\n| callers | set-up at a fixed rate | rate/s | kept/s | p50 µs | p99 µs | p99.9 µs | p99.99 µs | max µs | dropped | GC pauses (ms) |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode l : e2e.get("latency")) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %d (%d) |%n",
                    l.path("pacing").asString("SPINNING"), l.get("setup").asString(), l.get("rate").asLong(),
                    l.path("achievedRate").asLong(), l.get("p50us").asDouble(), l.get("p99us").asDouble(),
                    l.get("p999us").asDouble(), l.get("p9999us").asDouble(), l.get("maxus").asDouble(),
                    l.get("dropped").asLong(), l.path("gcPauses").asLong(), l.path("gcPauseMillis").asLong()));
            if (l.get("setup").asString().equals("JEWELRY_DEFAULT")) {
                boolean met = l.get("p99us").asDouble() < 20 && l.get("p9999us").asDouble() < 1000
                        && l.get("dropped").asLong() == 0;
                targets.add(String.format(Locale.ROOT, "%s callers: p99 < 20 µs and p99.99 < 1 ms with zero drops: %s",
                        l.path("pacing").asString("SPINNING").toLowerCase(Locale.ROOT), mark(met)));
            }
        }
        md.append('\n');
        targets.forEach(t -> md.append("- ").append(t).append('\n'));
        md.append('\n');
        summary.set("endToEnd", e2e);
    }

    private static String mark(boolean met) {
        return met ? "met" : "missed";
    }
}
