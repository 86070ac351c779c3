package com.jewelry.logging.core;

import java.time.Duration;

/** A typed event that measured how long something took; the envelope writes it as {@code event.duration_ms}. */
public interface TimedEvent extends BusinessEvent {

    /** How long the step took; null when unknown. */
    Duration duration();
}
