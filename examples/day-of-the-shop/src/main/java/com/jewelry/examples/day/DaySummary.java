package com.jewelry.examples.day;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the day left in the files: lines per system and event (or kind of line), and lines per file. */
public final class DaySummary {

    private DaySummary() {
    }

    public static String of(Path dir, List<DayOfTheShop.Call> calls) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> perEvent = new TreeMap<>();
        StringBuilder files = new StringBuilder();
        int total = 0;
        for (Service service : Service.values()) {
            Path file = dir.resolve(service.logFile());
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            files.append(String.format("  %-22s %4d lines%n", file.getFileName(), lines.size()));
            for (String raw : lines) {
                JsonNode line = json.readTree(raw);
                JsonNode action = line.at("/event/action");
                String kind = action.isMissingNode()
                        ? "(" + line.at("/log/level").asString() + " " + line.at("/event/category").asString() + " line)"
                        : action.asString() + (line.at("/event/outcome").asString().equals("failure") ? " [failure]" : "");
                perEvent.merge(String.format("%-5s %s", line.at("/system").asString(), kind), 1, Integer::sum);
                total++;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("Day of the shop: %d HTTP calls, %d JSON lines in %s%n", calls.size(), total, dir));
        out.append(String.format("%nLines per system and event:%n"));
        perEvent.forEach((key, count) -> out.append(String.format("  %-52s %4d%n", key, count)));
        out.append(String.format("%nFiles:%n")).append(files);
        out.append(String.format("  (each service's console and start-up output: %s)%n", dir.resolve("services")));
        return out.toString();
    }
}
