package com.jewelry.logging.boot3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter on Spring Boot 3.5: a real start, a real request on 127.0.0.1, and every line parsed as JSON. */
@ExtendWith(OutputCaptureExtension.class)
class Boot35ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBoot35ServiceLogsJsonFromItsFirstLineAndWritesAccessAndEventLinesForARequest(CapturedOutput output) throws Exception {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        SpringApplication application = new SpringApplication(OrdersApplication.class);
        application.setMainApplicationClass(OrdersApplication.class);
        try (ConfigurableApplicationContext context = application.run(
                "--jewelry.logging.system=CRM", "--spring.application.name=crm-orders", "--server.port=0",
                "--server.address=127.0.0.1", "--jewelry.logging.file.dir=target/boot3-logs")) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/orders/ORD-2026-000777/confirm"))
                    .POST(HttpRequest.BodyPublishers.noBody()).header("X-Request-Id", "boot3-req-1").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Request-Id")).hasValue("boot3-req-1");
            waitForAccessLine(output);
        }

        List<JsonNode> lines = parse(output.getOut());
        JsonNode first = lines.get(0);
        assertThat(first.path("message").asText()).startsWith("Starting OrdersApplication");
        assertThat(first.path("system").asText()).isEqualTo("CRM");
        assertThat(first.path("service").path("name").asText()).isEqualTo("crm-orders");
        assertThat(first.path("event").path("dataset").asText()).isEqualTo("crm.operational");

        JsonNode access = only(lines, "http.access");
        assertThat(access.path("http").path("route").asText()).isEqualTo("/orders/{number}/confirm");
        assertThat(access.path("http").path("response").path("status_code").asInt()).isEqualTo(200);
        assertThat(access.path("request").path("id").asText()).isEqualTo("boot3-req-1");
        assertThat(access.path("event").path("dataset").asText()).isEqualTo("crm.access");

        JsonNode event = only(lines, "order.status_changed");
        assertThat(event.path("order").path("number").asText()).isEqualTo("ORD-2026-000777");
        assertThat(event.path("order").path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(event.path("event").path("outcome").asText()).isEqualTo("success");
        assertThat(event.path("request").path("id").asText()).isEqualTo("boot3-req-1");

        JsonNode worker = lines.stream().filter(l -> l.path("message").asText().equals("notifying the MES")).findFirst().orElseThrow();
        assertThat(worker.path("request").path("id").asText()).isEqualTo("boot3-req-1");
        assertThat(worker.path("process").path("thread").path("name").asText()).isNotEqualTo(access.path("process").path("thread").path("name").asText());
    }

    private static void waitForAccessLine(CapturedOutput output) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!output.getOut().contains("\"http.access\"") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static JsonNode only(List<JsonNode> lines, String action) {
        List<JsonNode> matching = lines.stream().filter(l -> action.equals(l.path("event").path("action").asText())).toList();
        assertThat(matching).as(action).hasSize(1);
        return matching.get(0);
    }

    private static List<JsonNode> parse(String text) {
        return text.lines().filter(line -> !line.isBlank()).map(line -> {
            try {
                JsonNode node = JSON.readTree(line);
                assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
                return node;
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }
}
