package com.jewelry.logging.core.backend;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an instant as ISO-8601 UTC ({@code 2026-11-25T09:00:00.125Z}) into a char array, the same text as
 * {@link Instant#toString()} for years 0000-9999, without the formatter's intermediate strings.
 */
final class IsoInstant {

    /** Longest text written: {@code yyyy-MM-ddTHH:mm:ss.nnnnnnnnnZ}. */
    static final int MAX_LENGTH = 30;

    private IsoInstant() {
    }

    /** Writes {@code instant} into {@code out} and returns the length; falls back to toString() outside 0000-9999. */
    static int format(Instant instant, char[] out) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            String text = instant.toString();
            int n = Math.min(text.length(), out.length);
            text.getChars(0, n, out, 0);
            return n;
        }
        int i = 0;
        i = digits(year, 4, out, i);
        out[i++] = '-';
        i = digits(t.getMonthValue(), 2, out, i);
        out[i++] = '-';
        i = digits(t.getDayOfMonth(), 2, out, i);
        out[i++] = 'T';
        i = digits(t.getHour(), 2, out, i);
        out[i++] = ':';
        i = digits(t.getMinute(), 2, out, i);
        out[i++] = ':';
        i = digits(t.getSecond(), 2, out, i);
        int nanos = instant.getNano();
        if (nanos > 0) {
            out[i++] = '.';
            if (nanos % 1_000_000 == 0) {
                i = digits(nanos / 1_000_000, 3, out, i);
            } else if (nanos % 1000 == 0) {
                i = digits(nanos / 1000, 6, out, i);
            } else {
                i = digits(nanos, 9, out, i);
            }
        }
        out[i++] = 'Z';
        return i;
    }

    private static int digits(int value, int width, char[] out, int at) {
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
