package com.jewelry.logging.it.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The TLS collector of the library's TCP route, standing in for Logstash's tcp input: the ops pack's
 * {@code jewelry-tls-listener.conf} (imtcp, ossl driver, mutual TLS) rendered with a free port and the test's
 * certificates, its lines written to a file instead of going on to OpenSearch.
 */
public final class TlsCollector implements AutoCloseable {

    private final Rsyslog rsyslog;
    private final int port;
    private final Path received;

    private TlsCollector(Rsyslog rsyslog, int port, Path received) {
        this.rsyslog = rsyslog;
        this.port = port;
        this.received = received;
    }

    public static TlsCollector start(Path dir, Certificates certificates) {
        Path ops = Ci.pathProperty("jewelry.it.ops.dir");
        int port = Net.freePort();
        Path received = dir.resolve("received.json");
        Map<String, String> replace = new LinkedHashMap<>();
        replace.put("port=\"6514\"", "port=\"" + port + "\"");
        replace.put("/etc/rsyslog.d/jewelry/tls/ca.pem", certificates.ca().toString());
        replace.put("/etc/rsyslog.d/jewelry/tls/collector-cert.pem", certificates.serverCert().toString());
        replace.put("/etc/rsyslog.d/jewelry/tls/collector-key.pem", certificates.serverKey().toString());
        replace.put("ruleset=\"jewelry_to_opensearch\"", "ruleset=\"jewelry_received\"");
        String listener = Rsyslog.render(ops.resolve("shipping/rsyslog/jewelry-tls-listener.conf"), replace);
        String config = "global(maxMessageSize=\"256k\")\n"
                + "template(name=\"jewelry_raw\" type=\"string\" string=\"%rawmsg%\\n\")\n"
                + "ruleset(name=\"jewelry_received\") {\n"
                + "  action(type=\"omfile\" file=\"" + received + "\" template=\"jewelry_raw\")\n"
                + "}\n"
                + listener;
        Rsyslog rsyslog = Rsyslog.start(dir, config);
        TlsCollector collector = new TlsCollector(rsyslog, port, received);
        collector.awaitListening();
        return collector;
    }

    private void awaitListening() {
        Net.awaitListening(port, Duration.ofSeconds(20), () -> rsyslog.stop());
    }

    public int port() {
        return port;
    }

    /** The lines the collector received, parsed. */
    public List<JsonNode> lines() {
        return Json.lines(received);
    }

    public long lineCount() {
        return Json.forEachLine(received, line -> { });
    }

    /** Takes the collector away (SIGTERM; it flushes what it has). */
    public void stop() {
        rsyslog.stop();
    }

    /** Brings it back on the same port. */
    public void restart() {
        rsyslog.restart();
        awaitListening();
    }

    public String diagnostics() {
        return rsyslog.diagnostics();
    }

    @Override
    public void close() {
        rsyslog.close();
    }
}
