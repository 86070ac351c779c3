package com.jewelry.examples.day;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The four services, each in its own JVM (its own Logback context, as in production), on free ports of 127.0.0.1
 * with small heaps. {@link #close()} stops them by their process ids — a TERM first, so Spring Boot and Logback
 * flush their files — and a shutdown hook does the same should the launching JVM be interrupted. Each process id
 * is also appended to {@code <output>/services/pids}, so a script around the launcher can clean up after a
 * {@code kill -9}.
 */
public final class ServiceFleet implements AutoCloseable {

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx192m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1",
            "-Dfile.encoding=UTF-8");
    private static final Duration READY_WITHIN = Duration.ofSeconds(150);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(20);

    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final Map<Service, URI> urls = new EnumMap<>(Service.class);
    private final Path outputDir;
    private final Thread shutdownHook = new Thread(this::stopAll, "service-fleet-stop");

    private ServiceFleet(Path outputDir) {
        this.outputDir = outputDir;
    }

    /**
     * Starts every service from {@code servicesDir} with its JSON file in {@code outputDir}, plus each service's own
     * arguments, and returns once all answer their health check.
     */
    public static ServiceFleet start(Path servicesDir, Path outputDir, Map<Service, List<String>> arguments)
            throws IOException, InterruptedException {
        ServiceFleet fleet = new ServiceFleet(outputDir);
        Runtime.getRuntime().addShutdownHook(fleet.shutdownHook);
        try {
            Path consoles = Files.createDirectories(outputDir.resolve("services"));
            for (Service service : Service.values()) {
                fleet.launch(service, servicesDir.resolve(service.jar()), consoles,
                        arguments.getOrDefault(service, List.of()));
            }
            for (Service service : Service.values()) {
                fleet.awaitReady(service);
            }
            return fleet;
        } catch (IOException | InterruptedException | RuntimeException e) {
            fleet.close();
            throw e;
        }
    }

    public URI url(Service service) {
        return urls.get(service);
    }

    private void launch(Service service, Path jar, Path consoles, List<String> extra) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the examples first (./mvnw -B package -DskipTests)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--jewelry.logging.file.dir=" + outputDir,
                // one JSON file per system is the demo's output; the console would interleave four services
                "--jewelry.logging.console.enabled=false"));
        command.addAll(extra);
        Path console = consoles.resolve(service.serviceName() + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        processes.put(service, process);
        urls.put(service, URI.create("http://127.0.0.1:" + port));
        Files.writeString(consoles.resolve("pids"), process.pid() + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void awaitReady(Service service) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url(service).resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited with " + process.exitValue()
                        + " while starting; its output: " + outputDir.resolve("services").resolve(service.serviceName() + ".out"));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.serviceName() + " was not ready within " + READY_WITHIN.toSeconds() + " s");
    }

    /** Stops every service and waits until its process is gone. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private void stopAll() {
        processes.values().forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_WITHIN.toNanos();
        for (Process process : processes.values()) {
            try {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!process.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
