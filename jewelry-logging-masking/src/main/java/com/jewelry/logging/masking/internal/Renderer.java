package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingStyle;
import com.jewelry.logging.masking.SensitiveKind;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Turns a sensitive value into what the log shows, by kind and the policy's style for it. */
public final class Renderer {

    private static final String HMAC = "HmacSHA256";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final MaskingStyle[] styles;
    private final String[] markers;
    private final Mac prototype;
    private final SecretKeySpec key;

    /** @param raw the HMAC key or {@code null}; zeroed once the key spec holds it */
    public Renderer(MaskingPolicy policy, byte[] raw) {
        SensitiveKind[] kinds = SensitiveKind.values();
        styles = new MaskingStyle[kinds.length];
        markers = new String[kinds.length];
        for (SensitiveKind kind : kinds) {
            styles[kind.ordinal()] = policy.style(kind);
            markers[kind.ordinal()] = "[masked:" + kind.label() + "]";
        }
        if (raw == null) {
            key = null;
            prototype = null;
        } else {
            key = new SecretKeySpec(raw, HMAC);
            java.util.Arrays.fill(raw, (byte) 0);
            prototype = newMac(key);
        }
    }

    public String marker(SensitiveKind kind) {
        return markers[kind.ordinal()];
    }

    /** The whole rendering when it does not depend on the value (a marker), else {@code null}. */
    public String fixedRendering(SensitiveKind kind) {
        MaskingStyle style = styles[kind.ordinal()];
        boolean hasPartial = kind == SensitiveKind.EMAIL || kind == SensitiveKind.PHONE || kind == SensitiveKind.CARD;
        if (keepsNetwork(kind)) {
            return null; // an IP literal keeps its network
        }
        return style == MaskingStyle.MARKER || (style == MaskingStyle.PARTIAL && !hasPartial)
                ? markers[kind.ordinal()] : null;
    }

    public String render(SensitiveKind kind, String s) {
        StringBuilder sb = new StringBuilder(s.length() + 4);
        render(kind, s, 0, s.length(), sb);
        return sb.toString();
    }

    public void render(SensitiveKind kind, String s, int start, int end, StringBuilder out) {
        if (keepsNetwork(kind) && IpNetwork.append(s, start, end, out)) {
            return;
        }
        switch (styles[kind.ordinal()]) {
            case PSEUDONYM -> pseudonym(kind, s, start, end, out);
            case PARTIAL -> partial(kind, s, start, end, out);
            default -> out.append(markers[kind.ordinal()]);
        }
    }

    /**
     * An address or client IP masked by name keeps the network of an IP literal ({@code 203.0.113.0/24}), so
     * operators can still see floods from one network; a pseudonymised kind stays a pseudonym.
     */
    private boolean keepsNetwork(SensitiveKind kind) {
        return (kind == SensitiveKind.ADDRESS || kind == SensitiveKind.IP_ADDRESS)
                && styles[kind.ordinal()] != MaskingStyle.PSEUDONYM;
    }

    private void partial(SensitiveKind kind, String s, int start, int end, StringBuilder out) {
        boolean done = switch (kind) {
            case EMAIL -> email(s, start, end, out);
            case PHONE -> keepLastDigits(s, start, end, 2, 5, 15, PHONE_SEPARATORS, out);
            case CARD -> keepLastDigits(s, start, end, 4, 12, 19, CARD_SEPARATORS, out);
            default -> false;
        };
        if (!done) {
            out.append(markers[kind.ordinal()]);
        }
    }

    private static boolean email(String s, int start, int end, StringBuilder out) {
        int at = s.indexOf('@', start);
        if (at <= start || at >= end - 1) {
            return false;
        }
        int second = s.indexOf('@', at + 1);
        if (second >= 0 && second < end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if ((c <= ' ' || c >= 0x80) && Character.isWhitespace(c)) {
                return false;
            }
        }
        out.append(s.charAt(start)).append("***").append(s, at, end);
        return true;
    }

    /** The separators a masked phone number or card number may hold, by char. */
    private static final class Separators {
        private final boolean[] ascii = new boolean[128];
        private final String all;

        Separators(String all) {
            this.all = all;
            for (char c : all.toCharArray()) {
                if (c < 128) {
                    ascii[c] = true;
                }
            }
        }

        boolean contains(char c) {
            return c < 128 ? ascii[c] : all.indexOf(c) >= 0;
        }
    }

    private static final Separators PHONE_SEPARATORS = new Separators(" +()-./\u00A0");
    private static final Separators CARD_SEPARATORS = new Separators(" -.");

    /** Copies the value with every digit but the last {@code keep} starred; {@code false} if it is not that kind. */
    private static boolean keepLastDigits(String s, int start, int end, int keep, int minDigits, int maxDigits,
            Separators allowed, StringBuilder out) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (!allowed.contains(c)) {
                return false;
            }
        }
        if (digits < minDigits || digits > maxDigits) {
            return false;
        }
        // one bulk copy, then the digits to hide starred in place
        int at = out.length();
        out.append(s, start, end);
        for (int toStar = digits - keep; toStar > 0; at++) {
            char c = out.charAt(at);
            if (c >= '0' && c <= '9') {
                out.setCharAt(at, '*');
                toStar--;
            }
        }
        return true;
    }

    private void pseudonym(SensitiveKind kind, String s, int start, int end, StringBuilder out) {
        if (prototype == null) {
            throw new IllegalStateException("pseudonymisation without a key");
        }
        byte[] digest = mac().doFinal(normalise(kind, s.substring(start, end)).getBytes(StandardCharsets.UTF_8));
        out.append('[').append(kind.label()).append(":hmac:");
        for (int i = 0; i < 8; i++) {
            out.append(HEX[(digest[i] >> 4) & 0xF]).append(HEX[digest[i] & 0xF]);
        }
        out.append(']');
    }

    /** The same customer must give the same pseudonym however the value was typed. */
    private static String normalise(SensitiveKind kind, String value) {
        switch (kind) {
            case EMAIL:
                return value.trim().toLowerCase(Locale.ROOT);
            case PHONE, CARD, INN, SNILS, PASSPORT, OGRN, ACCOUNT: {
                StringBuilder digits = new StringBuilder(value.length());
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c >= '0' && c <= '9') {
                        digits.append(c);
                    }
                }
                if (digits.length() == 0) {
                    return value.trim();
                }
                if (kind == SensitiveKind.PHONE && digits.length() == 11 && digits.charAt(0) == '8') {
                    digits.setCharAt(0, '7');
                }
                return digits.toString();
            }
            default:
                return value.trim();
        }
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(key);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
