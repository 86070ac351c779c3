package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.Set;

/**
 * Finds Russian full names in free text by the one part that gives them away: the patronymic. A capitalised
 * word ending like a patronymic ({@code -ович}, {@code -евна}, {@code -ична}, {@code -ovich}, {@code -ovna}, in
 * any grammatical case) next to a capitalised name-like word is a name; the surname on either side joins it.
 * Surnames with two initials ({@code Иванов И.И.}, {@code И. И. Иванов}) are found by the surname's ending.
 *
 * <p>Works on any {@link CharSequence} (the scanner passes its normalised copy) and reports offsets into it.
 * Text without a Cyrillic letter or a Latin patronymic ending costs one pass of char compares.
 *
 * <p>Out of reach by design: a first name and surname without a patronymic ({@code Анна Петрова}), one initial
 * ({@code А. Петрова}), Latin initials forms, the Latin bare {@code -ich} ({@code Ilyich}), and names written in
 * lower case.
 */
public final class PersonNames {

    /** Capitalised words that are not names although they may stand next to one. Lower case, ё as е. */
    private static final Set<String> NOT_NAMES = Set.of(
            // catalogue and shop words
            "кольцо", "кольца", "серьги", "серьга", "золото", "серебро", "платина", "браслет", "цепь", "цепочка",
            "колье", "брошь", "кулон", "подвеска", "часы", "бриллиант", "бриллианты", "изумруд", "сапфир", "рубин",
            "жемчуг", "карабин", "заказ", "заказа", "оплата", "оплаты", "доставка", "доставки", "сервис", "магазин",
            "склад", "товар", "товары", "клиент", "клиента", "клиенту", "покупатель", "получатель", "отправитель",
            "курьер", "менеджер", "скидка", "бонус", "возврат", "отмена", "статус", "ошибка", "итого", "сумма",
            "карта", "счет", "чек", "номер", "телефон", "адрес", "дата", "время", "имя", "фамилия", "отчество",
            "фио", "гость", "пользователь", "администратор", "письмо", "сообщение", "уведомление", "коллекция",
            // greetings and common sentence starts
            "уважаемый", "уважаемая", "уважаемые", "дорогой", "дорогая", "здравствуйте", "добрый", "доброе",
            "добрая", "день", "вечер", "утро", "спасибо", "пожалуйста", "привет", "ваш", "ваша", "ваше", "наш",
            "наша", "новый", "новая", "новое", "подтверждение", "господин", "госпожа", "товарищ",
            // places and organisations
            "москва", "москвы", "россия", "россии", "санкт", "петербург", "улица", "проспект", "переулок", "площадь",
            "город", "дом", "квартира", "область", "район", "ооо", "оао", "зао", "пао", "ао", "ип",
            // words with patronymic-like endings
            "царевна", "королевна", "москвич", "кирпич", "паралич", "кулич",
            // Latin
            "order", "payment", "delivery", "service", "client", "customer", "status", "error", "dear", "hello",
            "mr", "mrs", "ms", "the", "ring", "gold", "silver", "moscow");

    private static final String[] PATRONYMIC_ENDINGS = {
        // masculine, with case forms: Иванович, Ивановича, Ивановичу, Ивановичем, Ивановиче
        "ович", "овича", "овичу", "овичем", "овиче", "евич", "евича", "евичу", "евичем", "евиче",
        // feminine: Ивановна, Ивановны, Ивановне, Ивановну, Ивановной, Ивановною (-ична covers -инична)
        "овна", "овны", "овне", "овну", "овной", "овною", "евна", "евны", "евне", "евну", "евной", "евною",
        "ична", "ичны", "ичне", "ичну", "ичной", "ичною",
        // Latin transliterations
        "ovich", "ovicha", "ovichu", "ovichem", "evich", "evicha", "evichu", "evichem", "ovič", "evič",
        "ovna", "ovny", "ovne", "ovnu", "ovnoy", "ovnoi", "evna", "evny", "evne", "evnu", "evnoy", "evnoi",
        "ichna", "ichny", "ichne", "ichnu", "ichnoy"};

    /** Bare {@code -ич} (Ильич, Кузьмич, Фомич): weaker, so only for longer capitalised words. */
    private static final String[] SHORT_MASCULINE = {"ич", "ича", "ичу", "ичем", "иче"};

    private static final String[] SURNAME_ENDINGS = {
        "ов", "ев", "ин", "ын", "ова", "ева", "ина", "ына", "ову", "еву", "ину", "ыну", "овой", "евой", "иной",
        "ым", "ой", "ский", "ская", "цкий", "цкая", "ской", "цкой", "ского", "цкого", "скому", "цкому", "ских",
        "ых", "их", "енко", "ук", "юк"};

    /** Verb and adjective endings: a capitalised word ending so beside a name is a sentence start, not a surname. */
    private static final String[] NOT_SURNAME_ENDINGS = {
        "ла", "ли", "ло", "ся", "сь", "ть", "ет", "ит", "ат", "ят", "ал", "ил", "ял", "ел", "ул", "ая", "ый", "ое",
        "ые", "ed", "ing"};

    private static final int MIN_PATRONYMIC = 5;
    private static final int MIN_SURNAME = 4;

    private PersonNames() {
    }

    /** Reports every full name, name with patronymic, or surname with initials in {@code text} as NAME. */
    public static void find(CharSequence text, FindingSink sink) {
        if (!mayHoldName(text)) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if (isCyrillicUpper(c) && i + 1 < n && text.charAt(i + 1) == '.') {
                int next = initials(text, i, sink);
                if (next > i) {
                    i = next;
                    continue;
                }
            }
            int end = wordEnd(text, i);
            boolean bounded = end == n || !isWordChar(text.charAt(end));
            int reported = bounded && isPatronymic(text, i, end) ? aroundPatronymic(text, i, end, sink) : -1;
            i = Math.max(end, reported);
        }
    }

    /** Cheap gate: a Cyrillic letter, or a Latin patronymic ending ("vich", "vič", "vna", "chna"). */
    static boolean mayHoldName(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                return true;
            }
            if ((c == 'v' || c == 'V') && i + 2 < n) {
                char a = lower(text.charAt(i + 1));
                char b = lower(text.charAt(i + 2));
                if (a == 'n' && b == 'a' || a == 'i' && (b == 'č' || i + 3 < n && b == 'c'
                        && lower(text.charAt(i + 3)) == 'h')) {
                    return true;
                }
            }
            if ((c == 'c' || c == 'C') && i + 3 < n && lower(text.charAt(i + 1)) == 'h'
                    && lower(text.charAt(i + 2)) == 'n' && lower(text.charAt(i + 3)) == 'a') {
                return true;
            }
        }
        return false;
    }

    /** Reports the name around a patronymic at {@code [ps, pe)}; returns the end reported, or -1. */
    private static int aroundPatronymic(CharSequence text, int ps, int pe, FindingSink sink) {
        long first = previousWord(text, ps);
        if (first < 0 || !isNameLike(text, start(first), end(first))) {
            return -1;
        }
        int from = start(first);
        int to = pe;
        long before = previousWord(text, from);
        long after = nextWord(text, pe);
        boolean beforeOk = before >= 0 && mayBeSurname(text, start(before), end(before));
        boolean afterOk = after >= 0 && mayBeSurname(text, start(after), end(after));
        boolean beforeStrong = beforeOk && hasSurnameEnding(text, start(before), end(before));
        boolean afterStrong = afterOk && hasSurnameEnding(text, start(after), end(after));
        // A surname-shaped word wins ("Статья Лев Николаевич Толстой"); else the side there is, before first
        if (beforeStrong || beforeOk && !afterStrong) {
            from = start(before);
        }
        if (afterStrong || afterOk && !beforeOk) {
            to = end(after);
        }
        sink.found(SensitiveKind.NAME, from, to);
        return to;
    }

    /**
     * Two Cyrillic initials at {@code i} ({@code И.И.} or {@code И. И.}) with a surname before or after them.
     * Returns the end of what was reported, or {@code i} when nothing was.
     */
    private static int initials(CharSequence text, int i, FindingSink sink) {
        int n = text.length();
        int j = i + 2;
        while (j < n && j < i + 4 && isSpace(text.charAt(j))) {
            j++;
        }
        if (j + 1 >= n || !isCyrillicUpper(text.charAt(j)) || text.charAt(j + 1) != '.'
                || j + 2 < n && Character.isLetter(text.charAt(j + 2)) && !isCyrillicUpper(text.charAt(j + 2))) {
            return i;
        }
        int end = j + 2;
        long before = previousWord(text, i);
        if (before >= 0 && isSurname(text, start(before), end(before))) {
            sink.found(SensitiveKind.NAME, start(before), end);
            return end;
        }
        int k = end;
        while (k < n && k < end + 3 && isSpace(text.charAt(k))) {
            k++;
        }
        if (k < n && Character.isLetter(text.charAt(k))) {
            int wordEnd = wordEnd(text, k);
            if (isSurname(text, k, wordEnd)) {
                sink.found(SensitiveKind.NAME, i, wordEnd);
                return wordEnd;
            }
        }
        return i;
    }

    private static boolean isPatronymic(CharSequence text, int s, int e) {
        if (e - s < MIN_PATRONYMIC || !Character.isUpperCase(text.charAt(s)) || !hasPatronymicLetter(text, s, e)
                || !isCapitalised(text, s, e)) {
            return false;
        }
        for (String ending : PATRONYMIC_ENDINGS) {
            if (endsWith(text, s, e, ending)) {
                return !isNotName(text, s, e);
            }
        }
        for (String ending : SHORT_MASCULINE) {
            if (endsWith(text, s, e, ending)) {
                return !isNotName(text, s, e);
            }
        }
        return false;
    }

    /**
     * A name-like word beside a first name and patronymic: taken unless it ends like a verb or an adjective
     * ({@code Звонила Анна Сергеевна}, {@code Милая Анна Сергеевна}) without also ending like a surname.
     */
    private static boolean mayBeSurname(CharSequence text, int s, int e) {
        if (!isNameLike(text, s, e)) {
            return false;
        }
        if (hasSurnameEnding(text, s, e)) {
            return true;
        }
        for (String ending : NOT_SURNAME_ENDINGS) {
            if (endsWith(text, s, e, ending)) {
                return false;
            }
        }
        return true;
    }

    /** Every patronymic ending holds ч, н, č, h or n in the word's last five letters: one cheap look first. */
    private static boolean hasPatronymicLetter(CharSequence text, int s, int e) {
        for (int i = Math.max(s, e - 5); i < e; i++) {
            char c = lower(text.charAt(i));
            if (c == 'ч' || c == 'н' || c == 'h' || c == 'n' || c == 'č') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSurname(CharSequence text, int s, int e) {
        return e - s >= MIN_SURNAME && isCyrillicUpper(text.charAt(s)) && isNameLike(text, s, e)
                && hasSurnameEnding(text, s, e);
    }

    private static boolean hasSurnameEnding(CharSequence text, int s, int e) {
        for (String ending : SURNAME_ENDINGS) {
            if (e - s > ending.length() + 1 && endsWith(text, s, e, ending)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised (or all capitals), at least two letters, not a known common word. */
    private static boolean isNameLike(CharSequence text, int s, int e) {
        return e - s >= 2 && isCapitalised(text, s, e) && !isNotName(text, s, e);
    }

    private static boolean isNotName(CharSequence text, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            sb.append(lower(text.charAt(i)));
        }
        return NOT_NAMES.contains(sb.toString());
    }

    /** {@code Иван}, {@code ИВАН}, {@code Петрова-Водкина}; not {@code иван} or {@code иВан}. */
    private static boolean isCapitalised(CharSequence text, int s, int e) {
        if (!Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        boolean allUpper = true;
        boolean allLower = true;
        boolean partStart = false;
        for (int i = s + 1; i < e; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                partStart = true;
                continue;
            }
            if (partStart) {
                partStart = false;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                continue;
            }
            allUpper &= Character.isUpperCase(c);
            allLower &= Character.isLowerCase(c);
        }
        return allUpper || allLower;
    }

    private static boolean endsWith(CharSequence text, int s, int e, String suffix) {
        int len = suffix.length();
        if (e - s < len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (lower(text.charAt(e - len + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** End of the word starting at {@code s}: letters, with single hyphens between letters (double surnames). */
    private static int wordEnd(CharSequence text, int s) {
        int n = text.length();
        int i = s;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > s) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The word that ends, after one to three spaces, just before {@code pos}; packed start/end, or -1. */
    private static long previousWord(CharSequence text, int pos) {
        int i = pos;
        while (i > 0 && pos - i < 3 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        if (i == pos || i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return -1;
        }
        int end = i;
        int s = end;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1))
                || text.charAt(s - 1) == '-' && s - 1 > 0 && Character.isLetter(text.charAt(s - 2)))) {
            s--;
        }
        if (s > 0 && isWordChar(text.charAt(s - 1))) {
            return -1;
        }
        return pack(s, end);
    }

    /** The word that starts, after one to three spaces, at or after {@code pos}; packed start/end, or -1. */
    private static long nextWord(CharSequence text, int pos) {
        int n = text.length();
        int i = pos;
        while (i < n && i - pos < 3 && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == pos || i >= n || !Character.isLetter(text.charAt(i))) {
            return -1;
        }
        int end = wordEnd(text, i);
        if (end < n && isWordChar(text.charAt(end))) {
            return -1;
        }
        return pack(i, end);
    }

    private static long pack(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int start(long packed) {
        return (int) (packed >>> 32);
    }

    private static int end(long packed) {
        return (int) packed;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isCyrillicUpper(char c) {
        return c >= '\u0400' && c <= '\u042F';
    }

    /** Lower case with ё read as е, so endings and the stop list need one spelling. */
    private static char lower(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }
}
