package com.jewelry.logging.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLSocket;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.it.support.Certificates;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.Logback;
import com.jewelry.logging.it.support.Net;
import com.jewelry.logging.it.support.Service;
import com.jewelry.logging.it.support.TlsCollector;
import com.jewelry.logging.it.support.Wait;
import net.logstash.logback.appender.LogstashTcpSocketAppender;
import net.logstash.logback.appender.listener.TcpAppenderListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The TCP route is encrypted end to end: jewelry-tcp.xml's appender (LLE's TCP appender with the library's
 * encoder) speaks mutual TLS to the ops pack's rsyslog listener; a collector whose certificate is not signed by the
 * logging CA gets nothing, and a plain-text client is hung up on while the same listener takes a trusted client's line.
 */
class TlsCollectorTest {

    private static final int EVENTS = 50;

    @Test
    void linesReachTheCollectorOverMutualTls(@TempDir Path dir) {
        Certificates pki = Certificates.generate(dir.resolve("pki"), "jewelry-it-logging-ca");
        try (TlsCollector collector = TlsCollector.start(dir.resolve("collector"), pki)) {
            List<Socket> connections = new CopyOnWriteArrayList<>();
            try (Service service = tcpService(dir.resolve("logs"), pki, collector.port(), Map.of())) {
                LogstashTcpSocketAppender tcp = service.appender("JEWELRY_TCP");
                tcp.addListener(new TcpAppenderListener<>() {
                    @Override
                    public void connectionOpened(ch.qos.logback.core.Appender<ILoggingEvent> appender, Socket socket) {
                        connections.add(socket);
                    }
                });
                logOrders(service.events("com.jewelry.it.Tls"), "ORD-TLS-", EVENTS);
                assertThat(Wait.until(Duration.ofSeconds(30), Duration.ofMillis(200), () -> collector.lineCount() >= EVENTS))
                        .as("all lines at the collector; rsyslog says: %s", collector.diagnostics()).isTrue();
                assertThat(connections).as("connections").isNotEmpty().allSatisfy(socket -> {
                    assertThat(socket).isInstanceOf(SSLSocket.class);
                    assertThat(((SSLSocket) socket).getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
                });
            }
            List<JsonNode> lines = collector.lines();
            assertThat(lines).hasSize(EVENTS);
            Set<String> orders = new HashSet<>();
            for (JsonNode line : lines) {
                assertThat(line.at("/event/action").asString()).isEqualTo("order.status_changed");
                assertThat(line.at("/event/dataset").asString()).isEqualTo("shop.operational");
                assertThat(line.at("/service/name").asString()).isEqualTo("tls-shop");
                orders.add(line.at("/order/number").asString());
            }
            assertThat(orders).hasSize(EVENTS).allSatisfy(o -> assertThat(o).startsWith("ORD-TLS-"));
        }
    }

    @Test
    void plainTextClientGetsNothingIntoTheCollectorWhileATrustedClientDoes(@TempDir Path dir) throws Exception {
        Certificates pki = Certificates.generate(dir.resolve("pki"), "jewelry-it-logging-ca");
        try (TlsCollector collector = TlsCollector.start(dir.resolve("collector"), pki)) {
            String forged = Json.MAPPER.writeValueAsString(Map.of("message", "plain text",
                    "event", Map.of("dataset", "shop.operational"), "order", Map.of("number", "ORD-FORGED-1")));
            boolean closedByCollector;
            try (Socket socket = new Socket(Net.LOOPBACK, collector.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write((forged + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                closedByCollector = closedByPeer(socket);
            } catch (java.io.IOException reset) {
                closedByCollector = true; // reset at once, before or while writing
            }
            assertThat(closedByCollector).as("the listener hangs up on a client that does not speak TLS").isTrue();

            // the same listener, alive, takes a line from a client with the logging CA's certificate
            try (Service service = tcpService(dir.resolve("logs"), pki, collector.port(), Map.of())) {
                logOrders(service.events("com.jewelry.it.Tls"), "ORD-TRUSTED-", 1);
                assertThat(Wait.until(Duration.ofSeconds(30), Duration.ofMillis(200), () -> collector.lineCount() >= 1))
                        .as("the trusted client's line reached the collector; rsyslog says: %s", collector.diagnostics()).isTrue();
            }
            List<String> received = collector.lines().stream().map(line -> line.at("/order/number").asString()).toList();
            assertThat(received).as("only the trusted client's line, not the plain text").containsExactly("ORD-TRUSTED-0");
        }
    }

    /** True when the peer closed or reset the connection; false when it kept it open for the socket's timeout. */
    private static boolean closedByPeer(Socket socket) {
        try {
            var in = socket.getInputStream();
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // a TLS alert may come first; read on to the end of the stream
            }
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (java.io.IOException reset) {
            return true;
        }
    }

    @Test
    void collectorWithUntrustedCertificateIsRefusedWithoutTroublingTheCaller(@TempDir Path dir) {
        Certificates pki = Certificates.generate(dir.resolve("pki"), "jewelry-it-logging-ca");
        Certificates rogue = Certificates.generate(dir.resolve("rogue-pki"), "someone-elses-ca");
        try (TlsCollector impostor = TlsCollector.start(dir.resolve("impostor"), rogue)) {
            Path logs = dir.resolve("logs");
            try (Service service = tcpService(logs, pki, impostor.port(), Map.of())) {
                long start = System.nanoTime();
                logOrders(service.events("com.jewelry.it.Tls"), "ORD-ROGUE-", EVENTS);
                long callsMillis = (System.nanoTime() - start) / 1_000_000;
                boolean reported = Wait.until(Duration.ofSeconds(20), Duration.ofMillis(200), () -> Logback.problems(service.context())
                        .stream().anyMatch(p -> p.contains("SSLHandshakeException") || p.contains("PKIX")));
                List<String> problems = Logback.problems(service.context());
                System.out.println("[figures] untrusted collector: " + EVENTS + " calls in " + callsMillis + " ms; status: "
                        + problems.stream().limit(3).toList());
                assertThat(reported).as("the handshake failure is in Logback's status: %s", problems).isTrue();
                service.close();
                assertThat(AsyncOverloadTest.countOrders(service.file())).as("the local file has every line").isEqualTo(EVENTS);
            }
            assertThat(impostor.lineCount()).as("nothing reached the impostor").isZero();
        }
    }

    static Service tcpService(Path logs, Certificates pki, int port, Map<String, String> more) {
        Map<String, String> properties = new java.util.LinkedHashMap<>(Map.of(
                "JEWELRY_TCP_HOST", Net.LOOPBACK,
                "JEWELRY_TCP_PORT", Integer.toString(port),
                "JEWELRY_TCP_TRUSTSTORE", pki.trustStoreUrl(),
                "JEWELRY_TCP_TRUSTSTORE_PASSWORD", pki.password(),
                "JEWELRY_TCP_KEYSTORE", pki.clientStoreUrl(),
                "JEWELRY_TCP_KEYSTORE_PASSWORD", pki.password(),
                "JEWELRY_TCP_RECONNECTION_DELAY", "500 milliseconds"));
        properties.putAll(more);
        return Service.start("tls-shop", SystemName.SHOP, logs, properties, "", List.of("JEWELRY_ASYNC_FILE", "JEWELRY_TCP"));
    }

    private static void logOrders(EventLogger events, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            events.orderStatusChanged("C-1", prefix + i, OrderStatus.NEW, OrderStatus.PAID);
        }
    }
}
