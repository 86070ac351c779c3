package com.jewelry.logging.core;

/**
 * One item of DEBUG detail (a method input, a piece of internal state), written under {@code detail.<key>}.
 * Values are rendered safely: a value whose {@code toString()} or serialisation fails is flagged, not thrown.
 *
 * @param key   the item's name, e.g. {@code modelId}
 * @param value the value; objects are written as JSON objects and masked like everything else
 */
public record Detail(String key, Object value) {
}
