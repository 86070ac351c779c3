package com.jewelry.logging.core.pipeline;

/** Why an appender gave a line up. Each reason is a value of the {@code reason} tag of the dropped-lines meter. */
public enum DropReason {
    /** The caller waited {@code maxCallerWaitMillis} for room in a full queue (only when a user set that bound). */
    CALLER_WAIT_TIMEOUT("caller_wait_timeout"),
    /** The writer made no room within the safety bound: it is stuck (a hung disk or attached appender). */
    WRITER_STALLED("writer_stalled"),
    /** The attached appender threw on every attempt to write the line. */
    APPENDER_FAILED("appender_failed"),
    /** Still queued when {@code stop()} gave up waiting. */
    SHUTDOWN("shutdown"),
    /** The TCP route's ring buffer was full (the collector is away or slow); the file keeps the line. */
    TCP_BUFFER_FULL("tcp_buffer_full"),
    /** The TCP route could not send a line it had buffered (the connection broke while writing it). */
    SEND_FAILED("send_failed"),
    /** The appender had stopped itself after an output error (a closed standard output). */
    APPENDER_STOPPED("appender_stopped");

    private final String tag;

    DropReason(String tag) {
        this.tag = tag;
    }

    /** The reason as written in metrics and reports. */
    public String tag() {
        return tag;
    }
}
