package com.jewelry.logging.core.pipeline;

/** An output of the logging pipeline that reports what it has done. */
public interface PipelineStatsSource {

    /** A snapshot of this output's counters; cheap enough to call on every metrics scrape. */
    PipelineStats pipelineStats();
}
