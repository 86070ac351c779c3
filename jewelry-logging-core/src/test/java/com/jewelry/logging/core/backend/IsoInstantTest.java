package com.jewelry.logging.core.backend;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class IsoInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T09:00:00Z", "2026-11-25T09:00:00.125Z", "2026-01-01T00:00:00.000100Z",
            "1999-12-31T23:59:59.999999999Z", "0001-01-01T00:00:00.5Z", "9999-12-31T23:59:59.000000001Z",
            "2024-02-29T12:30:45.010Z", "1970-01-01T00:00:00Z"})
    void writesTheSameTextAsInstantToString(String text) {
        Instant instant = Instant.parse(text);
        char[] out = new char[IsoInstant.MAX_LENGTH];

        assertThat(new String(out, 0, IsoInstant.format(instant, out))).isEqualTo(instant.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {-62_167_219_200L - 86_400L, 253_402_300_800L})
    void fallsBackToToStringOutsideFourDigitYears(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        char[] out = new char[64];

        assertThat(new String(out, 0, IsoInstant.format(instant, out))).isEqualTo(instant.toString());
    }

    @org.junit.jupiter.api.Test
    void theCachedFormatterWritesTheSameTextLineAfterLine() {
        IsoInstant.Cached cached = new IsoInstant.Cached();
        char[] out = new char[64];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        long second = Instant.parse("2026-12-07T09:00:00Z").getEpochSecond();
        for (int k = 0; k < 10_000; k++) {
            // mostly the same or the next second, sometimes back in time, sometimes a year outside 0000-9999
            long s = switch (random.nextInt(10)) {
                case 0 -> second - random.nextInt(100_000);
                case 1 -> random.nextBoolean() ? 253_402_300_800L + random.nextInt(1000) : -62_167_219_201L - random.nextInt(1000);
                default -> second += random.nextInt(2);
            };
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(s, nanos);
            assertThat(new String(out, 0, cached.format(instant, out))).isEqualTo(instant.toString());
        }
    }
}
