package com.jewelry.logging.masking.internal;

/**
 * The network of an IP literal: an IPv4 address as its {@code /24} ({@code 203.0.113.0/24}), an IPv6 address as
 * its {@code /48} ({@code 2001:db8:85a3::/48}). Anything that is not exactly one literal is left to the caller.
 */
final class IpNetwork {

    private IpNetwork() {
    }

    /** Appends the network of {@code s[start, end)} and returns {@code true}, or appends nothing. */
    static boolean append(String s, int start, int end, StringBuilder out) {
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end - start < 2 || !ipChars(s, start, end)) {
            return false;
        }
        int[] v4 = ipv4(s, start, end);
        if (v4 != null) {
            out.append(v4[0]).append('.').append(v4[1]).append('.').append(v4[2]).append(".0/24");
            return true;
        }
        int[] v6 = ipv6(s, start, end);
        if (v6 != null) {
            out.append(Integer.toHexString(v6[0])).append(':').append(Integer.toHexString(v6[1])).append(':')
                    .append(Integer.toHexString(v6[2])).append("::/48");
            return true;
        }
        return false;
    }

    /** Whether every char may be part of an IP literal (hex digits, {@code . : [ ] %}, a zone id's letters). */
    private static boolean ipChars(String s, int start, int end) {
        boolean colon = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                return colon; // a zone id follows; only IPv6 has one
            }
            colon |= c == ':';
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':'
                    || c == '[' || c == ']')) {
                return false;
            }
        }
        return true;
    }

    private static int[] ipv4(String s, int start, int end) {
        int[] octets = new int[4];
        int k = 0;
        int i = start;
        while (k < 4) {
            int digits = 0;
            int v = 0;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 3) {
                v = v * 10 + (s.charAt(i) - '0');
                digits++;
                i++;
            }
            if (digits == 0 || v > 255) {
                return null;
            }
            octets[k++] = v;
            if (k < 4) {
                if (i >= end || s.charAt(i) != '.') {
                    return null;
                }
                i++;
            }
        }
        return i == end ? octets : null;
    }

    private static int[] ipv6(String s, int start, int end) {
        if (s.charAt(start) == '[' && s.charAt(end - 1) == ']') {
            start++;
            end--;
        }
        int percent = s.indexOf('%', start);
        if (percent >= 0 && percent < end) {
            end = percent; // zone id
        }
        String text = s.substring(start, end);
        int gap = text.indexOf("::");
        if (gap != text.lastIndexOf("::")) {
            return null;
        }
        String[] head = gap < 0 ? text.split(":", -1) : split(text.substring(0, gap));
        String[] tail = gap < 0 ? new String[0] : split(text.substring(gap + 2));
        if (gap < 0 && head.length != 8 || head.length + tail.length > (gap < 0 ? 8 : 7)) {
            return null;
        }
        int[] groups = new int[8];
        for (int k = 0; k < head.length; k++) {
            if ((groups[k] = hextet(head[k])) < 0) {
                return null;
            }
        }
        for (int k = 0; k < tail.length; k++) {
            if ((groups[8 - tail.length + k] = hextet(tail[k])) < 0) {
                return null;
            }
        }
        return groups;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int hextet(String h) {
        if (h.isEmpty() || h.length() > 4) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < h.length(); i++) {
            int d = Character.digit(h.charAt(i), 16);
            if (d < 0 || h.charAt(i) >= 128) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
