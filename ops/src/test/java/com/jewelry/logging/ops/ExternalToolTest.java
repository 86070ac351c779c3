package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ExternalToolTest {

    @TempDir
    Path dir;

    @Test
    void skipsTheCheckWhenTheToolIsMissingAndCiIsUnset() {
        assertThatThrownBy(() -> ExternalTool.require("promtool", List.of(dir), Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("promtool not found")
                .hasMessageContaining("install-ci-tools.sh");
    }

    @Test
    void failsTheCheckWhenTheToolIsMissingAndCiIsSet() {
        assertThatThrownBy(() -> ExternalTool.require("rsyslogd", List.of(dir), Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI is set");
    }

    @Test
    void treatsAnEmptyCiVariableAsUnset() {
        assertThat(ExternalTool.isCi(Map.of("CI", ""))).isFalse();
        assertThat(ExternalTool.isCi(Map.of("CI", "1"))).isTrue();
    }

    @Test
    void findsAnExecutableInTheGivenDirectories() throws IOException {
        Path tool = Files.createFile(dir.resolve("promtool"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(ExternalTool.require("promtool", List.of(dir.resolve("missing"), dir), Map.of("CI", "true")))
                .isEqualTo(tool);
    }

    @Test
    void ignoresAFileThatIsNotExecutable() throws IOException {
        Files.createFile(dir.resolve("promtool"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        assertThat(ExternalTool.locate("promtool", List.of(dir))).isEmpty();
    }

    @Test
    void theOverridePropertyReplacesPathAndTheSystemDirectories() {
        assertThat(ExternalTool.searchDirs("/opt/a:/opt/b", "/usr/bin"))
                .containsExactly(Path.of("/opt/a"), Path.of("/opt/b"));
    }

    @Test
    void withoutOverrideSbinIsSearchedEvenWhenNotOnPath() {
        assertThat(ExternalTool.searchDirs(null, "/home/dev/bin:/usr/bin"))
                .startsWith(Path.of("/home/dev/bin"), Path.of("/usr/bin"))
                .contains(Path.of("/usr/sbin"));
    }
}
