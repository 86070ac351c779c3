package com.jewelry.logging.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value detectors of issue 15, one sentence per behaviour. */
class DetectorsTest {

    private final Masker masker = Masker.of(MaskingPolicy.defaults());

    @Nested
    class NormalisedCopy {

        @Test
        void masksTheOriginalSpanOfACardWrittenInFullWidthDigits() {
            String card = Fixtures.card();
            String wide = toFullWidth(Fixtures.spaced(card));
            String masked = masker.maskText("card " + wide + " paid");
            assertThat(masked).isEqualTo("card [masked:card] paid");
        }

        @Test
        void masksTheZeroWidthSpacesHiddenInsideANumberWithIt() {
            String card = Fixtures.card();
            String hidden = card.substring(0, 8) + "\u200B" + card.substring(8);
            String masked = masker.maskText("paid " + hidden + " today");
            assertThat(masked).startsWith("paid ").endsWith(" today").doesNotContain("\u200B");
            Fixtures.assertNoLeak(masked, card.substring(0, 8));
        }

        @Test
        void masksAPercentEncodedAddressAsAWholeAndKeepsTheRestOfTheQuery() {
            String masked = masker.maskText("GET /s?email=ivan.petrov%40example.ru&src=app");
            assertThat(masked).endsWith("&src=app").doesNotContain("ivan.petrov").doesNotContain("%40");
        }

        @Test
        void reportsFindingsOnTheOriginalOffsets() {
            String text = "тел.\u00A0＋７ ９１６ １２３ ４５ ６７ ok";
            List<Finding> found = SensitiveDataScanner.defaults().scan(text);
            assertThat(found).hasSize(1);
            assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("＋７ ９１６ １２３ ４５ ６７");
        }
    }

    @Nested
    class Numbers {

        @Test
        void masksAPhoneWrittenWithDotsAndAPhoneGluedToItsPrefix() {
            assertThat(masker.maskText("call 8.916.123.45.67")).isEqualTo("call *.***.***.**.67");
            assertThat(masker.maskText("тел.89161234567")).isEqualTo("тел.*********67");
        }

        @Test
        void masksACardFollowedByItsExpiryAndKeepsTheExpiry() {
            String card = Fixtures.card();
            assertThat(masker.maskText("paid " + Fixtures.spaced(card) + "/12"))
                    .isEqualTo("paid **** **** **** " + card.substring(12) + "/12");
        }

        @Test
        void masksAPassportSplitByItsNumberSignOrAfterItsWords() {
            assertThat(masker.maskText("документ 4506 № 123456 выдан")).isEqualTo("документ [masked:passport] выдан");
            assertThat(masker.maskText("паспорт серия 4506 номер 123456")).isEqualTo("паспорт серия [masked:passport]");
            assertThat(masker.maskText("серия 4506 номер 123456 ok")).isEqualTo("серия [masked:passport] ok");
        }

        @Test
        void keepsASeriesAndNumberWithoutAPassportWord() {
            assertThat(masker.maskText("box 4506 номер 123456")).isEqualTo("box 4506 номер 123456");
        }

        @Test
        void masksOgrnAndOgrnipWithTheirCheckDigitsAfterTheirName() {
            assertThat(masker.maskText("ОГРН 1027700132195")).isEqualTo("ОГРН [masked:ogrn]");
            assertThat(masker.maskText("ОГРН 1027700132196")).isEqualTo("ОГРН 1027700132196");
            assertThat(masker.maskText("ОГРНИП 304500116000157")).isEqualTo("ОГРНИП [masked:ogrn]");
        }

        @Test
        void masksABankAccountNearItsBikAndKeepsTheBik() {
            assertThat(masker.maskText("р/с 40817810099910004312 БИК 044525225"))
                    .isEqualTo("р/с [masked:account] БИК 044525225");
            assertThat(masker.maskText("ref 40817810099910004312")).isEqualTo("ref 40817810099910004312");
        }

        @Test
        void masksADateOfBirthOnlyAfterItsWord() {
            assertThat(masker.maskText("д.р. 01.02.1990")).isEqualTo("д.р. [masked:birth_date]");
            assertThat(masker.maskText("dob: 1990-02-01")).isEqualTo("dob: [masked:birth_date]");
            assertThat(masker.maskText("delivered 01.02.2026")).isEqualTo("delivered 01.02.2026");
        }

        @Test
        void masksAnIbanThatPassesMod97WithOrWithoutSpacesAndKeepsOneThatFails() {
            assertThat(masker.maskText("to DE89370400440532013000 ok")).isEqualTo("to [masked:iban] ok");
            assertThat(masker.maskText("to DE89 3704 0044 0532 0130 00 ok")).isEqualTo("to [masked:iban] ok");
            assertThat(masker.maskText("to DE88370400440532013000 ok")).isEqualTo("to DE88370400440532013000 ok");
        }
    }

    @Nested
    class Secrets {

        @Test
        void keepsTheSchemeWordAndMasksTheCredentialAfterIt() {
            String token = "Ab9dEfGhIjKlMnOpQr";
            assertThat(masker.maskText("Authorization: Bearer " + token)).isEqualTo("Authorization: Bearer [masked:token]");
            assertThat(masker.maskText("{Authorization=[Bearer ab.cd]}")).isEqualTo("{Authorization=[Bearer [masked:token]]}");
        }

        @Test
        void tellsABasicCredentialFromAProductNamedBasic() {
            String credential = Base64.getEncoder().encodeToString("app:s3cret".getBytes(StandardCharsets.UTF_8));
            assertThat(masker.maskText("sent Basic " + credential)).isEqualTo("sent Basic [masked:token]");
            assertThat(masker.maskText("Basic necklace, silver")).isEqualTo("Basic necklace, silver");
            assertThat(masker.maskText("Bearer token expired")).isEqualTo("Bearer token expired");
        }

        @Test
        void masksTheWholeDigestCredential() {
            String masked = masker.maskText("Authorization: Digest username=\"app\", response=\"6629fae49393a053\"");
            assertThat(masked).isEqualTo("Authorization: Digest [masked:token]");
        }

        @Test
        void masksSecretsInEveryAssignmentShape() {
            for (String shape : List.of("password => \"%s\"", "password -> %s", "the password is %s", "пароль: %s",
                    "<password>%s</password>", "{\\\"password\\\":\\\"%s\\\"}", "pwd=%s", "PHPSESSID=%s",
                    "X-Session: %s", "jdbc:oracle:thin:app/%s@db:1521/ORCL")) {
                String text = shape.formatted(Fixtures.secret());
                Fixtures.assertNoLeak(masker.maskText(text), Fixtures.secret());
            }
        }

        @Test
        void keepsSettingsAndWordsThatOnlyEndLikeASecretKey() {
            for (String text : List.of("hairpin: 3", "spin=3", "OAuth: on", "password: none", "token=null")) {
                assertThat(masker.maskText(text)).as(text).isEqualTo(text);
            }
        }

        @Test
        void masksAJwtOfTwoParts() {
            String jwt = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJDLTEifQ";
            assertThat(masker.maskText("unsigned " + jwt)).isEqualTo("unsigned [masked:token]");
        }
    }

    @Nested
    class KeysInFreeText {

        @Test
        void masksANameUpToTheNextDelimiterAndKeepsTheNextKey() {
            assertThat(masker.maskText("fullName=Иван Петров, orderId=ORD-1"))
                    .isEqualTo("fullName=[masked:name], orderId=ORD-1");
        }

        @Test
        void masksAnAddressOverItsCommasUpToTheNextKey() {
            assertThat(masker.maskText("address=Moscow, Tverskaya st. 7 status=NEW"))
                    .isEqualTo("address=[masked:address] status=NEW");
        }

        @Test
        void masksAValueUnderAKeyInJsonHeldInAMessage() {
            assertThat(masker.maskText("got {\"fullName\":\"Anna Smith\",\"sku\":\"RING-1\"}"))
                    .isEqualTo("got {\"fullName\":\"[masked:name]\",\"sku\":\"RING-1\"}");
        }
    }

    @Nested
    class Addresses {

        @Test
        void keepsTheNetworkOfAClientIpMaskedByName() {
            assertThat(masker.maskValue("clientIp", "203.0.113.7")).isEqualTo("203.0.113.0/24");
            assertThat(masker.maskValue("clientIp", "2001:db8:85a3:8d3:1319:8a2e:370:7348"))
                    .isEqualTo("2001:db8:85a3::/48");
            assertThat(masker.maskValue("clientIp", "2001:db8::1")).isEqualTo("2001:db8:0::/48");
        }

        @Test
        void masksAnAddressThatIsNoIpLiteralWhole() {
            assertThat(masker.maskValue("clientIp", "host.example")).isEqualTo("[masked:ip_address]");
            assertThat(masker.maskValue("deliveryAddress", "Moscow, Tverskaya 7")).isEqualTo("[masked:address]");
            assertThat(masker.maskValue("clientIp", "999.1.1.1")).isEqualTo("[masked:ip_address]");
        }

        @Test
        void leavesAnIpInFreeTextAsItIs() {
            assertThat(masker.maskText("request from 203.0.113.7")).isEqualTo("request from 203.0.113.7");
        }
    }

    @Test
    void leavesADisabledNewKindUnmasked() {
        Masker noIban = Masker.of(MaskingPolicy.builder().disable(SensitiveKind.IBAN).build());
        assertThat(noIban.maskText("to DE89370400440532013000")).isEqualTo("to DE89370400440532013000");
    }

    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (0xFF10 + c - '0') : c);
        }
        return sb.toString();
    }
}
