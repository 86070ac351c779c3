package com.jewelry.logging.masking;

import java.util.Locale;

/**
 * A category of personal data or secret that the security policy forbids writing to a log in clear.
 * The kind decides how a value is rendered (see {@link MaskingStyle}) and names the value in markers such as
 * {@code [masked:address]}, so an operator still sees what was there.
 */
public enum SensitiveKind {
    /** A customer's e-mail address. */
    EMAIL,
    /** A phone number, Russian or international. */
    PHONE,
    /** A payment card number (PAN). */
    CARD,
    /** A person's name: full, first, last or middle name. */
    NAME,
    /** A postal or delivery address. */
    ADDRESS,
    /** A Russian passport series and number. */
    PASSPORT,
    /** A Russian taxpayer number (INN, 10 or 12 digits). */
    INN,
    /** A Russian pension insurance number (SNILS). */
    SNILS,
    /** A Russian state registration number of a company (OGRN, 13 digits) or sole trader (OGRNIP, 15 digits). */
    OGRN,
    /** A bank account number (20 digits in Russia). */
    ACCOUNT,
    /** An international bank account number (IBAN). */
    IBAN,
    /** A person's date of birth. */
    BIRTH_DATE,
    /** A client's IP address (shown as its network when a name rule masks it). */
    IP_ADDRESS,
    /** A password, client secret, PIN or card security code. */
    SECRET,
    /** A bearer token, JWT, API key, session id or cookie. */
    TOKEN,
    /** Anything else a service declares personal (custom rules). */
    OTHER;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in markers and configuration, e.g. {@code email}. */
    public String label() {
        return label;
    }

    /**
     * Reads a kind from configuration text, case-insensitively ({@code email}, {@code EMAIL}).
     *
     * @throws IllegalArgumentException if the text names no kind
     */
    public static SensitiveKind fromLabel(String text) {
        String wanted = text == null ? "" : text.trim();
        for (SensitiveKind kind : values()) {
            if (kind.label.equalsIgnoreCase(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown sensitive kind '" + wanted + "'");
    }
}
