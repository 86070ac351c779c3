package com.jewelry.logging.core;

import java.time.Instant;

/**
 * A typed event: an immutable record whose {@link #type()} names it, versions it and says how each of its
 * components becomes a JSON field. Log it with {@link EventLogger#log(BusinessEvent)}.
 */
public interface BusinessEvent {

    /** The stable description of this event: name, schema version, category and fields. */
    EventType<? extends BusinessEvent> type();

    /** When the business fact happened (not when the line was written), written as {@code event.occurred_at}. */
    Instant time();
}
