package com.jewelry.logging.test.internal;

/**
 * A logging back end the kit captures from. While started, it hands every line written by a thread in a
 * {@link CaptureScope} to that scope, encoded exactly as the service's own lines are. Logback is the one back end
 * today; a Log4j2 one implements the same two methods.
 */
public interface CaptureBackend {

    /** Starts delivering lines; called when the first test starts capturing. */
    void start();

    /** Stops delivering and leaves the back end as it was; called when no test captures any more. */
    void stop();
}
