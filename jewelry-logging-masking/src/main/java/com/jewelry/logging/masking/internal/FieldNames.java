package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from a field name alone whether its value is personal data or a secret.
 *
 * <p>A name is split into words (camelCase, snake_case, kebab-case, dots, spaces, Cyrillic or Latin), lower-cased
 * with ё read as е. Then, in this order:
 * <ol>
 * <li>English names put the head word last ({@code deliveryAddress}), so every suffix that starts at a word
 * boundary is looked up, longest first, singular or plural: kept names and harmless names ({@code giftCard},
 * {@code serverAddress}, {@code OAuth}) stop the search, custom and built-in rules give the kind;</li>
 * <li>Russian names put the head word first ({@code адрес доставки}, {@code номер карты}), so each Cyrillic word
 * is matched by stem in any case form, unless the word before it makes it harmless ({@code тип карты},
 * {@code подарочная карта}) or the word after it names a thing, not a person ({@code имя товара},
 * {@code адрес магазина});</li>
 * <li>a few words are secret wherever they stand ({@code passwordHash}, {@code pwdHash}, {@code passportIssuedBy},
 * {@code userpassword}) unless only a harmless qualifier follows them ({@code passwordPolicy},
 * {@code passwordLength}, {@code secretName}).</li>
 * </ol>
 * A key word counts only at a word boundary: {@code hairpin}, {@code spin}, {@code author} and {@code basicNecklace}
 * are not secrets, {@code userPin}, {@code pin_code} and {@code PIN} are. Ids, counts, types and catalogue names
 * ({@code orderId}, {@code tokenType}, {@code cardLast4}, {@code productName}) stay readable: operators need them.
 * No regular expressions: callers cache the result per name, but a new name must still be cheap.
 */
public final class FieldNames {

    /** Kinds that may not exist yet in {@link SensitiveKind}; each falls back to the nearest existing kind. */
    static final SensitiveKind BIRTH_DATE = kindOr("BIRTH_DATE", SensitiveKind.OTHER);
    static final SensitiveKind IP_ADDRESS = kindOr("IP_ADDRESS", SensitiveKind.ADDRESS);
    static final SensitiveKind ACCOUNT = kindOr("ACCOUNT", SensitiveKind.OTHER);
    static final SensitiveKind IBAN = kindOr("IBAN", SensitiveKind.OTHER);
    static final SensitiveKind OGRN = kindOr("OGRN", SensitiveKind.OTHER);

    private static final Map<String, SensitiveKind> BUILT_IN = new HashMap<>();

    /** Names that end like a sensitive one but are technical or catalogue data. Normalised. */
    private static final Set<String> HARMLESS = Set.of(
            "serveraddress", "localaddress", "macaddress", "bindaddress", "hostaddress", "socketaddress",
            "inetaddress", "listenaddress", "brokeraddress", "nodeaddress", "serverip", "localip", "hostip", "nodeip",
            "podip", "bindip", "oauth", "lastlogin", "ismobile", "mobileapp",
            "giftcard", "giftcardnumber", "giftcardno", "giftcardid", "loyaltycard", "loyaltycardnumber",
            "loyaltycardid", "bonuscard", "bonuscardnumber", "bonuscardid", "discountcard", "discountcardnumber",
            "discountcardid", "clubcard", "clubcardnumber", "clubcardid", "productcard", "cardtype", "cardbrand");

    /** Words that make a name sensitive wherever they stand, even inside one lower-case word ({@code userpassword}). */
    private static final String[] ANYWHERE = {"password", "passwd", "passphrase", "passport", "snils", "secret"};
    private static final SensitiveKind[] ANYWHERE_KIND = {
        SensitiveKind.SECRET, SensitiveKind.SECRET, SensitiveKind.SECRET, SensitiveKind.PASSPORT,
        SensitiveKind.SNILS, SensitiveKind.SECRET};
    /** Words that make a name sensitive wherever they stand as a whole word ({@code pwdHash}). */
    private static final Map<String, SensitiveKind> ANYWHERE_WORDS = Map.of(
            "pwd", SensitiveKind.SECRET, "credential", SensitiveKind.SECRET, "credentials", SensitiveKind.SECRET,
            "cvv", SensitiveKind.SECRET, "cvc", SensitiveKind.SECRET);
    /**
     * What may follow an anywhere-word without making the value secret: it describes the secret, not holds it.
     * {@code passwordPolicy} is kept (a policy is rules, not a password); {@code passwordHash} is not.
     */
    private static final Set<String> QUALIFIERS = Set.of(
            "policy", "policies", "rule", "rules", "length", "minlength", "maxlength", "strength", "type", "types",
            "count", "enabled", "required", "expired", "expiry", "expiresat", "expiresin", "expiration",
            "changedat", "updatedat", "createdat", "lastchanged", "age", "version", "algorithm", "kind", "mode",
            "name", "path", "file", "filename", "location", "ref", "alias", "provider", "check", "checked",
            "status", "state", "verified", "valid", "result");

    /** Russian stems by kind; a word matches a stem followed by a case ending (see {@link #RU_ENDINGS}). */
    private static final String[] RU_STEMS = {
        "фамили", "отчеств", "логин", "адрес", "телефон", "почт", "емейл", "имейл", "паспорт", "сери", "снилс",
        "парол", "карт", "счет", "огрн", "огрнип", "рождени", "пин", "пинкод", "токен", "куки", "сесси"};
    private static final SensitiveKind[] RU_STEM_KIND = {
        SensitiveKind.NAME, SensitiveKind.NAME, SensitiveKind.NAME, SensitiveKind.ADDRESS, SensitiveKind.PHONE,
        SensitiveKind.EMAIL, SensitiveKind.EMAIL, SensitiveKind.EMAIL, SensitiveKind.PASSPORT,
        SensitiveKind.PASSPORT, SensitiveKind.SNILS, SensitiveKind.SECRET, SensitiveKind.CARD, ACCOUNT, OGRN, OGRN,
        BIRTH_DATE, SensitiveKind.SECRET, SensitiveKind.SECRET, SensitiveKind.TOKEN, SensitiveKind.TOKEN,
        SensitiveKind.TOKEN};
    private static final Set<String> RU_ENDINGS = Set.of(
            "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "ом", "ем", "ой", "ей", "ью", "ам", "ям", "ах", "ях",
            "ами", "ями", "ов", "ев");
    /** Russian words matched whole (too short for a stem). */
    private static final Map<String, SensitiveKind> RU_WORDS = Map.of(
            "фио", SensitiveKind.NAME, "имя", SensitiveKind.NAME, "имени", SensitiveKind.NAME,
            "тел", SensitiveKind.PHONE, "инн", SensitiveKind.INN, "бик", SensitiveKind.OTHER);
    /** A word before the sensitive one that makes it harmless: {@code тип карты}, {@code подарочная карта}. */
    private static final String[] RU_HARMLESS_BEFORE = {
        "тип", "вид", "количеств", "статус", "способ", "срок", "бренд", "названи", "наименовани", "формат",
        "длин", "политик", "категори", "уровен", "подарочн", "бонусн", "дисконтн", "клубн", "скидочн", "маск",
        "последн", "проверк", "шаблон"};
    /** A word after the sensitive one that makes it a thing's, not a person's: {@code адрес магазина}. */
    private static final String[] RU_HARMLESS_AFTER = {
        "товар", "издели", "продукт", "файл", "магазин", "склад", "сервер", "хост", "шаблон", "компани",
        "организаци", "пункт", "офис", "лояльност", "страниц", "сайт", "сервис", "бренд", "коллекци", "модел",
        "заказ"};

    /** Bare name segments that are a person's name under a person-holding parent ({@code recipient.name}). */
    private static final Set<String> BARE_PERSON_NAMES = Set.of(
            "name", "names", "first", "last", "middle", "given", "family", "full", "fullname", "displayname");
    /** Parents whose bare {@code name} is a person's; Cyrillic ones by stem. */
    private static final Set<String> PERSON_HOLDERS = Set.of(
            "recipient", "receiver", "customer", "client", "buyer", "payer", "holder", "cardholder", "sender",
            "consignee", "addressee", "person", "contact", "owner", "user", "courier", "passenger", "guest",
            "beneficiary", "payee", "employee");
    private static final String[] RU_PERSON_HOLDERS = {
        "получател", "клиент", "покупател", "плательщик", "отправител", "владел", "держател", "курьер",
        "пользовател", "гост", "контакт"};
    /** Trailing words of a parent name that say nothing about whose data it is ({@code recipientInfo}). */
    private static final Set<String> PARENT_FILLERS = Set.of("info", "data", "details", "dto", "object", "entity",
            "model", "record");

    static {
        put(SensitiveKind.EMAIL, "email", "mail", "emailaddress", "mailaddress", "emailaddr");
        put(SensitiveKind.PHONE, "phone", "phonenumber", "phoneno", "mobile", "mobilenumber", "mobilephone", "tel",
                "telephone", "msisdn", "cellphone");
        put(SensitiveKind.NAME, "fullname", "firstname", "lastname", "middlename", "surname", "patronymic",
                "givenname", "familyname", "customername", "clientname", "recipientname", "receivername",
                "cardholder", "cardholdername", "holdername", "fio", "personname", "username", "login",
                "nickname", "contactname", "contactperson", "payername", "buyername", "sendername");
        put(SensitiveKind.ADDRESS, "address", "street", "streetaddress", "addressline", "postaddress",
                "postaladdress", "zip", "zipcode", "postcode", "postalcode", "geolocation", "coordinates",
                "apartment", "placeofbirth", "birthplace", "месторождения", "addressline1", "addressline2",
                "deliveryaddr", "shippingaddr", "billingaddr", "homeaddr");
        put(IP_ADDRESS, "ip", "ipaddress", "ipaddr", "clientip", "clientipaddress", "clientaddress", "clientaddr",
                "remoteaddr", "remoteaddress", "remoteip", "remotehost", "xforwardedfor", "forwardedfor", "xrealip",
                "realip", "userip", "customerip", "sourceip", "originip", "ipадрес");
        put(SensitiveKind.PASSPORT, "passport", "passportnumber", "passportno", "passportseries");
        put(SensitiveKind.CARD, "card", "cardnumber", "cardno", "pan", "creditcard", "primaryaccountnumber",
                "cardpan", "cardnum", "ccnumber", "ccnum", "creditcardnumber");
        // identity documents other than the Russian passport: a marker of their own kind
        put(SensitiveKind.OTHER, "ssn", "nationalid", "nationalidnumber", "idnumber", "driverlicense",
                "driverslicense", "driverlicensenumber", "driverslicensenumber");
        put(SensitiveKind.INN, "inn", "taxid", "taxpayerid", "taxnumber", "taxno");
        put(SensitiveKind.SNILS, "snils");
        put(OGRN, "ogrn", "ogrnip");
        put(ACCOUNT, "accountnumber", "accountno", "bankaccount", "bankaccountnumber", "settlementaccount",
                "personalaccount",
                "checkingaccount", "corraccount", "correspondentaccount", "currentaccount");
        put(IBAN, "iban");
        put(SensitiveKind.OTHER, "bik");
        put(BIRTH_DATE, "birthdate", "dateofbirth", "dob", "birthday", "datebirth", "др");
        put(SensitiveKind.SECRET, "password", "passwd", "pwd", "pass", "passcode", "passphrase", "secret",
                "secretkey", "privatekey", "credentials", "credential", "pin", "pincode", "cvv", "cvc", "cvv2",
                "cvc2", "securitycode", "otp", "securityanswer", "secretanswer", "securityquestionanswer",
                "signingkey", "encryptionkey", "masterkey", "sshkey", "pwdhash", "passwordhash",
                // one-time codes sent to a customer are credentials while they are valid
                "smscode", "otpcode", "totp", "onetimecode", "verificationcode", "confirmationcode", "mfacode",
                "twofactorcode", "2facode", "кодподтверждения", "смскод", "кодизсмс",
                "mothersmaidenname", "maidenname", "secretword", "codeword", "кодовоеслово");
        put(SensitiveKind.TOKEN, "token", "authorization", "auth", "authtoken", "apikey", "apitoken", "accesskey",
                "cookie", "cookies", "setcookie", "session", "sessionid", "sessionkey", "sessiontoken", "sid",
                "phpsessid", "jsessionid", "xsession", "bearer", "jwt");
    }

    private FieldNames() {
    }

    private static void put(SensitiveKind kind, String... names) {
        for (String name : names) {
            BUILT_IN.put(name, kind);
        }
    }

    private static SensitiveKind kindOr(String name, SensitiveKind fallback) {
        for (SensitiveKind kind : SensitiveKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return fallback;
    }

    /** Lower case, letters and digits only, ё as е: {@code Customer_E-Mail} becomes {@code customeremail}. */
    public static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(lower(c));
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
        List<String> words = words(name);
        if (words.isEmpty()) {
            return null;
        }
        String normalized = String.join("", words);
        if (kept.contains(normalized)) {
            return null;
        }
        for (int k = 0; k < words.size(); k++) {
            String suffix = k == 0 ? normalized : String.join("", words.subList(k, words.size()));
            if (inSet(kept, suffix)) {
                return null;
            }
            SensitiveKind kind = inMap(custom, suffix);
            if (kind != null) {
                return kind;
            }
            if (inSet(HARMLESS, suffix)) {
                return null;
            }
            kind = inMap(BUILT_IN, suffix);
            if (kind != null) {
                return kind;
            }
        }
        SensitiveKind russian = russian(words);
        return russian != null ? russian : anywhere(words);
    }

    /**
     * Like {@link #classify} for a field inside an object: a bare {@code name} (or {@code first}, {@code last},
     * {@code fullName}) is a person's name when the enclosing field names a person ({@code recipient},
     * {@code customers}, {@code clientInfo}, {@code получатель}).
     *
     * @param parent the name of the field that holds the object, or {@code null} at the top level
     */
    public static SensitiveKind classifyPath(String parent, String name, Map<String, SensitiveKind> custom,
            Set<String> kept) {
        SensitiveKind kind = classify(name, custom, kept);
        if (kind != null || parent == null || name == null) {
            return kind;
        }
        String normalized = normalize(name);
        if (kept.contains(normalized) || !BARE_PERSON_NAMES.contains(normalized)) {
            return null;
        }
        return holdsPerson(parent) ? SensitiveKind.NAME : null;
    }

    /**
     * Whether a key in text names a person whose value, when it is written like a name, is one
     * ({@code получатель: Смирнова Анна}, {@code recipient: Anna Petrova}). Not {@code client} nor {@code user},
     * which in technical logs name software as often.
     */
    static boolean namesPerson(String key) {
        String normalized = normalize(key);
        return !normalized.equals("client") && !normalized.equals("user") && holdsPerson(key);
    }

    private static boolean holdsPerson(String parent) {
        List<String> words = words(parent);
        int last = words.size() - 1;
        while (last > 0 && PARENT_FILLERS.contains(words.get(last))) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        String word = words.get(last);
        if (inSet(PERSON_HOLDERS, word)) {
            return true;
        }
        for (String stem : RU_PERSON_HOLDERS) {
            if (hasStemAndEnding(word, stem)) {
                return true;
            }
        }
        return false;
    }

    /** Head-first Russian names: the first sensitive word not made harmless by its neighbours. */
    private static SensitiveKind russian(List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            String word = words.get(j);
            boolean nextCyrillic = j + 1 < words.size() && isCyrillic(words.get(j + 1).charAt(0));
            // "Email клиента": an English head word in a Russian phrase
            SensitiveKind kind = isCyrillic(word.charAt(0)) ? russianWord(word)
                    : nextCyrillic ? inMap(BUILT_IN, word) : null;
            if (kind == null) {
                continue;
            }
            boolean harmlessBefore = j > 0 && startsWithAny(words.get(j - 1), RU_HARMLESS_BEFORE);
            boolean harmlessAfter = j + 1 < words.size() && startsWithAny(words.get(j + 1), RU_HARMLESS_AFTER);
            if (!harmlessBefore && !harmlessAfter) {
                return kind;
            }
        }
        return null;
    }

    private static SensitiveKind russianWord(String word) {
        SensitiveKind kind = RU_WORDS.get(word);
        if (kind != null) {
            return kind;
        }
        for (int i = 0; i < RU_STEMS.length; i++) {
            if (hasStemAndEnding(word, RU_STEMS[i])) {
                return RU_STEM_KIND[i];
            }
        }
        return null;
    }

    private static boolean hasStemAndEnding(String word, String stem) {
        return word.startsWith(stem) && RU_ENDINGS.contains(word.substring(stem.length()));
    }

    private static SensitiveKind anywhere(List<String> words) {
        for (int j = 0; j < words.size(); j++) {
            String word = words.get(j);
            SensitiveKind kind = ANYWHERE_WORDS.get(word);
            if (kind == null) {
                for (int a = 0; a < ANYWHERE.length && kind == null; a++) {
                    int at = word.indexOf(ANYWHERE[a]);
                    // "secretary" is a job, not a secret
                    if (at >= 0 && !(ANYWHERE[a].equals("secret") && word.startsWith("ar", at + 6))) {
                        kind = ANYWHERE_KIND[a];
                    }
                }
            }
            if (kind != null && !QUALIFIERS.contains(String.join("", words.subList(j + 1, words.size())))) {
                return kind;
            }
        }
        return null;
    }

    private static boolean startsWithAny(String word, String[] stems) {
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Looks a name up as it is, then as a plural ({@code addresses}, {@code apiKeys}). */
    private static <V> V inMap(Map<String, V> map, String key) {
        V v = map.get(key);
        if (v == null && key.length() > 2 && key.charAt(key.length() - 1) == 's') {
            v = map.get(key.substring(0, key.length() - 1));
            if (v == null && key.endsWith("es")) {
                v = map.get(key.substring(0, key.length() - 2));
            }
        }
        return v;
    }

    private static boolean inSet(Set<String> set, String key) {
        if (set.contains(key)) {
            return true;
        }
        return key.length() > 2 && key.charAt(key.length() - 1) == 's'
                && (set.contains(key.substring(0, key.length() - 1))
                || key.endsWith("es") && set.contains(key.substring(0, key.length() - 2)));
    }

    /** The name's words, lower case, ё as е, letters and digits only. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && isBoundary(name, i)) {
                flush(word, words);
            }
            word.append(lower(c));
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isBoundary(String name, int i) {
        char prev = name.charAt(i - 1);
        char c = name.charAt(i);
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

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static char lower(char c) {
        char l = Character.toLowerCase(c);
        return l == 'ё' ? 'е' : l;
    }
}
