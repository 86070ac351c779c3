package com.jewelry.logging.ops;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A command-line tool the pack is checked with (promtool, rsyslogd). A developer without the tool gets a
 * skipped test; CI (environment variable {@code CI} set) must have it, so there a missing tool fails.
 */
final class ExternalTool {

    /** System property: directories to search instead of PATH (separated like PATH), for tests of the lookup. */
    static final String DIRS_PROPERTY = "jewelry.ops.tool.dirs";

    private static final List<String> SYSTEM_DIRS = List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin");

    private ExternalTool() {
    }

    /** The tool, or a skipped test (developer machine) or a failed test (CI) when it is missing. */
    static Path require(String name) {
        return require(name, searchDirs(System.getProperty(DIRS_PROPERTY), System.getenv("PATH")), System.getenv());
    }

    static Path require(String name, List<Path> dirs, Map<String, String> environment) {
        Optional<Path> tool = locate(name, dirs);
        if (tool.isPresent()) {
            return tool.get();
        }
        String message = name + " not found in " + dirs + "; scripts/install-ci-tools.sh installs it";
        if (isCi(environment)) {
            fail(message + " (CI is set, so the ops checks must run)");
        }
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    static boolean isCi(Map<String, String> environment) {
        String ci = environment.get("CI");
        return ci != null && !ci.isBlank();
    }

    /** The override property wins; otherwise PATH, then the usual system directories (sbin is often not on PATH). */
    static List<Path> searchDirs(String override, String pathVariable) {
        LinkedHashSet<Path> dirs = new LinkedHashSet<>();
        if (override != null) {
            split(override, dirs);
            return List.copyOf(dirs);
        }
        if (pathVariable != null) {
            split(pathVariable, dirs);
        }
        SYSTEM_DIRS.forEach(d -> dirs.add(Path.of(d)));
        return List.copyOf(dirs);
    }

    private static void split(String value, LinkedHashSet<Path> into) {
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                into.add(Path.of(part));
            }
        }
    }

    static Optional<Path> locate(String name, List<Path> dirs) {
        return dirs.stream()
                .map(dir -> dir.resolve(name))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /** Runs the tool and returns its exit code and merged output; never waits longer than the timeout. */
    static Result run(Path tool, Path workDir, Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("ops-tool", ".out");
            try {
                Process process = new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    fail(command + " did not finish within " + timeout);
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
