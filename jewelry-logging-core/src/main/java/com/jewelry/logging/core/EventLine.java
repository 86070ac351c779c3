package com.jewelry.logging.core;

/**
 * The single argument {@link EventLogger} hands to the logging back end for a typed event: logged with the pattern
 * {@code "{}"}, its {@link #toString()} is the line's message, so no back end sees more arguments than placeholders.
 * The back ends' writers read the event and outcome from it.
 *
 * @param message the short human message
 * @param event   the typed event
 * @param outcome whether the step succeeded
 */
public record EventLine(String message, BusinessEvent event, EventOutcome outcome) {

    @Override
    public String toString() {
        return message;
    }
}
