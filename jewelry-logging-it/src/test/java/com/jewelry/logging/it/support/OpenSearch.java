package com.jewelry.logging.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import tools.jackson.databind.JsonNode;

/**
 * One single-node OpenSearch per test class, on 127.0.0.1 and a free port: the integ-test distribution that Maven
 * unpacked into target, copied into a fresh directory under /tmp (OpenSearch refuses to run as root, so as root the
 * copy belongs to the unprivileged user {@value #USER} and the server runs as that user). Stopped by its own pid
 * in {@code @AfterAll} and by a shutdown hook if the JVM dies first; the copy, data included, is deleted.
 * <pre>{@code @RegisterExtension static final OpenSearch openSearch = new OpenSearch();}</pre>
 */
public final class OpenSearch implements BeforeAllCallback, AfterAllCallback {

    static final String USER = "jewelry-it";
    private static final Duration START_LIMIT = Duration.ofSeconds(240);

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path home;
    private Process process;
    private Thread shutdownHook;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path distribution = Ci.pathProperty("jewelry.it.opensearch.dir");
        if (!Files.isExecutable(distribution.resolve("bin/opensearch"))) {
            fail("OpenSearch is not unpacked at " + distribution + " (maven-dependency-plugin does it in process-test-resources)");
        }
        Path javaHome = Ci.pathProperty("jewelry.it.opensearch.java");
        Ci.require(Files.isExecutable(javaHome.resolve("bin/java")), "OpenSearch 3 needs Java 21+; no JDK at " + javaHome);

        home = Files.createTempDirectory("jewelry-it-opensearch-");
        shutdownHook = new Thread(this::stop, "jewelry-it-opensearch-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Path os = home.resolve("opensearch");
        Processes.run(Duration.ofSeconds(120), "cp", "-a", distribution.toString(), os.toString()).orFail("copying OpenSearch");
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(home.resolve(dir));
        }
        port = Net.freePort();
        List<String> command = new ArrayList<>();
        if (Ci.runningAsRoot()) {
            ensureUser();
            Processes.run(Duration.ofSeconds(60), "chown", "-R", USER + ":" + USER, home.toString()).orFail("chown");
            command.addAll(List.of(Ci.tool("setpriv").toString(), "--reuid=" + USER, "--regid=" + USER, "--init-groups", "--"));
        }
        command.add(os.resolve("bin/opensearch").toString());
        command.addAll(List.of(
                "-Ecluster.name=jewelry-it",
                "-Enode.name=jewelry-it",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=" + Net.LOOPBACK,
                "-Ehttp.port=" + port,
                "-Etransport.port=" + Net.freePort(),
                "-Epath.data=" + home.resolve("data"),
                "-Epath.logs=" + home.resolve("logs"),
                // a nearly full build disk must not turn the indices read-only halfway through a test
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(os.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("OPENSEARCH_JAVA_HOME", javaHome.toString());
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m -XX:-UsePerfData");
        env.put("OPENSEARCH_TMPDIR", home.resolve("tmp").toString());
        env.put("HOME", home.toString());
        env.remove("JAVA_HOME");
        process = builder.start();
        boolean up = Wait.until(START_LIMIT, Duration.ofMillis(500), () -> {
            if (!process.isAlive()) {
                return true;
            }
            try {
                String status = get("/_cluster/health").path("status").asString();
                return "green".equals(status) || "yellow".equals(status);
            } catch (RuntimeException notYet) {
                return false;
            }
        });
        if (!up || !process.isAlive()) {
            String log = Processes.tail(home.resolve("console.log"), 4000);
            stop();
            fail("OpenSearch did not become ready within " + START_LIMIT + " on port " + port + ":\n" + log);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException alreadyShuttingDown) {
            // the hook is running or was never added: nothing to remove
        }
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        Processes.stop(process, Duration.ofSeconds(30));
        if (home != null) {
            TempDirs.deleteRecursively(home);
        }
        if (Ci.runningAsRoot()) {
            // the launcher's helper JVMs (bin/opensearch) leave the user's perf-data directory behind
            TempDirs.deleteRecursively(Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + USER));
        }
    }

    private static void ensureUser() {
        if (Processes.run(Duration.ofSeconds(10), "id", "-u", USER).exitCode() != 0) {
            Processes.run(Duration.ofSeconds(30), Ci.tool("useradd").toString(), "--system", "--user-group",
                    "--no-create-home", "--shell", "/usr/sbin/nologin", USER).orFail("useradd " + USER);
        }
    }

    public String url() {
        return "http://" + Net.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    // ---- a small REST client: JSON in, parsed JSON out ----

    /** A response: status code and parsed body. */
    public record Response(int status, JsonNode body) {
        public JsonNode ok(String what) {
            if (status / 100 != 2) {
                throw new AssertionError(what + ": HTTP " + status + " " + body);
            }
            return body;
        }
    }

    public JsonNode get(String path) {
        return call("GET", path, null).ok("GET " + path);
    }

    public Response call(String method, String path, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isBlank() ? Json.MAPPER.createObjectNode() : Json.parse(body));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Makes everything indexed so far searchable. */
    public void refresh(String indices) {
        call("POST", "/" + indices + "/_refresh?ignore_unavailable=true&allow_no_indices=true", null).ok("refresh");
    }

    /** Number of documents matching a query (JSON of the "query" value) in the indices. */
    public long count(String indices, String query) {
        return call("POST", "/" + indices + "/_count?ignore_unavailable=true&allow_no_indices=true", "{\"query\":" + query + "}")
                .ok("count " + indices + " " + query).path("count").asLong();
    }
}
