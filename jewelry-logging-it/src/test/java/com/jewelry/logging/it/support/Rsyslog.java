package com.jewelry.logging.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A private rsyslogd (never the system's daemon): {@code rsyslogd -n -f <config> -i <pidfile>} in the foreground,
 * with its own work directory, stopped by its own pid. The configurations are the ops pack's files, rendered with
 * temporary paths and ports by {@link #render}.
 */
public final class Rsyslog implements AutoCloseable {

    /** The shipped omelasticsearch action takes credentials from the environment; the test cluster has no security plugin. */
    private static final String OPENSEARCH_USER = "jewelry-it";
    private static final String OPENSEARCH_PASSWORD = "unused-without-security-plugin";

    private final Path dir;
    private final Path config;
    private Process process;

    private Rsyslog(Path dir, Path config) {
        this.dir = dir;
        this.config = config;
    }

    /**
     * Writes the configuration (a work directory and an internal-messages file first, then {@code body}),
     * checks it with {@code rsyslogd -N1} and starts the daemon.
     */
    public static Rsyslog start(Path dir, String body) {
        Path rsyslogd = Ci.tool("rsyslogd");
        try {
            Files.createDirectories(dir.resolve("spool"));
            Path config = dir.resolve("rsyslog.conf");
            String head = "global(workDirectory=\"" + dir.resolve("spool") + "\")\n"
                    // rsyslog's own messages (errors of omelasticsearch, TLS handshakes) for failure reports
                    + "*.* action(type=\"omfile\" file=\"" + dir.resolve("rsyslog-internal.log") + "\")\n";
            Files.writeString(config, head + body, StandardCharsets.UTF_8);
            Processes.Result check = Processes.run(Duration.ofSeconds(30), "env", "OPENSEARCH_USER=" + OPENSEARCH_USER,
                    "OPENSEARCH_PASSWORD=" + OPENSEARCH_PASSWORD, rsyslogd.toString(), "-N1", "-f", config.toString());
            check.orFail("rsyslogd -N1 -f " + config);
            Rsyslog instance = new Rsyslog(dir, config);
            instance.startProcess(rsyslogd);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startProcess(Path rsyslogd) throws IOException {
        Path pidFile = dir.resolve("rsyslogd.pid");
        Files.deleteIfExists(pidFile);
        ProcessBuilder builder = new ProcessBuilder(rsyslogd.toString(), "-n", "-f", config.toString(), "-i", pidFile.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rsyslogd.out").toFile()));
        builder.environment().put("OPENSEARCH_USER", OPENSEARCH_USER);
        builder.environment().put("OPENSEARCH_PASSWORD", OPENSEARCH_PASSWORD);
        process = builder.start();
        if (!Wait.until(Duration.ofSeconds(20), Duration.ofMillis(50), () -> Files.exists(pidFile) || !process.isAlive())
                || !process.isAlive()) {
            String output = diagnostics();
            close();
            fail("rsyslogd did not start:\n" + output);
        }
    }

    /** Starts the same configuration again (after {@link #stop()}), e.g. when a collector comes back. */
    public void restart() {
        try {
            startProcess(Ci.tool("rsyslogd"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to its pid: rsyslog flushes its queues and exits. */
    public void stop() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public Path dir() {
        return dir;
    }

    /** What rsyslogd said on stdout and to its internal-messages file. */
    public String diagnostics() {
        return Processes.tail(dir.resolve("rsyslogd.out"), 3000) + "\n" + Processes.tail(dir.resolve("rsyslog-internal.log"), 3000);
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Renders a shipped configuration: each key is replaced by its value, and each key must occur, so a change of
     * the shipped file breaks the test loudly instead of silently testing something else.
     */
    public static String render(Path shipped, Map<String, String> replacements) {
        try {
            String text = Files.readString(shipped, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> entry : replacements.entrySet()) {
                if (!text.contains(entry.getKey())) {
                    fail(shipped + " no longer contains " + entry.getKey() + "; update the test's rendering");
                }
                text = text.replace(entry.getKey(), entry.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
