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
}
