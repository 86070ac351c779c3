package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.sun.net.httpserver.HttpServer;

/** The install scripts PUT every file of the pack and bootstrap each write alias, against a fake cluster on 127.0.0.1. */
class InstallScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"ops/opensearch/install.sh", "ops/elasticsearch/install.sh", "scripts/install-ci-tools.sh"})
    void scriptIsValidBash(String script) {
        ExternalTool.Result result = ExternalTool.run(ExternalTool.require("bash"), OpsPack.repository(),
                Duration.ofSeconds(30), "-n", script);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void openSearchInstallPutsTemplatesPoliciesAndBootstrapsEveryAlias() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            requests.add(request);
            bodies.put(request, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            // an empty cluster: no policy, no alias yet
            boolean missing = exchange.getRequestMethod().matches("GET|HEAD");
            byte[] answer = (missing ? "{\"status\":404}" : "{\"acknowledged\":true}").getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(missing ? 404 : 200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        try {
            ProcessBuilder builder = new ProcessBuilder(ExternalTool.require("bash").toString(), "ops/opensearch/install.sh")
                    .directory(OpsPack.repository().toFile())
                    .redirectErrorStream(true);
            builder.environment().put("OPENSEARCH_URL", "http://127.0.0.1:" + server.getAddress().getPort());
            builder.environment().put("OPENSEARCH_USER", "admin");
            builder.environment().put("OPENSEARCH_PASSWORD", "example-only");
            ExternalTool.require("curl");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
        } finally {
            server.stop(0);
        }

        assertThat(requests).contains("PUT /_component_template/jewelry-logs-mappings",
                "PUT /_component_template/jewelry-logs-settings",
                "PUT /_plugins/_ism/policies/jewelry-operational",
                "PUT /_plugins/_ism/policies/jewelry-error",
                "PUT /_plugins/_ism/policies/jewelry-access");
        for (OpsPack.Family family : OpsPack.families()) {
            assertThat(requests).contains("PUT /_index_template/" + family.alias());
            String bootstrap = "PUT /" + family.firstIndex();
            assertThat(requests).contains(bootstrap);
            assertThat(OpsPack.JSON.readTree(bodies.get(bootstrap)).path("aliases").path(family.alias())
                    .path("is_write_index").asBoolean()).isTrue();
        }
        assertThat(OpsPack.JSON.readTree(bodies.get("PUT /_index_template/jewelry-mes-error")).path("priority").asInt())
                .isEqualTo(200);
    }

}
