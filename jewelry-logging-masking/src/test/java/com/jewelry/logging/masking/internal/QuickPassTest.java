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
    void neverMissesWhatTheScannerFindsInRandomText() {
        String alphabet = "0123456789012345678901234567890123456789 --()+@=:.,_/eyJBbBearerasicpwdtokenORDxyz\u00a0пД";
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
    void letsTypicalCleanValuesThrough() {
        for (String clean : List.of("Order ORD-2026-000123 created for customer C-10042",
                "4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", "Ring gold 585 with topaz",
                "EARR-AG925-02", "Chain gold 585, 45 cm", "shop-checkout", "RUB", "order.created")) {
            assertThat(quickPassMayFind(clean)).as(clean).isFalse();
            assertThat(scannerFinds(clean)).as(clean).isFalse();
        }
    }
}
