package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides from a field name alone whether its value is personal data. Names are compared case- and
 * separator-insensitively on every suffix that starts at a word boundary, longest first, so
 * {@code customerEmail}, {@code e_mail} and {@code delivery-address} all match, while {@code orderNumber} or
 * {@code tokenType} do not.
 */
public final class FieldNames {

    private static final Map<String, SensitiveKind> BUILT_IN = new HashMap<>();
    /** Names that end like a sensitive one but are technical ({@code ipAddress}). */
    private static final Set<String> HARMLESS = Set.of(
            "ipaddress", "remoteaddress", "localaddress", "serveraddress", "macaddress", "bindaddress",
            "hostaddress", "socketaddress", "inetaddress", "mailstatus", "tokentype", "tokencount");
    /** Words that make a name sensitive wherever they stand ({@code passwordHash}, {@code passportIssuedBy}). */
    private static final String[] ANYWHERE = {"password", "passport", "snils", "secret"};
    private static final SensitiveKind[] ANYWHERE_KIND = {
        SensitiveKind.SECRET, SensitiveKind.PASSPORT, SensitiveKind.SNILS, SensitiveKind.SECRET};

    static {
        put(SensitiveKind.EMAIL, "email", "mail", "emailaddress", "mailaddress");
        put(SensitiveKind.PHONE, "phone", "phonenumber", "phoneno", "mobile", "mobilenumber", "tel", "telephone",
                "msisdn", "cellphone");
        put(SensitiveKind.NAME, "fullname", "firstname", "lastname", "middlename", "surname", "patronymic",
                "givenname", "familyname", "customername", "clientname", "recipientname", "receivername",
                "cardholder", "cardholdername", "holdername", "fio", "personname", "username");
        put(SensitiveKind.ADDRESS, "address", "street", "streetaddress", "addressline", "postaddress",
                "postaladdress", "zip", "zipcode", "postcode", "postalcode", "geolocation", "coordinates");
        put(SensitiveKind.PASSPORT, "passport", "passportnumber", "passportno", "passportseries");
        put(SensitiveKind.CARD, "card", "cardnumber", "cardno", "pan", "creditcard", "primaryaccountnumber");
        put(SensitiveKind.INN, "inn", "taxid", "taxpayerid");
        put(SensitiveKind.SNILS, "snils");
        put(SensitiveKind.SECRET, "password", "passwd", "pwd", "passphrase", "secret", "secretkey", "privatekey",
                "credentials", "credential", "pin", "pincode", "cvv", "cvc", "cvv2", "otp");
        put(SensitiveKind.TOKEN, "token", "authorization", "auth", "apikey", "apitoken", "accesskey", "cookie",
                "cookies", "setcookie", "sessionid", "jsessionid", "bearer", "jwt");
    }

    private FieldNames() {
    }

    private static void put(SensitiveKind kind, String... names) {
        for (String name : names) {
            BUILT_IN.put(name, kind);
        }
    }

    /** Lower case, letters and digits only: {@code Customer_E-Mail} becomes {@code customeremail}. */
    public static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /**
     * The kind a field name implies, or {@code null}.
     *
     * @param custom extra rules by normalised name, consulted before the built-in ones
     * @param kept normalised names that are never sensitive by name
     */
    public static SensitiveKind classify(String name, Map<String, SensitiveKind> custom, Set<String> kept) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String normalized = normalize(name);
        if (kept.contains(normalized)) {
            return null;
        }
        int consumed = 0; // normalised chars before the current boundary
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            if (isBoundary(name, i)) {
                String suffix = normalized.substring(consumed);
                if (kept.contains(suffix) || HARMLESS.contains(suffix)) {
                    return null;
                }
                SensitiveKind kind = custom.get(suffix);
                if (kind == null) {
                    kind = BUILT_IN.get(suffix);
                }
                if (kind != null) {
                    return kind;
                }
            }
            consumed++;
        }
        for (int i = 0; i < ANYWHERE.length; i++) {
            if (normalized.contains(ANYWHERE[i])) {
                return ANYWHERE_KIND[i];
            }
        }
        return null;
    }

    private static boolean isBoundary(String name, int i) {
        if (i == 0) {
            return true;
        }
        char prev = name.charAt(i - 1);
        char c = name.charAt(i);
        if (!Character.isLetterOrDigit(prev)) {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
            return true;
        }
        // "HTTPHeader": the H of Header starts a word
        if (Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1))) {
            return true;
        }
        return Character.isDigit(prev) != Character.isDigit(c);
    }
}
