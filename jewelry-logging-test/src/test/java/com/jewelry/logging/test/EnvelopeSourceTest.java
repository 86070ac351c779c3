package com.jewelry.logging.test;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Without settings of its own, a test's lines are written by the service's encoder, as production writes them. */
@CaptureLogs
class EnvelopeSourceTest {

    @Test
    void linesCarryTheSystemAndServiceOfTheServicesOwnEncoder(CapturedLogs logs) {
        LoggerFactory.getLogger(EnvelopeSourceTest.class).warn("stock low");

        LogLine line = logs.lines().get(0);
        assertThat(line.system()).isEqualTo("CRM");
        assertThat(line.serviceName()).isEqualTo("kit-service");
        assertThat(line.text("service.environment")).isEqualTo("test");
    }

    @Test
    @CaptureLogs(serviceName = "crm-orders")
    void aMethodsSettingsWinAndTheRestComesFromTheService(CapturedLogs logs) {
        LoggerFactory.getLogger(EnvelopeSourceTest.class).warn("stock low");

        LogLine line = logs.lines().get(0);
        assertThat(line.system()).isEqualTo("CRM");
        assertThat(line.serviceName()).isEqualTo("crm-orders");
    }
}
