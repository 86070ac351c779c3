package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rsyslogd -N1 validates the shipped rsyslog configuration for real. The copy it reads has the
 * certificate, log and state paths moved into a temporary directory (rsyslogd checks they exist).
 */
class RsyslogConfigTest {

    private static final Path DIR = OpsPack.file("shipping/rsyslog");

    @TempDir
    Path tmp;

    /** What /etc/rsyslog.conf plus the drop-ins would be, with the paths of this machine. */
    private Path render(String input) throws IOException {
        for (String dir : new String[] {"tls", "logs", "work"}) {
            Files.createDirectories(tmp.resolve(dir));
        }
        for (String pem : new String[] {"ca.pem", "opensearch-ca.pem", "collector-cert.pem", "collector-key.pem"}) {
            Files.writeString(tmp.resolve("tls").resolve(pem), "");
        }
        String config = "global(workDirectory=\"" + tmp.resolve("work") + "\")\n"
                + OpsPack.read(DIR.resolve("jewelry-opensearch.conf"))
                + OpsPack.read(DIR.resolve(input));
        config = config.replace("/etc/rsyslog.d/jewelry/tls", tmp.resolve("tls").toString())
                .replace("/var/log/rsyslog-jewelry", tmp.resolve("logs").toString())
                .replace("/var/log/jewelry", tmp.resolve("logs").toString());
        Path rendered = tmp.resolve("rsyslog.conf");
        Files.writeString(rendered, config);
        return rendered;
    }

    private ExternalTool.Result validate(Path config) {
        return ExternalTool.run(ExternalTool.require("rsyslogd"), tmp, Duration.ofMinutes(1), "-N1", "-f", config.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jewelry-files.conf", "jewelry-tls-listener.conf"})
    void rsyslogdAcceptsTheConfiguration(String input) throws IOException {
        ExternalTool.Result result = validate(render(input));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("End of config validation run").doesNotContainIgnoringCase("error");
    }

    @Test
    void rsyslogdRejectsAMistypedParameterSoTheCheckCanFail() throws IOException {
        Path config = render("jewelry-files.conf");
        Files.writeString(config, Files.readString(config).replace("bulkmode=\"on\"", "bulkmode=\"on\" bulkmod=\"on\""));

        ExternalTool.Result result = validate(config);

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("bulkmod");
    }

    @Test
    void everyPerSystemFileIsTailed() {
        String files = OpsPack.read(DIR.resolve("jewelry-files.conf"));
        for (String system : OpsPack.SYSTEMS) {
            assertThat(files).contains("File=\"/var/log/jewelry/jewelry-" + system.toLowerCase(java.util.Locale.ROOT) + ".json\"");
        }
    }

    @Test
    void theListenerSpeaksOnlyTls() {
        String listener = OpsPack.read(DIR.resolve("jewelry-tls-listener.conf"));
        assertThat(listener).contains("StreamDriver.Mode=\"1\"").contains("StreamDriver.Name=\"ossl\"")
                .contains("x509/certvalid");
    }
}
