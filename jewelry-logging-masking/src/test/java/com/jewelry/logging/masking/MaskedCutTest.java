package com.jewelry.logging.masking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskedCutTest {

    private static final int LIMIT = 64;
    private final Masker masker = Masker.of(MaskingPolicy.defaults());

    @Test
    void aShortTextIsMaskedAndNotCut() {
        String card = Fixtures.spaced(Fixtures.card());

        MaskedCut.Cut cut = MaskedCut.cut(masker, null, "paid with " + card, LIMIT);

        assertThat(cut.cut()).isFalse();
        assertThat(cut.text()).startsWith("paid with ").endsWith(card.substring(card.length() - 4));
        Fixtures.assertNoLeak(cut.text(), card);
    }

    @Test
    void aCardStraddlingTheLimitNeverShowsMoreDigitsThanItsPartialRenderingAtAnyCutPosition() {
        String card = Fixtures.spaced(Fixtures.card());
        for (int offset = 0; offset <= card.length() + 1; offset++) {
            String text = filler(LIMIT - offset) + card + " zz";
            String shown = digits(masker.maskText(text));
            assertThat(shown).isEqualTo(card.substring(card.length() - 4));

            MaskedCut.Cut cut = MaskedCut.cut(masker, null, text, LIMIT);

            assertThat(cut.cut()).as("offset %d", offset).isTrue();
            assertThat(shown).startsWith(digits(withoutTruncationMarker(cut.text())));
            assertThat(cut.text()).endsWith(MaskedCut.truncationMarker(text.length()));
        }
    }

    @Test
    void aPhoneAnEmailAndAPasswordStraddlingTheLimitLeaveNoHeadAtAnyCutPosition() {
        String phone = "+7 916 123-45-67";
        String email = "ivan.petrov@mail.ru";
        String secret = "Qw7kZp9LxM";
        for (int offset = 0; offset <= 30; offset++) {
            String phoneText = filler(LIMIT - offset) + "call " + phone + " zz";
            assertThat(digits(masker.maskText(phoneText)))
                    .startsWith(digits(withoutTruncationMarker(MaskedCut.cut(masker, null, phoneText, LIMIT).text())));

            String emailText = filler(LIMIT - offset) + email + " zz";
            assertThat(MaskedCut.cut(masker, null, emailText, LIMIT).text()).as("offset %d", offset)
                    .doesNotContain("va", "pet"); // the domain is what the partial rendering keeps

            String secretText = filler(LIMIT - offset) + "password=" + secret + " zz";
            assertThat(MaskedCut.cut(masker, null, secretText, LIMIT).text()).as("offset %d", offset)
                    .doesNotContain("Qw", "Zp9");
        }
    }

    @Test
    void theCutNeverFallsInsideAMaskedMarker() {
        MaskingPolicy markers = MaskingPolicy.builder().style(SensitiveKind.CARD, MaskingStyle.MARKER).build();
        Masker marking = Masker.of(markers);
        String card = Fixtures.card();
        for (int offset = 0; offset <= 20; offset++) {
            String text = filler(LIMIT - offset) + card + " zz";

            String cut = withoutTruncationMarker(MaskedCut.cut(marking, null, text, LIMIT).text());

            assertThat(closesEveryBracket(cut)).as("offset %d: %s", offset, cut).isTrue();
            assertThat(cut.length()).isLessThanOrEqualTo(LIMIT);
        }
    }

    @Test
    void theCutNeverFallsInsideAPseudonym() {
        Masker pseudo = Masker.of(MaskingPolicy.builder().pseudonymise("0123456789abcdef0123456789abcdef".getBytes()).build());
        String email = "ivan.petrov@mail.ru";
        for (int offset = 0; offset <= 30; offset++) {
            String cut = withoutTruncationMarker(MaskedCut.cut(pseudo, null, filler(LIMIT - offset) + email + " zz", LIMIT).text());

            assertThat(closesEveryBracket(cut)).as("offset %d: %s", offset, cut).isTrue();
        }
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String text = "z".repeat(LIMIT - 1) + "\uD83D\uDC8E" + "zzzz";

        String cut = MaskedCut.cut(masker, null, text, LIMIT).text();

        assertThat(cut).startsWith("z".repeat(LIMIT - 1) + MaskedCut.TRUNCATED_PREFIX);
    }

    @Test
    void aKnownKindMasksTheWholeTextBeforeItIsCut() {
        String text = "ivan.petrov@mail.ru " + filler(200);

        MaskedCut.Cut cut = MaskedCut.cut(masker, SensitiveKind.ADDRESS, text, LIMIT);

        assertThat(cut.text()).isEqualTo("[masked:address]");
        assertThat(cut.cut()).isFalse();
    }

    @Test
    void aTextThatMaskingShortensBelowTheLimitIsNotCut() {
        String text = filler(10) + "password=" + "k".repeat(100);

        MaskedCut.Cut cut = MaskedCut.cut(masker, null, text, LIMIT);

        assertThat(cut.text()).doesNotContain("kkk");
    }

    @Test
    void nullStaysNullAndALimitBelowOneIsRefused() {
        assertThat(MaskedCut.cut(masker, null, null, LIMIT)).isEqualTo(new MaskedCut.Cut(null, false));
        assertThatThrownBy(() -> MaskedCut.cut(masker, null, "x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Letters and spaces, ending with a space so the value after it stands alone. */
    private static String filler(int length) {
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length - 1) {
            sb.append(sb.length() % 5 == 4 ? ' ' : 'z');
        }
        return length > 0 ? sb.append(' ').toString() : "";
    }

    private static boolean closesEveryBracket(String text) {
        int open = text.lastIndexOf('[');
        return open < 0 || text.indexOf(']', open) > open;
    }

    private static String withoutTruncationMarker(String text) {
        int at = text.lastIndexOf(MaskedCut.TRUNCATED_PREFIX);
        return at < 0 ? text : text.substring(0, at);
    }

    private static String digits(String text) {
        return text.replaceAll("\\D", "");
    }
}
