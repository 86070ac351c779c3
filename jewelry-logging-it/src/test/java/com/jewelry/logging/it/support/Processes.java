package com.jewelry.logging.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Short-lived commands with a time limit, and polite stopping of long-lived ones by their own pid. */
public final class Processes {

    private Processes() {
    }

    /** The exit code and combined output of a finished command. */
    public record Result(int exitCode, String output) {
        public Result orFail(String what) {
            if (exitCode != 0) {
                throw new AssertionError(what + " failed with exit code " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    public static Result run(Duration timeout, List<String> command) {
        try {
            Path out = Files.createTempFile("jewelry-it-cmd", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    stop(process, Duration.ofSeconds(5));
                    throw new AssertionError(command + " did not finish within " + timeout);
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    public static Result run(Duration timeout, String... command) {
        return run(timeout, List.of(command));
    }

    /** SIGTERM to the process's own pid, then SIGKILL if it has not gone within {@code grace}. */
    public static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Last {@code maxChars} of a log file, for failure messages. */
    public static String tail(Path file, int maxChars) {
        try {
            if (!Files.exists(file)) {
                return "(no " + file + ")";
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.length() <= maxChars ? text : "…" + text.substring(text.length() - maxChars);
        } catch (IOException e) {
            return "(unreadable " + file + ": " + e + ")";
        }
    }
}
