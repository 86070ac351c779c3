package com.jewelry.logging.test.internal;

/**
 * A logging back end the kit captures from. While started, it hands every line written by a thread in a
 * {@link CaptureScope} to that scope, encoded exactly as the service's own lines are: Logback
 * ({@code internal.logback}) or Log4j2 ({@code internal.log4j2}), whichever SLF4J is bound to.
 */
public interface CaptureBackend {

    /** Starts delivering lines; called when the first test starts capturing. */
    void start();

    /** Stops delivering and leaves the back end as it was; called when no test captures any more. */
    void stop();
}
