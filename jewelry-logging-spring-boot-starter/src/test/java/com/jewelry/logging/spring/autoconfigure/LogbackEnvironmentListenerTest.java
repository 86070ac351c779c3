package com.jewelry.logging.spring.autoconfigure;

import com.jewelry.logging.spring.logback.JewelryLogbackEnvironmentListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.support.TestPropertySourceUtils;

import static org.assertj.core.api.Assertions.assertThat;

class LogbackEnvironmentListenerTest {

    private StandardEnvironment prepare(String... properties) {
        StandardEnvironment environment = new StandardEnvironment();
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(environment, properties);
        new JewelryLogbackEnvironmentListener().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
        return environment;
    }

    @Test
    void pointsLoggingConfigAtTheStartersFileAndSwitchesTheBannerOff() {
        StandardEnvironment environment = prepare("jewelry.logging.system=API");
        assertThat(environment.getProperty("logging.config")).isEqualTo(JewelryLogbackEnvironmentListener.CONFIG);
        assertThat(environment.getProperty("spring.main.banner-mode")).isEqualTo("off");
        assertThat(environment.getProperty("jewelry.internal.logback.system")).isEqualTo("API");
        assertThat(environment.getProperty("jewelry.internal.logback.console-output")).isEqualTo("console");
        assertThat(environment.getProperty("jewelry.internal.logback.file-output")).isEqualTo("file");
        assertThat(environment.getProperty("jewelry.internal.logback.tcp-output")).isEqualTo("off");
    }

    @Test
    void leavesAServicesOwnLoggingConfigAlone() {
        StandardEnvironment environment = prepare("logging.config=classpath:my-logback.xml");
        assertThat(environment.getProperty("logging.config")).isEqualTo("classpath:my-logback.xml");
    }

    @Test
    void leavesLogbackAloneWhenTheServiceSaysSo() {
        assertThat(prepare("jewelry.logging.configure-logback=false").getProperty("logging.config")).isNull();
    }

    @Test
    void mapsOutputsSizesAndTheServiceNameToLogbackVariables() {
        StandardEnvironment environment = prepare("spring.application.name=partner-api", "jewelry.logging.console.enabled=false",
                "jewelry.logging.tcp.enabled=true", "jewelry.logging.tcp.host=collector.internal", "jewelry.logging.tcp.port=6514",
                "jewelry.logging.file.max-file-size=10MB", "logging.file.name=app.log");
        assertThat(environment.getProperty("jewelry.internal.logback.service-name")).isEqualTo("partner-api");
        assertThat(environment.getProperty("jewelry.internal.logback.console-output")).isEqualTo("off");
        assertThat(environment.getProperty("jewelry.internal.logback.tcp-output")).isEqualTo("tcp-tls");
        assertThat(environment.getProperty("jewelry.internal.logback.tcp-destination")).isEqualTo("collector.internal:6514");
        assertThat(environment.getProperty("jewelry.internal.logback.max-file-size")).isEqualTo(String.valueOf(10 * 1024 * 1024));
        assertThat(environment.getProperty("jewelry.internal.logback.boot-file-output")).isEqualTo("boot-file");
        assertThat(environment.getProperty("spring.main.banner-mode")).isNull();
    }

    @Test
    void aPlainTcpConnectionWhenTlsIsOff() {
        assertThat(prepare("jewelry.logging.tcp.enabled=true", "jewelry.logging.tcp.tls=false")
                .getProperty("jewelry.internal.logback.tcp-output")).isEqualTo("tcp");
    }
}
