package com.jewelry.logging.masking.internal;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.SensitiveKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextScanner#mayFind} lets a writer skip the full scan of a clean value, so it must never say "nothing"
 * where the scanner finds something. Checked on every fixture in context and on a million random strings made of
 * the characters the detectors react to; and it must let typical clean values through.
 */
class QuickPassTest {

    private final TextScanner scanner = new TextScanner(EnumSet.noneOf(SensitiveKind.class));

    private boolean scannerFinds(String s) {
        return !scanner.findAll(s).isEmpty();
    }

    private static boolean quickPassMayFind(String s) {
        return TextScanner.mayFind(s.toCharArray(), 0, s.length());
    }

    @Test
    void neverMissesAFixtureWhereverItSits() {
        List<String> values = List.of(Fixtures.card(), Fixtures.spaced(Fixtures.card()), Fixtures.dashed(Fixtures.card()),
                Fixtures.inn10(), Fixtures.inn12(), Fixtures.snils(), Fixtures.snilsFormatted(), Fixtures.email(),
                Fixtures.phonePlus(), Fixtures.phoneEight(), Fixtures.phoneCompact(), Fixtures.passport(),
                Fixtures.jwt(), Fixtures.secret(), "Authorization: Bearer abcdefghijklmnop", "pin=1234",
                "token=abcdef", "пароль: qwerty12");
        values = new ArrayList<>(values);
        // every detector added for issue 15, in the shapes the corpus holds
        for (com.jewelry.logging.masking.corpus.MaskingCorpus.MaskingCase c
                : com.jewelry.logging.masking.corpus.MaskingCorpus.cases()) {
            values.add(c.input());
        }
        List<String> contexts = List.of("%s", "x %s y", "ORD-2026-000123 %s", "%s, C-10042", "(%s)", "ab-%s",
                "Order ORD-1 for %s.");
        int checked = 0;
        for (String value : values) {
            for (String context : contexts) {
                String s = context.formatted(value);
                if (scannerFinds(s)) {
                    checked++;
                    // report the position only: the value is personal data
                    assertThat(quickPassMayFind(s)).as("quick pass on fixture #%d in context '%s'",
                            values.indexOf(value), context).isTrue();
                }
            }
        }
        assertThat(checked).isGreaterThan(values.size() * 3);
    }

    @Test
    void neverMissesAnAsciiOnlyFindingOfEveryNewDetector() {
        // values the quick pass must notice without a non-ASCII char to lean on
        List<String> ascii = List.of("the password is Sx9kLm2qPz", "password -> Sx9kLm2qPz", "<pwd>Sx9kLm2qPz</pwd>",
                "passport no. 4506 123456", "dob 01.02.1990", "born 1990-02-01", "Bearer Ab9dEfGhIjKlMnOpQ",
                "Basic YXBwOnNlY3JldA==", "transfer DE89370400440532013000 done", "GB82WEST12345698765432",
                "tel89161234567", "inn7707083893", "ivan%40mail.ru", "-----BEGIN PRIVATE KEY-----\nabc",
                "AKIAABCDEFGHIJKLMNOP", "ghp_" + "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8",
                "sk_live_" + "a1b2c3d4e5f6g7h8i9j0k1l2", "recipient Ivan Ivanovich Petrov",
                "recipient Anna Sergeevna Petrova", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0",
                "card 4111.1111.1111.1111/12", "call 8.916.123.45.67", "a\tb 8 916 123 45 67");
        for (String s : ascii) {
            if (scannerFinds(s)) {
                assertThat(quickPassMayFind(s)).as("quick pass on ASCII fixture #%d", ascii.indexOf(s)).isTrue();
            }
        }
        assertThat(ascii.stream().filter(this::scannerFinds).count()).as("fixtures the scanner flags")
                .isGreaterThan(ascii.size() - 3);
    }

    @Test
    void sendsEveryValueWithANonAsciiCharToTheFullScan() {
        for (String s : List.of("Кольцо 585", "ring\u00A0gold", "ring\u200Bgold", "４１１１１", "ring＠gold")) {
            assertThat(quickPassMayFind(s)).as(s).isTrue();
        }
    }

    @Test
    void neverMissesWhatTheScannerFindsInRandomText() {
        String alphabet = "0123456789012345678901234567890123456789 --()+@=:.,_/eyJBbBearerasicpwdtokenORDxyz\u00a0пД"
                + "<>%4Ois DEGB dobornpassportseries vnich AKIAghp_sk_xoxb-\t\u200B\uFF11\uFF20№"
                // every other kind of char before a word: a word start is seen from the char before it
                + "\"';,!?#&*|~[]{}\n\\ chna CHNA";
        SplittableRandom random = new SplittableRandom(20261125);
        int findings = 0;
        List<String> misses = new ArrayList<>();
        for (int n = 0; n < 1_000_000; n++) {
            int length = 5 + random.nextInt(28);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (scannerFinds(s)) {
                findings++;
                if (!quickPassMayFind(s)) {
                    misses.add(s);
                }
            }
        }
        assertThat(findings).as("random strings the scanner flags").isGreaterThan(200);
        assertThat(misses).as("strings the quick pass would have let through unscanned").isEmpty();
    }

    @Test
    void neverMissesWhatTheScannerFindsInRandomHexIds() {
        // hex ids take a shortcut of their own: digits and a-f only, built from letter runs, digit runs of up to
        // 22 digits and the one context word spelled in hex letters ("acc" + an account number is a finding)
        SplittableRandom random = new SplittableRandom(20261207);
        int findings = 0;
        int clean = 0;
        List<String> misses = new ArrayList<>();
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                switch (random.nextInt(4)) {
                    case 0 -> sb.append("acc");
                    case 1 -> random.ints(1 + random.nextInt(3), 'a', 'g').forEach(c -> sb.append((char) c));
                    default -> random.ints(1 + random.nextInt(22), '0', '9' + 1).forEach(c -> sb.append((char) c));
                }
            }
            String s = sb.toString();
            if (scannerFinds(s)) {
                findings++;
                if (!quickPassMayFind(s)) {
                    misses.add(s);
                }
            } else if (!quickPassMayFind(s)) {
                clean++;
            }
        }
        assertThat(findings).as("random hex strings the scanner flags").isGreaterThan(300);
        assertThat(clean).as("random hex strings the quick pass lets through").isGreaterThan(1_000);
        assertThat(misses).as("hex strings the quick pass would have let through unscanned").isEmpty();
    }

    @Test
    void letsTypicalCleanValuesThrough() {
        for (String clean : List.of("Order ORD-2026-000123 created for customer C-10042",
                "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "Ring gold 585 with topaz",
                "EARR-AG925-02", "Chain gold 585, 45 cm", "shop-checkout", "RUB", "order.created")) {
            assertThat(quickPassMayFind(clean)).as(clean).isFalse();
            assertThat(scannerFinds(clean)).as(clean).isFalse();
        }
    }
}
