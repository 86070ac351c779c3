package com.jewelry.logging.spring.aop;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;
import com.jewelry.logging.spring.annotation.LogDebug;
import com.jewelry.logging.spring.autoconfigure.DebugAnnotationAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingAutoConfiguration;
import com.jewelry.logging.spring.support.JsonLineRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;

import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/spring-boot.md promises for {@code @Sensitive} in DEBUG detail: an argument is rendered in its kind's
 * default (partial) style; a name that a name rule catches is then masked by that rule (fails closed); a DTO's
 * component is masked by the name and content rules, not by its annotation.
 */
class SensitiveArgumentRenderingTest {

    public static class Contacts {
        @LogDebug
        public String remind(String orderNumber, @Sensitive(kind = SensitiveKind.EMAIL) String email,
                             @Sensitive(kind = SensitiveKind.PHONE) String phone, Contact contact) {
            return "sent";
        }
    }

    public record Contact(@Sensitive(kind = SensitiveKind.EMAIL) String address) {
    }

    private final JsonLineRecorder recorder = new JsonLineRecorder("CRM");

    @AfterEach
    void stop() {
        recorder.close();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Contacts.class).setLevel(null);
    }

    @Test
    void aSensitiveArgumentIsPartialUnlessANameRuleAlsoCatchesItsName() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Contacts.class).setLevel(Level.DEBUG);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JewelryLoggingAutoConfiguration.class, DebugAnnotationAutoConfiguration.class))
                .withPropertyValues("jewelry.logging.system=CRM")
                .withBean(Contacts.class)
                .run(context -> context.getBean(Contacts.class).remind("ORD-1", "ivanova@example.ru", "+7 916 123-45-67",
                        new Contact("petrova@example.ru")));

        JsonNode line = recorder.lines().stream().filter(l -> "DEBUG".equals(text(l, "log.level"))).findFirst().orElseThrow();
        assertThat(text(line, "detail.email")).isEqualTo("i***@example.ru");
        // "phone" is also a name rule: the partial form no longer looks like a phone, so the rule writes its marker
        assertThat(text(line, "detail.phone")).isEqualTo("[masked:phone]");
        assertThat(text(line, "detail.contact.address")).isEqualTo("[masked:address]");
        // the timestamps' digits are left out: a nanosecond fraction may well hold "916"
        assertThat(withoutTimestamps(recorder.text())).doesNotContain("ivanova").doesNotContain("petrova").doesNotContain("916");
    }

    private static String withoutTimestamps(String lines) {
        return lines.replaceAll("\"(@timestamp|occurred_at)\":\"[^\"]*\"", "");
    }
}
