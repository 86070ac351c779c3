package com.jewelry.logging.spring.startup;

import com.jewelry.logging.spring.support.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class FirstLineTest {

    @Test
    void theVeryFirstLineSpringBootWritesIsAlreadyAJsonLineWithTheEnvelope(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CostingApplication.class)
                .main(CostingApplication.class)
                .web(WebApplicationType.NONE)
                .properties("jewelry.logging.system=MES", "spring.application.name=mes-costing",
                        "jewelry.logging.environment=test", "jewelry.logging.file.dir=target/first-line-logs")
                .run()) {
            assertThat(context.isActive()).isTrue();
        }

        List<JsonNode> lines = JsonLines.parse(output.getOut());
        assertThat(lines).isNotEmpty();
        JsonNode first = lines.get(0);
        assertThat(text(first, "message")).startsWith("Starting ").contains(CostingApplication.class.getSimpleName() + " using Java");
        assertThat(text(first, "log.logger")).isEqualTo(CostingApplication.class.getName());
        assertThat(text(first, "log.level")).isEqualTo("INFO");
        assertThat(text(first, "system")).isEqualTo("MES");
        assertThat(text(first, "service.name")).isEqualTo("mes-costing");
        assertThat(text(first, "service.environment")).isEqualTo("test");
        assertThat(text(first, "event.dataset")).isEqualTo("mes.operational");
        assertThat(text(first, "event.category")).isEqualTo("technical");
        assertThat(text(first, "@timestamp")).isNotBlank();
        assertThat(text(first, "process.thread.name")).isNotBlank();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CostingApplication {
    }
}
