package com.jewelry.logging.masking.corpus;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The adversarial masking corpus every path (scrubber, value API, Logback encoder, LLE decorator, Log4j2 layout)
 * is checked against: values that must be masked in the shapes real logs hold (Unicode digits and spaces,
 * separators, secrets in every assignment form, Russian identity data, keys in free text, encodings) and values
 * operators need that must survive. Every input is built at run time from a fixed seed, so no real-looking value
 * sits in source and every run sees the same cases; {@link #problems} is the one verdict all paths share.
 */
public final class MaskingCorpus {

    /**
     * One case.
     *
     * @param id stable name, unique in the corpus
     * @param leakClass the issue-15 class the case belongs to ({@code 4-unicode-separators}, {@code 5-secrets},
     *     {@code 6-identity}, {@code 7-field-names}, {@code 8-encodings}, {@code keep})
     * @param fieldName the field the value is logged under, or {@code null} for a value without a name
     * @param input the value as logged
     * @param mustNotAppear fragments of the secret that must be gone (compared raw and with separators and
     *     format chars removed)
     * @param mustAppear fragments that must survive unchanged (catalogue words, ids)
     */
    public record MaskingCase(String id, String leakClass, String fieldName, String input,
            List<String> mustNotAppear, List<String> mustAppear) {
        public MaskingCase {
            mustNotAppear = List.copyOf(mustNotAppear);
            mustAppear = List.copyOf(mustAppear);
        }

        /** Printable without the secret: id and class only. */
        @Override
        public String toString() {
            return "MaskingCase[" + id + ", " + leakClass + "]";
        }
    }

    public static final String UNICODE = "4-unicode-separators";
    public static final String SECRETS = "5-secrets";
    public static final String IDENTITY = "6-identity";
    public static final String FIELD_NAMES = "7-field-names";
    public static final String ENCODINGS = "8-encodings";
    public static final String KEEP = "keep";

    /** A normalised fragment shorter than this is compared raw only (too short to be evidence). */
    private static final int MIN_NORMALISED = 6;

    private MaskingCorpus() {
    }

    /**
     * What is wrong with {@code writtenValue} (the value as read back from the output) for this case; empty when
     * it passes. The messages name fragments by index and length, never by content.
     */
    public static List<String> problems(MaskingCase c, String writtenValue) {
        List<String> problems = new ArrayList<>();
        if (writtenValue == null) {
            writtenValue = "";
        }
        String plain = squeeze(writtenValue);
        for (int k = 0; k < c.mustNotAppear().size(); k++) {
            String fragment = c.mustNotAppear().get(k);
            String squeezed = squeeze(fragment);
            if (writtenValue.contains(fragment)
                    || squeezed.length() >= MIN_NORMALISED && plain.contains(squeezed)) {
                problems.add("leaks mustNotAppear #" + k + " (" + fragment.length() + " chars)");
            }
        }
        for (int k = 0; k < c.mustAppear().size(); k++) {
            if (!writtenValue.contains(c.mustAppear().get(k))) {
                problems.add("lost mustAppear #" + k + " '" + c.mustAppear().get(k) + "'");
            }
        }
        return problems;
    }

    /** Letters and digits only, digits as ASCII, compatibility forms folded, lower case. */
    static String squeeze(String s) {
        String nf = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nf.length());
        nf.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else if (Character.isLetter(cp)) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return sb.toString();
    }

    /** Every case, built from a fixed seed. */
    public static List<MaskingCase> cases() {
        Builder b = new Builder(new SplittableRandom(20261207));
        b.unicodeAndSeparators();
        b.secrets();
        b.identity();
        b.fieldNames();
        b.encodings();
        b.keep();
        return List.copyOf(b.cases);
    }

    // ================================================================ generators

    private static final class Builder {
        private final SplittableRandom random;
        private final List<MaskingCase> cases = new ArrayList<>();

        Builder(SplittableRandom random) {
            this.random = random;
        }

        private void mask(String id, String leakClass, String field, String input, List<String> secret,
                String... keep) {
            cases.add(new MaskingCase(id, leakClass, field, input, secret, List.of(keep)));
        }

        // ------------------------------------------------------------ class 4

        void unicodeAndSeparators() {
            for (int r = 0; r < 3; r++) {
                String card = Gen.card(random, r == 0 ? "4" : r == 1 ? "5" : "22");
                List<String> cardSecret = List.of(card, card.substring(0, 12));
                String[] seps = {" ", "-", ".", "\u00A0", "\u2009", "\u202F", "\t", "\u2007"};
                for (String sep : seps) {
                    mask("card-sep-U+" + hex(sep) + "-" + r, UNICODE, null,
                            "paid with " + Gen.group(card, sep) + " today", cardSecret, "paid with", "today");
                }
                mask("card-fullwidth-" + r, UNICODE, null, "card " + Gen.fullWidth(Gen.group(card, " ")) + " ok",
                        cardSecret, "ok");
                mask("card-arabic-indic-" + r, UNICODE, null, "paid " + Gen.digits(Gen.group(card, " "), 0x0660),
                        cardSecret, "paid");
                mask("card-zwsp-inside-" + r, UNICODE, null, "paid " + Gen.insertEvery(Gen.group(card, " "), 3,
                        "\u200B"), cardSecret, "paid");
                mask("card-soft-hyphen-" + r, UNICODE, null, "paid " + Gen.insertEvery(card, 4, "\u00AD"),
                        cardSecret, "paid");
                mask("card-word-joiner-" + r, UNICODE, null, "card " + Gen.insertEvery(card, 2, "\u2060"),
                        cardSecret);
                mask("card-expiry-short-" + r, UNICODE, null, "paid " + Gen.group(card, " ") + "/12",
                        cardSecret, "paid");
                mask("card-expiry-long-" + r, UNICODE, null, "paid " + Gen.group(card, ".") + "/2027",
                        cardSecret, "paid");

                String phone = Gen.mobile(random);
                String ten = phone.substring(1);
                List<String> phoneSecret = List.of(ten, phone.substring(1, 8));
                mask("phone-dots-" + r, UNICODE, null, "call 8." + ten.substring(0, 3) + "." + ten.substring(3, 6)
                        + "." + ten.substring(6, 8) + "." + ten.substring(8), phoneSecret, "call");
                mask("phone-glued-tel-" + r, UNICODE, null, "тел.8" + ten + " до 18:00", phoneSecret, "до 18:00");
                mask("phone-tel-uri-" + r, UNICODE, null, "tel:+7" + ten, phoneSecret);
                mask("phone-fullwidth-plus-" + r, UNICODE, null, "звоните ＋７ " + Gen.fullWidth(ten),
                        phoneSecret, "звоните");
                mask("phone-nbsp-" + r, UNICODE, null, "+7\u00A0" + ten.substring(0, 3) + "\u00A0"
                        + ten.substring(3, 6) + "\u00A0" + ten.substring(6), phoneSecret);
                mask("phone-zwsp-" + r, UNICODE, null, "+7 " + Gen.insertEvery(ten, 2, "\u200B"), phoneSecret);
                mask("phone-parentheses-" + r, UNICODE, null, "8 (" + ten.substring(0, 3) + ") "
                        + ten.substring(3, 6) + "-" + ten.substring(6, 8) + "-" + ten.substring(8), phoneSecret);
                mask("phone-tab-" + r, UNICODE, null, "+7\t" + ten, phoneSecret);

                String snils = Gen.snils(random);
                mask("snils-nbsp-" + r, UNICODE, null, "СНИЛС " + snils.substring(0, 3) + "-" + snils.substring(3, 6)
                        + "-" + snils.substring(6, 9) + "\u00A0" + snils.substring(9), List.of(snils));
                String inn = Gen.inn12(random);
                mask("inn-fullwidth-" + r, UNICODE, null, "ИНН " + Gen.fullWidth(inn), List.of(inn));
                String local = Gen.local(random);
                mask("email-fullwidth-at-" + r, UNICODE, null, "write to " + local + "＠mail.ru",
                        List.of(local + "＠mail.ru", local), "write to");
            }
        }

        // ------------------------------------------------------------ class 5

        void secrets() {
            for (int r = 0; r < 3; r++) {
                String p = Gen.secret(random);
                List<String> s = List.of(p);
                mask("password-equals-" + r, SECRETS, null, "login failed password=" + p + " for C-10042", s,
                        "C-10042");
                mask("password-fat-arrow-" + r, SECRETS, null, "{:password => \"" + p + "\"}", s);
                mask("password-arrow-" + r, SECRETS, null, "password -> " + p, s);
                mask("password-is-" + r, SECRETS, null, "the password is " + p, s);
                mask("parol-colon-" + r, SECRETS, null, "пароль: " + p, s);
                mask("password-xml-" + r, SECRETS, null, "<user><password>" + p + "</password></user>", s);
                mask("password-json-in-string-" + r, SECRETS, null, "payload {\"login\":\"C-1\",\"password\":\""
                        + p + "\"} rejected", s, "rejected");
                mask("password-escaped-json-" + r, SECRETS, null, "body=\"{\\\"password\\\":\\\"" + p
                        + "\\\"}\"", s);
                mask("pass-" + r, SECRETS, null, "pass=" + p, s);
                mask("pwd-" + r, SECRETS, null, "db pwd=" + p + "; host=db1", s, "host=db1");
                mask("session-" + r, SECRETS, null, "session=" + p, s);
                mask("sid-" + r, SECRETS, null, "cookie sid=" + p + "; path=/", s);
                mask("phpsessid-" + r, SECRETS, null, "PHPSESSID=" + p, s);
                mask("x-session-header-" + r, SECRETS, null, "X-Session: " + p, s);
                mask("url-userinfo-" + r, SECRETS, null, "connect https://shop:" + p + "@db.local/orders", s,
                        "db.local/orders");
                mask("jdbc-query-password-" + r, SECRETS, null, "jdbc:postgresql://db:5432/shop?user=app&password="
                        + p, s);
                mask("jdbc-oracle-thin-" + r, SECRETS, null, "jdbc:oracle:thin:app/" + p + "@db:1521/ORCL", s);
                String token = Gen.token(random, 32);
                mask("authorization-bearer-" + r, SECRETS, null, "Authorization: Bearer " + token, List.of(token),
                        "Authorization");
                String basic = Base64.getEncoder().encodeToString(("app:" + p).getBytes(StandardCharsets.UTF_8));
                mask("authorization-basic-" + r, SECRETS, null, "authorization=Basic " + basic, List.of(basic));
                String shortToken = Gen.token(random, 6) + "." + Gen.token(random, 6);
                mask("header-map-" + r, SECRETS, null, "headers {Authorization=[Bearer " + shortToken
                        + "], Accept=[*/*]}", List.of(shortToken), "Accept=[*/*]");
                String response = Gen.hex(random, 32);
                mask("digest-" + r, SECRETS, null, "Authorization: Digest username=\"app\", realm=\"shop\", "
                        + "nonce=\"" + Gen.hex(random, 16) + "\", response=\"" + response + "\"", List.of(response));
                String jwt = Gen.jwt(random, true);
                mask("jwt-three-parts-" + r, SECRETS, null, "token " + jwt + " expired", List.of(jwt), "expired");
                String jwt2 = Gen.jwt(random, false);
                mask("jwt-two-parts-" + r, SECRETS, null, "unsigned " + jwt2, List.of(jwt2));
                String pemBody = Gen.token(random, 64);
                mask("pem-" + r, SECRETS, null, "key: -----BEGIN PRIVATE KEY-----\n" + pemBody
                        + "\n-----END PRIVATE KEY-----", List.of(pemBody));
                String aws = "AKIA" + Gen.upperAlnum(random, 16);
                mask("aws-access-key-" + r, SECRETS, null, "using " + aws + " in eu-west-1", List.of(aws),
                        "eu-west-1");
                String gh = "ghp_" + Gen.alnum(random, 36);
                mask("github-token-" + r, SECRETS, null, "clone with " + gh, List.of(gh));
                String stripe = "sk_live_" + Gen.alnum(random, 24);
                mask("stripe-live-key-" + r, SECRETS, null, "stripe " + stripe, List.of(stripe));
                String slack = "xoxb-" + Gen.digitsOnly(random, 11) + "-" + Gen.alnum(random, 24);
                mask("slack-token-" + r, SECRETS, null, "notify " + slack, List.of(slack));
                String google = "AIza" + Gen.token(random, 35);
                mask("browser-api-key-" + r, SECRETS, null, "maps " + google, List.of(google));
                mask("api-key-" + r, SECRETS, null, "X-Api-Key: " + p, s);
                mask("client-secret-quoted-" + r, SECRETS, null, "client_secret = '" + p + "'", s);
            }
        }

        // ------------------------------------------------------------ class 6

        void identity() {
            String[][] names = {{"Иванов", "Иван", "Иванович"}, {"Петрова", "Анна", "Сергеевна"},
                {"Смирнов", "Олег", "Петрович"}, {"Кузнецова", "Мария", "Ильинична"}};
            String[][] latin = {{"Ivanov", "Ivan", "Ivanovich"}, {"Petrova", "Anna", "Sergeevna"},
                {"Smirnov", "Oleg", "Petrovich"}};
            for (int r = 0; r < 3; r++) {
                String series = Gen.digitsOnly(random, 4);
                String number = Gen.digitsOnly(random, 6);
                List<String> passport = List.of(number);
                mask("passport-series-number-words-" + r, IDENTITY, null, "паспорт серия " + series + " номер "
                        + number, passport);
                mask("passport-numero-" + r, IDENTITY, null, "документ " + series + " № " + number, passport);
                mask("passport-context-" + r, IDENTITY, null, "паспорт " + series + " " + number + " выдан", passport,
                        "выдан");
                mask("passport-spaced-" + r, IDENTITY, null, "док " + series.substring(0, 2) + " "
                        + series.substring(2) + " " + number, passport);
                mask("passport-english-" + r, IDENTITY, null, "passport no. " + series + " " + number, passport);
                String inn10 = Gen.inn10(random);
                mask("inn10-context-" + r, IDENTITY, null, "ИНН " + inn10 + ", КПП 770701001", List.of(inn10),
                        "770701001");
                mask("inn10-glued-" + r, IDENTITY, null, "ИНН" + inn10, List.of(inn10));
                String inn12 = Gen.inn12(random);
                mask("inn12-english-" + r, IDENTITY, null, "taxpayer INN " + inn12, List.of(inn12));
                String snils = Gen.snils(random);
                mask("snils-bare-context-" + r, IDENTITY, null, "СНИЛС " + snils, List.of(snils));
                mask("snils-formatted-" + r, IDENTITY, null, "pension " + snils.substring(0, 3) + "-"
                        + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " " + snils.substring(9),
                        List.of(snils));
                String ogrn = Gen.ogrn(random);
                mask("ogrn-" + r, IDENTITY, null, "ООО «Ромашка», ОГРН " + ogrn, List.of(ogrn), "ООО «Ромашка»");
                String ogrnip = Gen.ogrnip(random);
                mask("ogrnip-" + r, IDENTITY, null, "ИП, ОГРНИП " + ogrnip, List.of(ogrnip));
                String account = "40817810" + Gen.digitsOnly(random, 12);
                String bik = "04" + Gen.digitsOnly(random, 7);
                mask("account-bik-" + r, IDENTITY, null, "р/с " + account + " БИК " + bik, List.of(account));
                mask("account-english-" + r, IDENTITY, null, "account " + account + ", BIC " + bik, List.of(account));
                String iban = Gen.iban(random, "DE", 18);
                mask("iban-compact-" + r, IDENTITY, null, "transfer to " + iban + " done", List.of(iban), "done");
                mask("iban-spaced-" + r, IDENTITY, null, "IBAN: " + Gen.group(iban, " "), List.of(iban));
                String gb = Gen.iban(random, "GB", 18);
                mask("iban-gb-" + r, IDENTITY, null, "pay " + gb, List.of(gb));
                String day = String.format("%02d", 1 + random.nextInt(28));
                String month = String.format("%02d", 1 + random.nextInt(12));
                String year = String.valueOf(1950 + random.nextInt(55));
                List<String> dob = List.of(day + "." + month + "." + year, year + "-" + month + "-" + day);
                mask("dob-dr-" + r, IDENTITY, null, "клиент, д.р. " + day + "." + month + "." + year, dob);
                mask("dob-russian-" + r, IDENTITY, null, "дата рождения " + year + "-" + month + "-" + day, dob);
                mask("dob-english-" + r, IDENTITY, null, "dob: " + day + "/" + month + "/" + year, dob);
                mask("dob-born-" + r, IDENTITY, null, "born " + year + "-" + month + "-" + day, dob);
                mask("dob-key-" + r, IDENTITY, null, "birthDate=" + year + "-" + month + "-" + day, dob);
                String[] ruMonths = {"января", "марта", "октября"};
                String[] enMonths = {"February", "Jun.", "November"};
                int dayOfMonth = 1 + random.nextInt(28);
                mask("dob-month-name-russian-" + r, IDENTITY, null, "родилась " + dayOfMonth + " " + ruMonths[r]
                        + " " + year + " года в Москве", List.of(ruMonths[r] + " " + year), "в Москве");
                mask("dob-month-name-key-" + r, IDENTITY, null, "дата рождения: " + dayOfMonth + " " + ruMonths[r]
                        + " " + year + " г., город Тверь", List.of(ruMonths[r] + " " + year), "город Тверь");
                mask("dob-month-name-english-" + r, IDENTITY, null, "born on " + dayOfMonth + " " + enMonths[r] + " "
                        + year, List.of(enMonths[r] + " " + year));
                String[] streets = {"Тверская", "Льва Толстого", "Новослободская"};
                String house = Integer.toString(1 + random.nextInt(120));
                String flat = Integer.toString(10 + random.nextInt(300));
                mask("street-address-in-text-" + r, IDENTITY, null, "Курьер выехал: г. Москва, ул. " + streets[r]
                        + ", д. " + house + ", кв. " + flat + ". Заказ ORD-" + r, List.of(streets[r] + ", д. " + house,
                        "кв. " + flat), "Заказ ORD-" + r);
                mask("passport-key-series-comma-number-" + r, IDENTITY, null, "паспорт: серия " + series + ", номер "
                        + number + ", выдан ОВД", List.of(number, series), "выдан ОВД");
                String[] name = names[r % names.length];
                mask("name-surname-first-patronymic-" + r, IDENTITY, null, "получатель " + name[0] + " " + name[1]
                        + " " + name[2] + ", заказ ORD-2026-000123", List.of(name[0], name[2]), "ORD-2026-000123");
                mask("name-first-patronymic-surname-" + r, IDENTITY, null, "Клиент: " + name[1] + " " + name[2] + " "
                        + name[0], List.of(name[2]));
                String[] l = latin[r % latin.length];
                mask("name-latin-" + r, IDENTITY, null, "recipient " + l[1] + " " + l[2] + " " + l[0],
                        List.of(l[2], l[0]), "recipient");
                mask("person-key-name-without-patronymic-" + r, IDENTITY, null, "Получатель: " + name[0] + " "
                        + name[1] + ", заказ ORD-" + r, List.of(name[0]), "заказ ORD-" + r);
                mask("person-key-latin-name-" + r, IDENTITY, null, "recipient=" + l[1] + " " + l[0] + "; status=NEW",
                        List.of(l[0]), "status=NEW");
            }
        }

        // ------------------------------------------------------------ class 7

        void fieldNames() {
            for (int r = 0; r < 3; r++) {
                String email = Gen.local(random) + "@example.ru";
                String phone = "+7" + Gen.mobile(random).substring(1);
                mask("full-name-key-" + r, FIELD_NAMES, null, "fullName=Иван Петров, orderId=ORD-" + r,
                        List.of("Иван Петров", "Петров"), "orderId=ORD-" + r);
                mask("email-key-colon-" + r, FIELD_NAMES, null, "email: " + email, List.of(email));
                mask("phone-json-in-message-" + r, FIELD_NAMES, null, "got {\"phone\":\"" + phone + "\",\"sku\":"
                        + "\"RING-AU585-17\"}", List.of(phone), "RING-AU585-17");
                mask("address-key-" + r, FIELD_NAMES, null, "address=Moscow, Tverskaya st. 7; status=NEW",
                        List.of("Tverskaya"), "status=NEW");
                String token = Gen.token(random, 24);
                mask("token-key-" + r, FIELD_NAMES, null, "accessToken=" + token, List.of(token), "accessToken=");
                mask("name-by-field-" + r, FIELD_NAMES, "fullName", "Иван Петров", List.of("Петров"));
                String card = Gen.card(random, "4");
                mask("card-by-field-" + r, FIELD_NAMES, "cardNumber", card, List.of(card, card.substring(0, 12)));
                String password = Gen.secret(random);
                mask("password-by-field-" + r, FIELD_NAMES, "password", password, List.of(password));
                // a key in text, then a number written in groups: every group goes, not only the first
                String area = Gen.digitsOnly(random, 2);
                String line = Gen.digitsOnly(random, 4) + " " + Gen.digitsOnly(random, 4);
                mask("grouped-phone-international-" + r, FIELD_NAMES, null, "Phone: +44 " + area + " " + line
                        + " (mobile)", List.of(line, area + " " + line), "(mobile)");
                String local = Gen.digitsOnly(random, 3) + "-" + Gen.digitsOnly(random, 2) + "-"
                        + Gen.digitsOnly(random, 2);
                mask("grouped-phone-brackets-" + r, FIELD_NAMES, null, "contact phone: (" + Gen.digitsOnly(random, 3)
                        + ") " + local + " ext. 12", List.of(local), "ext. 12");
                String groups = Gen.digitsOnly(random, 4) + " " + Gen.digitsOnly(random, 4) + " "
                        + Gen.digitsOnly(random, 4);
                mask("grouped-card-key-" + r, FIELD_NAMES, null, "card: 2" + Gen.digitsOnly(random, 3) + " " + groups
                        + " exp 12/27", List.of(groups), "exp 12/27");
                String passportNumber = Gen.digitsOnly(random, 6);
                mask("grouped-passport-key-" + r, FIELD_NAMES, null, "passport: " + Gen.digitsOnly(random, 4) + " "
                        + passportNumber + ", status=NEW", List.of(passportNumber), "status=NEW");
                String snilsTail = Gen.digitsOnly(random, 3) + " " + Gen.digitsOnly(random, 3) + " "
                        + Gen.digitsOnly(random, 2);
                mask("grouped-snils-key-" + r, FIELD_NAMES, null, "snils: " + Gen.digitsOnly(random, 3) + " "
                        + snilsTail, List.of(snilsTail));
                String bban = Gen.digitsOnly(random, 4) + " " + Gen.digitsOnly(random, 4) + " "
                        + Gen.digitsOnly(random, 4);
                mask("grouped-iban-key-" + r, FIELD_NAMES, null, "iban: GB" + Gen.digitsOnly(random, 2) + " WEST "
                        + bban, List.of(bban));
                String code = Gen.digitsOnly(random, 6);
                mask("one-time-code-key-" + r, FIELD_NAMES, null, "smsCode=" + code + ", errorCode=0",
                        List.of(code), "errorCode=0");
                mask("one-time-code-by-field-" + r, FIELD_NAMES, "verificationCode", code, List.of(code));
                // a card number in card groups after a card word, though its check digit fails
                String notLuhn = Gen.digitsOnly(random, 4) + " " + Gen.digitsOnly(random, 4) + " "
                        + Gen.digitsOnly(random, 4);
                mask("card-word-grouped-any-digits-" + r, FIELD_NAMES, null, "оплата картой Мир 2200 " + notLuhn
                        + ", заказ ORD-" + r, List.of(notLuhn), "ORD-" + r);
                // a key of two words, the sensitive noun first (Russian genitive) or last
                String[] streets = {"Тверская", "Арбат", "Новослободская"};
                String house = "ул. " + streets[r] + ", д. " + (1 + random.nextInt(90));
                mask("two-word-key-delivery-address-" + r, FIELD_NAMES, null, "адрес доставки: г. Москва, " + house
                        + ", кв. " + (1 + random.nextInt(200)) + "; статус: NEW", List.of(house), "статус: NEW");
                String[] surnames = {"Смирнова", "Кузнецов", "Волкова"};
                mask("two-word-key-recipient-fio-" + r, FIELD_NAMES, null, "ФИО получателя: " + surnames[r] + " Анна",
                        List.of(surnames[r]));
                String[] latinSurnames = {"Petrova", "Sidorov", "Volkova"};
                mask("two-word-key-last-name-" + r, FIELD_NAMES, null, "last name: " + latinSurnames[r] + ", qty: 2",
                        List.of(latinSurnames[r]), "qty: 2");
            }
        }

        // ------------------------------------------------------------ class 8

        void encodings() {
            String[] odd = {"o'brien", "ivan+shop", "first.last", "a!b#c", "x$y%z", "u*v", "p^q", "back`tick",
                "cur{ly}", "pi|pe", "ti~lde", "under_score", "da-sh"};
            for (int r = 0; r < 3; r++) {
                String local = Gen.local(random);
                mask("percent-at-" + r, ENCODINGS, null, "GET /subscribe?email=" + local + "%40mail.ru&src=app",
                        List.of(local + "%40mail.ru", local + "@mail.ru"), "src=app");
                mask("percent-at-lower-" + r, ENCODINGS, null, "redirect to /u/" + local + "%40example.com/profile",
                        List.of(local));
                mask("rf-domain-" + r, ENCODINGS, null, "почта " + local + "@почта.рф", List.of(local + "@почта.рф"));
                mask("punycode-domain-" + r, ENCODINGS, null, "mail " + local + "@xn--80a1acny.xn--p1ai",
                        List.of(local + "@xn--80a1acny.xn--p1ai"));
                mask("cyrillic-local-" + r, ENCODINGS, null, "адрес иван" + r + "@почта.рф",
                        List.of("иван" + r + "@почта.рф"));
                String p = Gen.secret(random);
                mask("percent-password-" + r, ENCODINGS, null, "form password%3D" + p + "%26next%3D1", List.of(p));
                String email = local + "@example.ru";
                mask("json-in-json-string-" + r, ENCODINGS, null, "{\"data\":\"{\\\"email\\\":\\\"" + email
                        + "\\\",\\\"qty\\\":2}\"}", List.of(email));
                mask("email-as-json-key-" + r, ENCODINGS, null, "{\"" + email + "\":{\"orders\":3}}",
                        List.of(email));
            }
            for (String l : odd) {
                String address = l + "@mail.ru";
                mask("odd-local-" + l.replaceAll("[^a-z]", "_"), ENCODINGS, null, "from " + address + " today",
                        List.of(address), "today");
            }
        }

        // ------------------------------------------------------------ must keep

        void keep() {
            for (int length = 8; length <= 19; length++) {
                String id = Gen.digitsOnly(random, 1) + Gen.digitsOnly(random, length - 1);
                if (id.charAt(0) == '0') {
                    id = "1" + id.substring(1);
                }
                keep("id-bare-" + length, null, id, id);
                keep("id-after-id-" + length, null, "id " + id, id);
                keep("id-after-order-" + length, null, "order " + id + " shipped", id);
                keep("id-under-plain-key-" + length, "orderNumber", id, id);
            }
            String luhnId = Gen.card(random, "4");
            keep("luhn-valid-order-number", null, "order " + luhnId + " created", luhnId);
            keep("basic-necklace", null, "Basic necklace, silver 925", "Basic necklace");
            keep("basic-plan", null, "plan: Basic monthly", "Basic monthly");
            keep("hairpin", null, "hairpin: 3", "hairpin: 3");
            keep("spin", null, "spin=3", "spin=3");
            keep("oauth-on", null, "OAuth: on", "OAuth: on");
            keep("password-reset", null, "password reset requested for C-10042", "password reset requested");
            keep("token-expired", null, "Bearer token expired", "Bearer token expired");
            keep("order-number", null, "Order ORD-2026-000123 created", "ORD-2026-000123");
            keep("customer-id", null, "customer C-10042", "C-10042");
            keep("sku", null, "RING-AU585-17", "RING-AU585-17");
            keep("price", null, "total 12500.00 RUB", "12500.00");
            keep("epoch-millis", null, "at 1733540000000", "1733540000000");
            keep("iso-timestamp", null, "2026-11-25T10:15:30.123Z", "2026-11-25T10:15:30.123Z");
            keep("date-without-context", null, "delivered 2026-01-15", "2026-01-15");
            keep("uuid", null, "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000");
            keep("trace-id", null, "trace 4bf92f3577b34da6a3ce929d0e0e4736", "4bf92f3577b34da6a3ce929d0e0e4736");
            keep("catalogue-russian", null, "Кольцо золотое 585, размер 17", "Кольцо золотое 585, размер 17");
            keep("catalogue-english", null, "Chain gold 585, 45 cm", "Chain gold 585, 45 cm");
            keep("ip-in-free-text", null, "request from 203.0.113.7", "203.0.113.7");
            keep("version", null, "release 1.12.3", "1.12.3");
            keep("duration", null, "took 1500ms", "1500ms");
            keep("stack-frame", null, "at com.jewelry.shop.OrderService.create(OrderService.java:142)",
                    "OrderService.java:142");
            keep("url", null, "http://shop.local:8080/orders", "http://shop.local:8080/orders");
            keep("quantity-key", null, "qty: 2, status: PAID", "status: PAID");
            keep("session-expired", null, "session expired after 30 min", "session expired");
            keep("name-without-patronymic-is-kept", null, "Order for Anna", "Order for Anna");
            keep("bik-alone", null, "БИК 044525225", "044525225");
            keep("order-price-sentence", null, "order 184467 for 3400.00", "184467");
            keep("phone-like-id-bare", null, "id 79161234567", "79161234567");
            keep("gift-card-by-name", "giftCard", "GC-2026-0042", "GC-2026-0042");
            String loyalty = Gen.digitsOnly(random, 12);
            keep("loyalty-card-number-by-name", "loyaltyCard", "1" + loyalty, "1" + loyalty);
            keep("bonus-card-in-text", null, "bonusCard=BC-77-001 applied", "bonusCard=BC-77-001");
            keep("discount-card-by-name", "discountCard", "DC 15%", "DC 15%");
            keep("date-with-month-name-without-context", null, "delivered on 1 February 2026, заказ от 3 марта 2026",
                    "1 February 2026", "3 марта 2026");
            keep("person-key-with-an-id", null, "Customer: C-10042, client: Chrome Mobile", "C-10042",
                    "Chrome Mobile");
            keep("warehouse-address", null, "передан курьеру, склад: ул. Складская, 5", "ул. Складская, 5");
            keep("shop-address-in-text", null, "Магазин: г. Москва, ул. Тверская, д. 7", "ул. Тверская, д. 7");
            keep("company-after-person-key", null, "sender: Jewelry Shop LLC", "Jewelry Shop LLC");
            keep("passport-check-status", null, "passport check: OK 200, passportStatus=VALID", "OK 200", "VALID");
            keep("placeholder-values", null, "phone: unknown, email: missing", "unknown", "missing");
            keep("street-without-house", null, "Магазин на ул. Тверской открыт до 21:00", "ул. Тверской");
            keep("fineness-after-pl", null, "Кольцо пл. 950 размер 17", "пл. 950");
            keep("shop-address-two-word-key", null, "Адрес магазина: Москва, Тверская 7", "Тверская 7");
            keep("server-address-two-word-key", null, "server address: 10.0.0.1", "10.0.0.1");
            keep("gift-card-two-word-key", null, "gift card: GC 2026 0042 7781", "GC 2026 0042 7781");
            keep("code-keys", null, "errorCode=500, code: 42", "errorCode=500", "code: 42");
        }

        private void keep(String id, String field, String input, String... keep) {
            cases.add(new MaskingCase("keep-" + id, KEEP, field, input, List.of(), List.of(keep)));
        }

        private static String hex(String s) {
            return Integer.toHexString(s.charAt(0)).toUpperCase(java.util.Locale.ROOT);
        }
    }

    // ================================================================ value generators

    /** Random values with valid check digits. */
    static final class Gen {

        private Gen() {
        }

        static String digitsOnly(SplittableRandom r, int n) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            return sb.toString();
        }

        private static String from(SplittableRandom r, int n, String alphabet) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        }

        static String alnum(SplittableRandom r, int n) {
            return mixed(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
        }

        static String upperAlnum(SplittableRandom r, int n) {
            return mixed(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
        }

        static String token(SplittableRandom r, int n) {
            return mixed(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
        }

        static String hex(SplittableRandom r, int n) {
            return from(r, n, "0123456789abcdef");
        }

        /** At least one digit, one lower and one upper letter, like a real key. */
        private static String mixed(SplittableRandom r, int n, String alphabet) {
            while (true) {
                String s = from(r, n, alphabet);
                if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter)) {
                    return s;
                }
            }
        }

        static String secret(SplittableRandom r) {
            return "S" + from(r, 3, "abcdefghkmnpqrstuvwxyz") + mixed(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghkmnpqrstuvwxyz23456789") + "9";
        }

        static String local(SplittableRandom r) {
            return from(r, 1, "abcdefghijklmnoprstuvwxyz") + from(r, 6, "abcdefghijklmnoprstuvwxyz0123456789");
        }

        static String card(SplittableRandom r, String prefix) {
            String body = prefix + digitsOnly(r, 15 - prefix.length());
            for (char c = '0'; c <= '9'; c++) {
                if (luhn(body + c)) {
                    return body + c;
                }
            }
            throw new AssertionError();
        }

        static boolean luhn(String digits) {
            int sum = 0;
            boolean dbl = false;
            for (int i = digits.length() - 1; i >= 0; i--) {
                int d = digits.charAt(i) - '0';
                if (dbl) {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }
                sum += d;
                dbl = !dbl;
            }
            return sum % 10 == 0;
        }

        /** 11 digits, 8 then a 9xx mobile code. */
        static String mobile(SplittableRandom r) {
            return "89" + digitsOnly(r, 9);
        }

        static String inn10(SplittableRandom r) {
            String body = "77" + digitsOnly(r, 7);
            return body + weighted(body, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8});
        }

        static String inn12(SplittableRandom r) {
            String body = "50" + digitsOnly(r, 8);
            String eleven = body + weighted(body, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
            return eleven + weighted(eleven, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        }

        private static int weighted(String digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * (digits.charAt(i) - '0');
            }
            return sum % 11 % 10;
        }

        static String snils(SplittableRandom r) {
            String body = "1" + digitsOnly(r, 8);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (body.charAt(i) - '0') * (9 - i);
            }
            int c = sum < 100 ? sum : sum % 101;
            if (c == 100) {
                c = 0;
            }
            return body + String.format("%02d", c);
        }

        static String ogrn(SplittableRandom r) {
            String body = "10277" + digitsOnly(r, 7);
            return body + Long.parseLong(body) % 11 % 10;
        }

        static String ogrnip(SplittableRandom r) {
            String body = "30477" + digitsOnly(r, 9);
            return body + Long.parseLong(body) % 13 % 10;
        }

        static String iban(SplittableRandom r, String country, int bbanLength) {
            String bban = country.equals("GB") ? "NWBK" + digitsOnly(r, bbanLength - 4) : digitsOnly(r, bbanLength);
            String rearranged = bban + country + "00";
            int mod = 0;
            for (char c : rearranged.toCharArray()) {
                int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
                mod = (int) ((v > 9 ? mod * 100L + v : mod * 10L + v) % 97);
            }
            int check = 98 - mod;
            return country + String.format("%02d", check) + bban;
        }

        static String jwt(SplittableRandom r, boolean signed) {
            String header = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"C-"
                    + digitsOnly(r, 5) + "\"}").getBytes(StandardCharsets.UTF_8));
            return signed ? header + "." + payload + "." + token(r, 43) : header + "." + payload;
        }

        /** Digits grouped in fours with {@code sep}. */
        static String group(String digits, String sep) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < digits.length(); i += 4) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(digits, i, Math.min(digits.length(), i + 4));
            }
            return sb.toString();
        }

        static String fullWidth(String s) {
            return digits(s, 0xFF10);
        }

        /** ASCII digits moved to another Unicode digit block starting at {@code zero}. */
        static String digits(String s, int zero) {
            StringBuilder sb = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                sb.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
            }
            return sb.toString();
        }

        static String insertEvery(String s, int every, String insert) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                if (i > 0 && i % every == 0) {
                    sb.append(insert);
                }
                sb.append(s.charAt(i));
            }
            return sb.toString();
        }

    }
}
