package com.jewelry.logging.core.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.util.Duration;
import com.jewelry.logging.core.LogFields;
import com.jewelry.logging.core.pipeline.DropReason;
import com.jewelry.logging.core.pipeline.PipelineStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The console and TCP outputs report the same stats view as the asynchronous file, read from real Logback and LLE. */
class OutputStatsTest {

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void mdc() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.getLogger(LogFields.DIAGNOSTICS_LOGGER).setAdditive(false);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private JewelryJsonEncoder encoder() {
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem("API");
        encoder.start();
        return encoder;
    }

    private Logger root(ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent> appender) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        return root;
    }

    @Test
    void theConsoleCountsWhatItWroteAndTheLinesLostOnceItsStreamFailed() {
        JewelryConsoleAppender console = new JewelryConsoleAppender();
        console.setContext(context);
        console.setName("JEWELRY_JSON_CONSOLE");
        console.setEncoder(encoder());
        console.start();
        Logger root = root(console);
        root.info("written to standard output");
        // a pipe nobody reads from: the next write fails and Logback stops the appender, as on a closed stdout
        console.setOutputStream(new PipedOutputStream());
        root.info("the write that fails");
        root.info("skipped by the stopped appender");

        PipelineStats stats = console.pipelineStats();
        assertThat(stats.type()).isEqualTo("console");
        assertThat(stats.accepted()).isEqualTo(3);
        assertThat(stats.written()).isEqualTo(1);
        assertThat(stats.dropped(DropReason.APPENDER_STOPPED)).isEqualTo(2);
        assertThat(stats.diagnosticsWarnings()).isEqualTo(2); // one report, both counted
    }

    @Test
    void theTcpAppenderCountsLinesSentToARealCollectorAndLinesItsFullBufferDropped() throws Exception {
        try (ServerSocket collector = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger received = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (Socket socket = collector.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    while (in.readLine() != null) {
                        received.incrementAndGet();
                    }
                } catch (java.io.IOException ignored) {
                    // the appender closed the connection
                }
            });
            reader.start();
            JewelryTcpSocketAppender tcp = new JewelryTcpSocketAppender();
            tcp.setContext(context);
            tcp.setName("JEWELRY_TCP");
            tcp.addDestination("127.0.0.1:" + collector.getLocalPort());
            tcp.setEncoder(encoder());
            tcp.start();
            Logger root = root(tcp);
            for (int i = 0; i < 100; i++) {
                root.info("line {}", i);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (received.get() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            PipelineStats stats = tcp.pipelineStats();
            assertThat(received.get()).isEqualTo(100);
            assertThat(stats.type()).isEqualTo("tcp");
            assertThat(stats.accepted()).isEqualTo(100);
            assertThat(stats.written()).isEqualTo(100);
            assertThat(stats.droppedTotal()).isZero();
            assertThat(stats.queueCapacity()).isEqualTo(tcp.getRingBufferSize());
            tcp.stop();
        }
    }

    @Test
    void aTcpAppenderWithoutCollectorDropsFromItsFullBufferAndCountsEachLine() {
        JewelryTcpSocketAppender tcp = new JewelryTcpSocketAppender();
        tcp.setContext(context);
        tcp.setName("JEWELRY_TCP");
        tcp.addDestination("127.0.0.1:1"); // nothing listens: the appender keeps reconnecting, the buffer fills
        tcp.setReconnectionDelay(Duration.buildByMilliseconds(60_000));
        tcp.setRingBufferSize(8);
        tcp.setAppendTimeout(Duration.buildByMilliseconds(0));
        tcp.setShutdownGracePeriod(Duration.buildByMilliseconds(100));
        tcp.setEncoder(encoder());
        tcp.start();
        Logger root = root(tcp);
        for (int i = 0; i < 100; i++) {
            root.info("line {}", i);
        }

        PipelineStats stats = tcp.pipelineStats();
        assertThat(stats.accepted()).isEqualTo(100);
        assertThat(stats.dropped(DropReason.TCP_BUFFER_FULL)).isGreaterThanOrEqualTo(100 - 8 - 1);
        assertThat(stats.written()).isZero();
        assertThat(stats.queueCapacity()).isEqualTo(8);
        tcp.stop();
    }
}
