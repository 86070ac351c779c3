package com.jewelry.logging.core;

import java.util.List;

/**
 * The single argument {@link EventLogger} hands to the logging back end for a DEBUG line with detail: its
 * {@link #toString()} is the message; the back ends' writers write the items under {@code detail.*}.
 *
 * @param message the line's message
 * @param details the items of detail
 */
public record DetailLine(String message, List<Detail> details) {

    @Override
    public String toString() {
        return message;
    }
}
