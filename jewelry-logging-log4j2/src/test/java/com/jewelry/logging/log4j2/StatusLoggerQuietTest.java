package com.jewelry.logging.log4j2;

import com.jewelry.logging.core.EventLogger;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed events, failures and DEBUG detail make Log4j2 report nothing on its status logger, whatever level a
 * configuration gives it: each call passes exactly one argument per placeholder (Log4j2's message formatter
 * reports any call with more arguments than placeholders as a status WARN, e.g. under Spring Boot's default
 * {@code status="WARN"}). Listens at WARN, as such a configuration would print.
 */
class StatusLoggerQuietTest {

    @TempDir
    Path directory;

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final StatusListener listener = new StatusListener() {
        @Override
        public void log(StatusData data) {
            warnings.add(data.getFormattedStatus());
        }

        @Override
        public Level getStatusLevel() {
            return Level.WARN;
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        StatusLogger.getLogger().registerListener(listener);
    }

    @AfterEach
    void stopListening() {
        StatusLogger.getLogger().removeListener(listener);
    }

    @Test
    void typedEventsFailuresAndDebugDetailLeaveTheStatusLoggerQuiet() {
        try (Log4j2Capture capture = new Log4j2Capture(directory, "SHOP", "")) {
            capture.level("debugging", Level.DEBUG);
            EventLogger events = capture.events("shop");
            Samples.businessEvents(events);
            Samples.failure(events);
            Samples.debugDetail(capture.events("debugging"));

            assertThat(capture.lines()).hasSize(10);
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void aCallWithMoreArgumentsThanPlaceholdersIsWhatTheListenerWouldCatch() {
        try (Log4j2Capture capture = new Log4j2Capture(directory, "SHOP", "")) {
            capture.slf4j().getLogger("shop").info("one {} here", "argument", "and one too many");

            assertThat(capture.lines()).hasSize(1);
            assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("placeholders"));
        }
    }
}
