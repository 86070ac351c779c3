package com.jewelry.logging.masking.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.Fixtures;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveKind;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The decisions of the one masking engine, token by token, as every driver asks them. */
class JsonMaskingEngineTest {

    private final Masker masker = Masker.of(MaskingPolicy.builder()
            .valueRule("account", "\\d{9,12}", SensitiveKind.OTHER).build());
    private final JsonMaskingEngine engine = new JsonMaskingEngine(Set.of("service"));

    private void beginObject() {
        engine.begin(masker);
        engine.startContainer();
    }

    @Test
    void aValueBelowASensitiveAncestorInheritsItsKindAndLeavingTheAncestorEndsIt() {
        beginObject();
        engine.name("deliveryAddress");
        engine.startContainer();
        engine.name("city");
        assertThat(engine.kindForValue()).isEqualTo(SensitiveKind.ADDRESS);
        assertThat(engine.maskString("Moscow")).isEqualTo("[masked:address]");
        engine.endValue();
        engine.endContainer();
        engine.name("city");
        assertThat(engine.kindForValue()).isNull();
        assertThat(engine.maskString("Moscow")).isSameAs("Moscow");
    }

    @Test
    void valuesAnywhereBelowAnUnscannedTopLevelNameAreNotScannedButNameRulesStillApply() {
        beginObject();
        engine.name("service");
        engine.startContainer();
        engine.name("note");
        assertThat(engine.mustScan()).isFalse();
        String text = "to " + Fixtures.email();
        assertThat(engine.maskString(text)).isSameAs(text);
        engine.name("email");
        assertThat(engine.maskString(Fixtures.email())).isEqualTo("i***@example.ru");
        engine.endContainer();
        engine.name("note");
        assertThat(engine.mustScan()).isTrue();
    }

    @Test
    void aNameThatIsItselfAnEMailIsWrittenMasked() {
        beginObject();
        assertThat(engine.onName(Fixtures.email())).isEqualTo("i***@example.ru");
        assertThat(engine.onName("orderId")).isSameAs("orderId");
    }

    @Test
    void numberTextThatIsNoValidJsonNumberIsScannedAndGivenBackAsText() {
        beginObject();
        engine.name("x");
        String card = Fixtures.dashed(Fixtures.card());
        String masked = engine.maskNumber(card);
        assertThat(masked).isNotNull();
        Fixtures.assertNoLeak(masked, card);
        assertThat(engine.maskNumber("00123")).isEqualTo("00123");
        assertThat(engine.maskNumber("+1")).isEqualTo("+1");
    }

    @Test
    void aValidNumberIsScannedOnlyFromTenIntegerDigitsOn() {
        beginObject();
        engine.name("x");
        assertThat(engine.maskNumber(123456789L)).isNull();
        assertThat(engine.maskNumber("123456789")).isNull();
        assertThat(engine.maskNumber(1234567890L)).isEqualTo("[masked:other]");
        assertThat(engine.maskNumber("-123456789012")).isEqualTo("-[masked:other]");
        assertThat(engine.maskNumber(new BigDecimal("1234567890.5"))).isEqualTo("[masked:other].5");
        assertThat(engine.maskNumber(new BigDecimal("123456789.12345"))).isNull();
        assertThat(engine.maskNumber("1.2345678901E10")).isNull();
    }

    @Test
    void numbersAndBooleansUnderASensitiveNameAreMaskedByKind() {
        beginObject();
        engine.name("cardNumber");
        assertThat(engine.maskNumber(Long.parseLong(Fixtures.card()))).startsWith("****");
        engine.name("password");
        assertThat(engine.maskBoolean(true)).isEqualTo("[masked:secret]");
        engine.name("active");
        assertThat(engine.maskBoolean(true)).isNull();
    }

    @Test
    void aDeclaredKindOverridesThePlainNameForTheNextValueOnly() {
        beginObject();
        engine.name("contact");
        engine.overrideKind(SensitiveKind.EMAIL);
        assertThat(engine.maskString("anything")).isEqualTo("[masked:email]");
        engine.endValue();
        assertThat(engine.kindForValue()).isNull();
    }

    @Test
    void quotingEscapesLineSeparatorsControlsAndLoneSurrogates() {
        StringBuilder out = new StringBuilder();
        JsonMaskingEngine.quote("a\"\\\n\r\t\u0001\u007f\u0085\u2028\u2029\uD83D\uDC8E\uD800z", out);

        assertThat(out.toString())
                .isEqualTo("\"a\\\"\\\\\\n\\r\\t\\u0001\\u007f\\u0085\\u2028\\u2029\uD83D\uDC8E\uFFFDz\"");
    }
}
