package com.jewelry.logging.analysis.cli;

import com.jewelry.logging.core.event.AnomalyDetected;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.report.Figures;
import com.jewelry.logging.analysis.report.LogFileFigures;
import com.jewelry.logging.analysis.report.OpenSearchFigures;
import com.jewelry.logging.analysis.report.ReportWriter;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line:
 * <pre>
 * java -jar jewelry-logging-analysis-&lt;version&gt;-cli.jar report --from &lt;dir&gt; --out &lt;dir&gt; [--since T] [--until T]
 * java -jar jewelry-logging-analysis-&lt;version&gt;-cli.jar report --opensearch http://127.0.0.1:9200 [--index jewelry-*] --out &lt;dir&gt; [--since T] [--until T]
 * java -jar jewelry-logging-analysis-&lt;version&gt;-cli.jar detect (--from &lt;dir&gt; | --opensearch &lt;url&gt; [--index jewelry-*]) [--since T] [--until T] [--recent PT15M]
 * </pre>
 * {@code detect} writes one {@code anomaly.detected} JSON line per anomaly (only those of the last {@code --recent}
 * before the end of the period, when given: the period before it is what the baseline learns from) and exits with
 * {@link #ANOMALIES} when there is any, so a scheduler can alert on the status and ship the lines.
 * Times are ISO instants ({@code 2026-11-24T00:00:00Z}) or dates ({@code 2026-11-24}, midnight UTC). From OpenSearch
 * the period defaults to the last 24 hours; {@code OPENSEARCH_USER}/{@code OPENSEARCH_PASSWORD} give basic auth.
 */
public final class Main {

    public static final int OK = 0;
    public static final int USAGE = 2;
    public static final int FAILED = 1;
    /** {@code detect} found anomalies (in the recent part of the period). */
    public static final int ANOMALIES = 3;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), System.getenv(), Clock.systemUTC());
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Runs a command as {@link #main} does, without exiting: for a scheduler in the same JVM and for tests.
     *
     * @return the exit status: {@link #OK}, {@link #FAILED}, {@link #USAGE} or {@link #ANOMALIES}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
        if (args.length == 0 || !(args[0].equals("report") || args[0].equals("detect"))) {
            err.println(usage());
            return USAGE;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("unexpected argument " + args[i] + "\n" + usage());
                return USAGE;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        try {
            Instant since = time(options.get("since"));
            Instant until = time(options.get("until"));
            DetectorSettings settings = DetectorSettings.perMinute();
            Figures figures;
            if (options.containsKey("opensearch")) {
                Instant end = until != null ? until : clock.instant();
                Instant start = since != null ? since : end.minus(Duration.ofDays(1));
                figures = new OpenSearchFigures(URI.create(options.get("opensearch")), options.getOrDefault("index", "jewelry-*"),
                        settings, authorization(env)).read(start, end);
            } else if (options.containsKey("from")) {
                figures = new LogFileFigures(settings).read(Path.of(options.get("from")), since, until);
            } else {
                err.println("--from <dir> or --opensearch <url> is needed\n" + usage());
                return USAGE;
            }
            if (args[0].equals("detect")) {
                List<AnomalyDetected> found = figures.anomalies();
                if (options.containsKey("recent")) {
                    Instant end = until != null ? until : clock.instant();
                    Instant from = end.minus(Duration.parse(options.get("recent")));
                    found = found.stream().filter(a -> !a.time().isBefore(from)).toList();
                }
                AnomalyLines.write(found, out, clock);
                out.flush();
                return found.isEmpty() ? OK : ANOMALIES;
            }
            if (!options.containsKey("out")) {
                err.println("--out <dir> is needed\n" + usage());
                return USAGE;
            }
            Path html = ReportWriter.write(figures, Path.of(options.get("out")));
            out.println("report: " + html + " and " + html.resolveSibling(ReportWriter.MARKDOWN) + " (" + figures.lines()
                    + " lines, " + figures.anomalies().size() + " anomalies)");
            return OK;
        } catch (DateTimeParseException e) {
            err.println("not a time: " + e.getParsedString() + " (use 2026-11-24T00:00:00Z or 2026-11-24)");
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return FAILED;
        } catch (Exception e) {
            err.println("report failed: " + e.getMessage());
            return FAILED;
        }
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }

    private static String authorization(Map<String, String> env) {
        String user = env.get("OPENSEARCH_USER");
        if (user == null) {
            return null;
        }
        String credentials = user + ":" + env.getOrDefault("OPENSEARCH_PASSWORD", "");
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    static String usage() {
        return """
                usage: report --from <dir> --out <dir> [--since <time>] [--until <time>]
                       report --opensearch <url> [--index jewelry-*] --out <dir> [--since <time>] [--until <time>]
                       detect (--from <dir> | --opensearch <url> [--index jewelry-*]) [--since <time>] [--until <time>] [--recent PT15M]
                exit status: 0 done (detect: no anomaly), 1 failed, 2 usage, 3 detect found anomalies
                times: 2026-11-24T00:00:00Z or 2026-11-24 (midnight UTC)""";
    }
}
