package com.jewelry.logging.spring.backend;

import org.slf4j.event.Level;

/**
 * Sees every line that reaches the root logger, on either back end: its level and the arguments of the logging
 * call (where typed events travel). Must be quick and must not throw: it runs on the logging thread.
 */
@FunctionalInterface
public interface LineObserver {

    void line(Level level, Object[] arguments);
}
