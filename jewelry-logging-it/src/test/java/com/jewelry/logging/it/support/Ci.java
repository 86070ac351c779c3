package com.jewelry.logging.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * What the build machine offers. A developer without a tool gets a skipped test that says how to get it; on CI
 * (environment variable {@code CI} set) the repository installs everything, so a missing tool fails the test.
 */
public final class Ci {

    private Ci() {
    }

    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank();
    }

    /** Skips (developer machine) or fails (CI) unless {@code present}. */
    public static void require(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if (isCi()) {
            fail(whatIsMissing + " (CI is set, so this test must run; scripts/install-ci-tools.sh installs it)");
        }
        Assumptions.abort(whatIsMissing + "; scripts/install-ci-tools.sh installs it");
    }

    /** A command-line tool from PATH or the system directories (sbin is often not on PATH). */
    public static Path tool(String name) {
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin")) {
            dirs.add(Path.of(dir));
        }
        for (Path dir : dirs) {
            Path candidate = dir.resolve(name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        require(false, name + " not found in " + dirs);
        throw new AssertionError("unreachable");
    }

    /** A directory or file named by a system property that the module's pom sets. */
    public static Path pathProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("system property " + name + " is not set; run the tests through Maven (jewelry-logging-it/pom.xml sets it)");
        }
        return Path.of(value);
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
