package com.jewelry.logging.core.backend;

import java.time.Instant;

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
        return format(instant.getEpochSecond(), instant.getNano(), out);
    }

    /**
     * Writes the instant {@code epochSecond} + {@code nanos} into {@code out} (at least {@link #MAX_LENGTH} long)
     * and returns the length. Civil-date arithmetic only: no date objects, nothing allocated.
     */
    static int format(long epochSecond, int nanos, char[] out) {
        long epochDay = Math.floorDiv(epochSecond, 86_400L);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        // days to civil date (proleptic Gregorian), in 400-year eras starting 0000-03-01
        long z = epochDay + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long dayOfEra = z - era * 146_097L;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            String text = Instant.ofEpochSecond(epochSecond, nanos).toString();
            int n = Math.min(text.length(), out.length);
            text.getChars(0, n, out, 0);
            return n;
        }
        int i = 0;
        i = digits((int) year, 4, out, i);
        out[i++] = '-';
        i = digits(month, 2, out, i);
        out[i++] = '-';
        i = digits(day, 2, out, i);
        out[i++] = 'T';
        i = digits(secondOfDay / 3600, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay / 60 % 60, 2, out, i);
        out[i++] = ':';
        i = digits(secondOfDay % 60, 2, out, i);
        return fraction(nanos, out, i);
    }

    /** Length of the {@code yyyy-MM-ddTHH:mm:ss} part. */
    private static final int SECONDS_LENGTH = 19;

    /**
     * The text of the last whole second formatted, reused while lines keep falling into the same second: only the
     * fraction is written anew. Immutable, so one shared slot may be read and replaced by any thread without a lock.
     */
    private record Second(long epochSecond, char[] text) {
    }

    /**
     * A formatter that remembers the last second it wrote ({@code 2026-11-25T09:00:00}): most lines of a busy
     * service fall into the second of the line before. One per field (an event's own time is not the line's).
     */
    static final class Cached {
        private Second last;

        /** {@link IsoInstant#format(long, int, char[])}, the same text. */
        int format(long epochSecond, int nanos, char[] out) {
            Second second = last;
            if (second == null || second.epochSecond() != epochSecond) {
                int n = IsoInstant.format(epochSecond, 0, out);
                if (n != SECONDS_LENGTH + 1) {
                    return IsoInstant.format(epochSecond, nanos, out); // outside 0000-9999: not cached
                }
                second = new Second(epochSecond, java.util.Arrays.copyOf(out, SECONDS_LENGTH));
                last = second;
            }
            System.arraycopy(second.text(), 0, out, 0, SECONDS_LENGTH);
            return fraction(nanos, out, SECONDS_LENGTH);
        }

        int format(Instant instant, char[] out) {
            return format(instant.getEpochSecond(), instant.getNano(), out);
        }
    }

    /** Writes {@code .nnn}, {@code .nnnnnn} or {@code .nnnnnnnnn} (none for 0) and the {@code Z} at {@code i}. */
    private static int fraction(int nanos, char[] out, int i) {
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
