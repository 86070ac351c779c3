package com.jewelry.logging.test.internal;

import com.jewelry.logging.core.SystemName;
import org.slf4j.event.Level;

import java.util.Objects;

/**
 * How one test captures: the envelope values its lines are written with (null: taken from the application's own
 * encoder, or from the {@code JEWELRY_*} settings when it has none), the level from which lines are captured even
 * where the configuration would drop them, and the checks run when the test ends.
 *
 * @param system             the system written in each line; null to take it from the application
 * @param serviceName        the service's name; null to take it from the application
 * @param environment        the environment; null to take it from the application
 * @param level              lines at this level and above are captured whatever the configured logger levels
 * @param strict             whether every line must satisfy the published schemas when the test ends
 * @param failOnPersonalData whether a line with personal data fails the test when it ends
 */
public record CaptureSettings(SystemName system, String serviceName, String environment, Level level,
                              boolean strict, boolean failOnPersonalData) {

    public static final CaptureSettings DEFAULTS = new CaptureSettings(null, null, null, Level.INFO, false, false);

    public CaptureSettings {
        Objects.requireNonNull(level, "level");
        serviceName = blankToNull(serviceName);
        environment = blankToNull(environment);
    }

    /** Whether the test named any envelope value itself, so the application's encoder is not used. */
    public boolean hasOwnEnvelope() {
        return system != null || serviceName != null || environment != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
