package com.jewelry.logging.masking.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar exactly as an operator would: {@code java -jar <jar> < in.log > out.log}. */
class ScrubberIT {

    @Test
    void scrubsARealFileThroughJavaDashJar(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("scrubber.jar"));
        assertThat(jar).exists();
        Path in = Files.write(dir.resolve("in.log"), MixedLog.bytes());
        Path out = dir.resolve("out.log");
        Path err = dir.resolve("err.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("scrubber finished").isTrue();
        assertThat(process.exitValue()).as("exit code; stderr: %s", Files.readString(err)).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        ScrubberTest.assertScrubbed(List.of(text.split("\n", -1)));
    }
}
