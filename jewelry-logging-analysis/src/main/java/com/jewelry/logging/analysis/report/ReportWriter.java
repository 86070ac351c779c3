package com.jewelry.logging.analysis.report;

import com.jewelry.logging.core.event.AnomalyDetected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the figures as a self-contained HTML page (charts as inline SVG, no script, no external asset) and as a
 * markdown summary for a mail or a wiki.
 */
public final class ReportWriter {

    public static final String HTML = "jewelry-report.html";
    public static final String MARKDOWN = "jewelry-report.md";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);

    private ReportWriter() {
    }

    /** Writes both files into {@code dir}; returns the HTML file. */
    public static Path write(Figures figures, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(MARKDOWN), markdown(figures), StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve(HTML), html(figures), StandardCharsets.UTF_8);
    }

    public static String markdown(Figures f) {
        StringBuilder md = new StringBuilder();
        md.append("# Jewelry key figures ").append(f.from()).append(" – ").append(f.until()).append("\n\n");
        md.append(f.lines()).append(" log lines in the period.\n\n");
        md.append("## Orders created per system\n\n");
        table(md, "System", "Orders", f.ordersCreated());
        md.append("## Orders per status and system (status changes)\n\n");
        nestedTable(md, "Status", f.ordersPerStatus());
        md.append("## Cost calculation times\n\n");
        Figures.Durations c = f.costCalculation();
        md.append("| Calculations | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|\n")
                .append("| ").append(c.count()).append(" | ").append(number(c.p50())).append(" | ")
                .append(number(c.p95())).append(" | ").append(number(c.max())).append(" |\n\n");
        md.append("## Partner API receipts and failures per partner\n\n");
        md.append("| Partner | Received | Failed (rejected or invalid) |\n|---|---|---|\n");
        Map<String, Long> failures = f.partnerFailures();
        f.partnerReceipts().forEach((partner, statuses) -> md.append("| ").append(cell(partner)).append(" | ")
                .append(statuses.values().stream().mapToLong(Long::longValue).sum()).append(" | ")
                .append(failures.get(partner)).append(" |\n"));
        md.append('\n');
        md.append("## Notifications per type\n\n");
        table(md, "Type", "Sent", f.notifications());
        md.append("## Events per system\n\n");
        nestedTable(md, "Event", f.events());
        md.append("## Errors and warnings per system\n\n");
        nestedTable(md, "System", f.problems());
        md.append("## Anomalies\n\n");
        if (f.anomalies().isEmpty()) {
            md.append("None found in the per-window rates.\n\n");
        } else {
            md.append("| Detected at | Kind | System | Rate of | Client or address | Rate/min | Usual/min | Score |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (AnomalyDetected a : f.anomalies()) {
                md.append("| ").append(a.time()).append(" | ").append(a.kind()).append(" | ").append(cell(a.system()))
                        .append(" | ").append(cell(a.event())).append(" | ")
                        .append(a.dimension() == null ? "" : cell(a.dimension() + "=" + a.dimensionValue()))
                        .append(" | ").append(a.ratePerMinute()).append(" | ").append(a.baselinePerMinute())
                        .append(" | ").append(a.score()).append(" |\n");
            }
            md.append('\n');
        }
        if (!f.loggedAnomalies().isEmpty()) {
            md.append("Anomalies the services logged (`anomaly.detected`): ");
            f.loggedAnomalies().forEach((system, n) -> md.append(cell(system)).append(' ').append(n).append("; "));
            md.setLength(md.length() - 2);
            md.append(".\n");
        }
        return md.toString();
    }

    public static String html(Figures f) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Jewelry key figures</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}")
                .append("td:first-child,th:first-child{text-align:left}svg text{font-size:12px}</style></head><body>\n");
        h.append("<h1>Jewelry key figures</h1>\n<p>").append(esc(f.from().toString())).append(" – ")
                .append(esc(f.until().toString())).append(", ").append(f.lines()).append(" log lines.</p>\n");

        h.append("<h2>Orders created per hour</h2>\n");
        Map<String, Long> perHour = new LinkedHashMap<>();
        f.ordersPerHour().forEach((hour, n) -> perHour.put(HOUR.format(hour), n));
        h.append(columns(perHour));
        h.append("<h2>Orders created per system</h2>\n").append(bars(f.ordersCreated()));
        h.append("<h2>Orders per status and system</h2>\n").append(nestedHtml("Status", f.ordersPerStatus()));
        Map<String, Long> perStatus = new LinkedHashMap<>();
        f.ordersPerStatus().forEach((status, bySystem) -> perStatus.put(status, bySystem.values().stream().mapToLong(Long::longValue).sum()));
        h.append(bars(perStatus));

        Figures.Durations c = f.costCalculation();
        h.append("<h2>Cost calculation times</h2>\n<table><tr><th>Calculations</th><th>p50 (ms)</th><th>p95 (ms)</th><th>max (ms)</th></tr><tr><td>")
                .append(c.count()).append("</td><td>").append(number(c.p50())).append("</td><td>").append(number(c.p95()))
                .append("</td><td>").append(number(c.max())).append("</td></tr></table>\n");

        h.append("<h2>Partner API receipts per partner and status</h2>\n").append(nestedHtml("Partner", f.partnerReceipts()));
        h.append("<h3>Failed (rejected or invalid) per partner</h3>\n").append(bars(f.partnerFailures()));
        h.append("<h2>Notifications per type</h2>\n").append(bars(f.notifications()));
        h.append("<h2>Events per system</h2>\n").append(nestedHtml("Event", f.events()));
        h.append("<h2>Errors and warnings per system</h2>\n").append(nestedHtml("System", f.problems()));

        h.append("<h2>Anomalies</h2>\n");
        if (f.anomalies().isEmpty()) {
            h.append("<p>None found in the per-window rates.</p>\n");
        } else {
            h.append("<table><tr><th>Detected at</th><th>Kind</th><th>System</th><th>Rate of</th><th>Client or address</th>")
                    .append("<th>Rate/min</th><th>Usual/min</th><th>Score</th></tr>\n");
            for (AnomalyDetected a : f.anomalies()) {
                h.append("<tr><td>").append(esc(a.time().toString())).append("</td><td>").append(a.kind()).append("</td><td>")
                        .append(esc(a.system())).append("</td><td>").append(esc(a.event())).append("</td><td>")
                        .append(a.dimension() == null ? "" : esc(a.dimension() + "=" + a.dimensionValue())).append("</td><td>")
                        .append(a.ratePerMinute()).append("</td><td>").append(a.baselinePerMinute()).append("</td><td>")
                        .append(a.score()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!f.loggedAnomalies().isEmpty()) {
            h.append("<h3>Anomalies the services logged</h3>\n").append(bars(f.loggedAnomalies()));
        }
        return h.append("</body></html>\n").toString();
    }

    /** Horizontal bars, one per key. */
    static String bars(Map<String, Long> values) {
        if (values.isEmpty()) {
            return "<p>None.</p>\n";
        }
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int rowHeight = 22;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"640\" height=\"")
                .append(values.size() * rowHeight + 4).append("\">\n");
        int y = 2;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            long width = Math.round(400.0 * e.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(e.getKey())).append("</text>")
                    .append("<rect x=\"170\" y=\"").append(y + 3).append("\" width=\"").append(width)
                    .append("\" height=\"16\" fill=\"#4a78b5\"/>")
                    .append("<text x=\"").append(176 + width).append("\" y=\"").append(y + 15).append("\">")
                    .append(e.getValue()).append("</text>\n");
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Vertical columns over time, labels under every few columns. */
    static String columns(Map<String, Long> values) {
        if (values.isEmpty()) {
            return "<p>None.</p>\n";
        }
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int n = values.size();
        double step = Math.min(40, 600.0 / n);
        int every = Math.max(1, (int) Math.ceil(60 / step));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"640\" height=\"200\">\n");
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            double height = 150.0 * e.getValue() / max;
            double x = 20 + i * step;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(160 - height)).append("\" width=\"")
                    .append(number(Math.max(1, step - 2))).append("\" height=\"").append(number(height))
                    .append("\" fill=\"#4a78b5\"><title>").append(esc(e.getKey())).append(": ").append(e.getValue())
                    .append("</title></rect>\n");
            if (i % every == 0) {
                svg.append("<text x=\"").append(number(x)).append("\" y=\"178\">").append(esc(e.getKey())).append("</text>\n");
            }
            i++;
        }
        svg.append("<text x=\"0\" y=\"12\">max ").append(max).append("</text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static String nestedHtml(String first, SortedMap<String, SortedMap<String, Long>> values) {
        if (values.isEmpty()) {
            return "<p>None.</p>\n";
        }
        java.util.TreeSet<String> columns = new java.util.TreeSet<>();
        values.values().forEach(m -> columns.addAll(m.keySet()));
        StringBuilder h = new StringBuilder("<table><tr><th>").append(esc(first)).append("</th>");
        columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        values.forEach((row, counts) -> {
            h.append("<tr><td>").append(esc(row)).append("</td>");
            columns.forEach(c -> h.append("<td>").append(counts.getOrDefault(c, 0L)).append("</td>"));
            h.append("</tr>\n");
        });
        return h.append("</table>\n").toString();
    }

    private static void table(StringBuilder md, String key, String value, Map<String, Long> values) {
        if (values.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        md.append("| ").append(key).append(" | ").append(value).append(" |\n|---|---|\n");
        values.forEach((k, v) -> md.append("| ").append(cell(k)).append(" | ").append(v).append(" |\n"));
        md.append('\n');
    }

    private static void nestedTable(StringBuilder md, String first, SortedMap<String, SortedMap<String, Long>> values) {
        if (values.isEmpty()) {
            md.append("None.\n\n");
            return;
        }
        java.util.TreeSet<String> columns = new java.util.TreeSet<>();
        values.values().forEach(m -> columns.addAll(m.keySet()));
        md.append("| ").append(first);
        columns.forEach(c -> md.append(" | ").append(cell(c)));
        md.append(" |\n|---");
        columns.forEach(c -> md.append("|---"));
        md.append("|\n");
        values.forEach((row, counts) -> {
            md.append("| ").append(cell(row));
            columns.forEach(c -> md.append(" | ").append(counts.getOrDefault(c, 0L)));
            md.append(" |\n");
        });
        md.append('\n');
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

}
