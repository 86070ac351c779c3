package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.Locale;
import java.util.Set;

/**
 * Russian street addresses in free text, found by their own markers: a street word ({@code ул.}, {@code проспект},
 * {@code пер.}…), the street's name and a house number ({@code д. 7}, or a bare {@code , 7}), then what follows a
 * house ({@code корп. 2}, {@code кв. 12}, {@code офис 5}). {@code г. Москва, ул. Тверская, д. 7, кв. 12} is one
 * ADDRESS finding from {@code г.} to {@code 12}. A street without a house number is not an address of anyone and is
 * left alone, as is an address in Latin letters (no markers to tell it from a sentence).
 */
public final class StreetAddresses {

    /** Street words, matched whole at a word start; short ones must end with a dot. */
    private static final Set<String> STREETS = Set.of(
            "улица", "проспект", "переулок", "шоссе", "бульвар", "набережная", "площадь", "микрорайон", "проезд",
            "тупик", "аллея");
    private static final Set<String> STREETS_WITH_DOT = Set.of(
            "ул", "пр", "просп", "пер", "ш", "бул", "наб", "пл", "мкр", "мкрн");
    /** Abbreviations written with a hyphen, with or without a dot. */
    private static final Set<String> STREETS_HYPHENATED = Set.of("пр-т", "б-р", "пр-д");
    /** What may follow a house: building, structure, flat, office, entrance, floor, room. */
    private static final Set<String> AFTER_HOUSE = Set.of(
            "корп", "корпус", "к", "стр", "строение", "с", "кв", "квартира", "офис", "оф", "под", "подъезд", "эт",
            "этаж", "пом", "помещение", "лит", "литера");
    private static final Set<String> HOUSE = Set.of("д", "дом");
    private static final Set<String> CITY = Set.of("г", "город");
    /** How many words a street's name may have ({@code 1-я Тверская-Ямская}, {@code Льва Толстого}). */
    private static final int MAX_NAME_WORDS = 4;

    private StreetAddresses() {
    }

    /** Reports every street address in {@code text} as ADDRESS. */
    public static void find(CharSequence text, FindingSink sink) {
        if (!hasCyrillic(text)) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isCyrillicLetter(text.charAt(i)) || i > 0 && isWordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i);
            int end = street(text, i, wordEnd);
            if (end > 0) {
                int start = cityStart(text, i);
                if (!ofABusiness(text, start)) {
                    sink.found(SensitiveKind.ADDRESS, start, end);
                }
                i = end;
            } else {
                i = wordEnd;
            }
        }
    }

    /** The first letters of every street word: any other word is passed over without a lookup. */
    private static final String STREET_INITIALS = "упшбнмта";

    /** The address starting with the street word at {@code [s, e)}: its end, or -1. */
    private static int street(CharSequence t, int s, int e) {
        int n = t.length();
        if (e - s > 10 || STREET_INITIALS.indexOf(Character.toLowerCase(t.charAt(s))) < 0) {
            return -1;
        }
        String word = lower(t, s, e);
        boolean dot = e < n && t.charAt(e) == '.';
        if (!(STREETS.contains(word) || STREETS_HYPHENATED.contains(word) || dot && STREETS_WITH_DOT.contains(word))) {
            return -1;
        }
        int k = dot ? e + 1 : e;
        k = spaces(t, k);
        // the street's name: words up to a comma, the house word or the house number
        int words = 0;
        while (k < n && words < MAX_NAME_WORDS && isWordChar(t.charAt(k))) {
            int we = wordEnd(t, k);
            if (words > 0 && (HOUSE.contains(lower(t, k, we)) || isDigit(t.charAt(k)))) {
                break;
            }
            if (words == 0 && isDigit(t.charAt(k)) && !ordinal(t, k, we)) {
                return -1; // "пл. 950" is a metal's fineness, not a square; "1-я Тверская" is a street
            }
            words++;
            k = we;
            if (k < n && t.charAt(k) == '.') {
                k++; // "Льва Толст." and the like
            }
            if (k + 1 < n && t.charAt(k) == ' ' && isWordChar(t.charAt(k + 1))) {
                k++;
            } else {
                break;
            }
        }
        if (words == 0) {
            return -1;
        }
        // a bare number right after the name ("ул. Льва Толстого 16") only after a short name: in "ул. Тверской
        // открыт до 21" the number is not a house
        boolean bare = k < n && isDigit(t.charAt(k));
        if (bare && words > 2) {
            return -1;
        }
        int house = houseNumberEnd(t, k);
        if (house < 0) {
            return -1;
        }
        return afterHouse(t, house);
    }

    /** {@code 1-я}, {@code 2-й}: a number with a letter ending, as street names start. */
    private static boolean ordinal(CharSequence t, int s, int e) {
        int k = s;
        while (k < e && isDigit(t.charAt(k))) {
            k++;
        }
        return k + 1 < e && t.charAt(k) == '-' && isCyrillicLetter(t.charAt(k + 1));
    }

    /** At {@code k} (after the street's name): {@code , д. 7}, {@code д.7}, {@code , 7а}, {@code 7/1}; its end or -1. */
    private static int houseNumberEnd(CharSequence t, int k) {
        int n = t.length();
        if (k < n && t.charAt(k) == ',') {
            k++;
        }
        k = spaces(t, k);
        if (k < n && isCyrillicLetter(t.charAt(k))) {
            int we = wordEnd(t, k);
            if (!HOUSE.contains(lower(t, k, we))) {
                return -1;
            }
            k = we;
            if (k < n && t.charAt(k) == '.') {
                k++;
            }
            k = spaces(t, k);
        }
        return numberEnd(t, k);
    }

    /**
     * {@code 7}, {@code 7а}, {@code 7/1}, {@code 12-б}, {@code 101к2}: the end of a house or flat number, or -1; a
     * time or a decimal ({@code 21:00}, {@code 7.5}) is not one.
     */
    private static int numberEnd(CharSequence t, int k) {
        int n = t.length();
        int s = k;
        while (k < n && isDigit(t.charAt(k))) {
            k++;
        }
        if (k == s || k + 1 < n && (t.charAt(k) == ':' || t.charAt(k) == '.' || t.charAt(k) == ',')
                && isDigit(t.charAt(k + 1))) {
            return -1;
        }
        if (k + 1 < n && (t.charAt(k) == '/' || t.charAt(k) == '-') && isWordChar(t.charAt(k + 1))) {
            k += 2;
            while (k < n && isDigit(t.charAt(k))) {
                k++;
            }
        }
        if (k < n && isCyrillicLetter(t.charAt(k)) && (k + 1 == n || !isWordChar(t.charAt(k + 1)))) {
            k++; // 7а
        } else if (k + 1 < n && "кКсС".indexOf(t.charAt(k)) >= 0 && isDigit(t.charAt(k + 1))) {
            k++; // 101к2, 31с50: building or structure glued to the house
            while (k < n && isDigit(t.charAt(k))) {
                k++;
            }
        }
        return k;
    }

    /** Building, flat, office… after the house, each {@code , word. number}; the end of the last. */
    private static int afterHouse(CharSequence t, int end) {
        int n = t.length();
        while (true) {
            int k = end;
            if (k < n && t.charAt(k) == ',') {
                k++;
            }
            k = spaces(t, k);
            if (k >= n || !isCyrillicLetter(t.charAt(k))) {
                return end;
            }
            int we = wordEnd(t, k);
            if (!AFTER_HOUSE.contains(lower(t, k, we))) {
                return end;
            }
            k = we;
            if (k < n && t.charAt(k) == '.') {
                k++;
            }
            int number = numberEnd(t, spaces(t, k));
            if (number < 0) {
                return end;
            }
            end = number;
        }
    }

    /** Stems of the places whose address is the business's own, not a person's: a shop, a warehouse, an office. */
    private static final String[] BUSINESS_PLACES = {
        "магазин", "склад", "офис", "филиал", "салон", "шоурум", "мастерск", "производств", "пункт", "shop",
        "store", "warehouse", "office", "branch", "showroom"};

    /**
     * Whether one of the two words before the address names a place of the business ({@code Магазин: г. Москва…},
     * {@code адрес склада: ул.…}): the address of a shop or a warehouse is what operators need to see.
     */
    private static boolean ofABusiness(CharSequence t, int start) {
        int k = start;
        for (int words = 0; words < 2; words++) {
            while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ':')) {
                k--;
            }
            int e = k;
            while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
                k--;
            }
            if (k == e) {
                return false;
            }
            String word = lower(t, k, e);
            for (String place : BUSINESS_PLACES) {
                if (word.startsWith(place)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code г. Москва, ул.…}: the start of the city before the street word at {@code s}, else {@code s}. */
    private static int cityStart(CharSequence t, int s) {
        int k = s;
        while (k > 0 && (t.charAt(k - 1) == ' ' || t.charAt(k - 1) == ',')) {
            k--;
        }
        int nameEnd = k;
        while (k > 0 && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '-')) {
            k--;
        }
        if (k == nameEnd) {
            return s;
        }
        int nameStart = k;
        while (k > 0 && t.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 0 && t.charAt(k - 1) == '.') {
            k--;
        }
        int we = k;
        while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
            k--;
        }
        if (k < we && (k == 0 || !isWordChar(t.charAt(k - 1))) && CITY.contains(lower(t, k, we))
                && nameStart > we) {
            return k;
        }
        return s;
    }

    private static boolean hasCyrillic(CharSequence t) {
        for (int i = 0, n = t.length(); i < n; i++) {
            if (isCyrillicLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(CharSequence t, int i) {
        int n = t.length();
        int k = i;
        while (k < n && (isWordChar(t.charAt(k)) || t.charAt(k) == '-' && k + 1 < n && isWordChar(t.charAt(k + 1)))) {
            k++;
        }
        return k;
    }

    private static int spaces(CharSequence t, int k) {
        int n = t.length();
        while (k < n && t.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static String lower(CharSequence t, int s, int e) {
        return t.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isCyrillicLetter(char c) {
        return c >= '\u0400' && c <= '\u04FF' && Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
