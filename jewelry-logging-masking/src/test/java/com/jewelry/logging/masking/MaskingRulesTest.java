package com.jewelry.logging.masking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one parser of the textual rules: what each form means, and the error each bad form gives. */
class MaskingRulesTest {

    private static final String KEY = "test-key-0123456789-abcdef";

    @Test
    void everyTextualFormBuildsThePolicyItNames() {
        MaskingPolicy policy = new MaskingRules()
                .disable("disable", "phone")
                .fieldRule("fieldRule", "loyaltyCard=card")
                .fieldRule("fieldRule", "productName=none")
                .fieldRule("field-rules.giftCard", "giftCard", "other")
                .valueRule("valueRule", "loyalty-number|LC-\\d{8}|other")
                .valueRule("value-rules.order", "order", "ORD|X-\\d+", "token")
                .style("style", "card=marker")
                .pseudonymise("pseudonymise", "email")
                .pseudonymisationKey("key", KEY)
                .toPolicy();

        assertThat(policy.isEnabled(SensitiveKind.PHONE)).isFalse();
        assertThat(policy.fieldRules()).containsEntry("loyaltycard", SensitiveKind.CARD)
                .containsEntry("giftcard", SensitiveKind.OTHER);
        assertThat(policy.keptFields()).contains("productname");
        assertThat(policy.valueRules()).extracting(MaskingPolicy.ValueRule::name)
                .containsExactly("loyalty-number", "order");
        assertThat(policy.valueRules().get(1).kind()).isEqualTo(SensitiveKind.TOKEN);
        assertThat(policy.style(SensitiveKind.CARD)).isEqualTo(MaskingStyle.MARKER);
        assertThat(policy.style(SensitiveKind.EMAIL)).isEqualTo(MaskingStyle.PSEUDONYM);
        assertThat(policy.hasPseudonymisationKey()).isTrue();
        // the regular expression keeps its own '|': the name is before the first, the kind after the last
        assertThat(Masker.of(policy).maskText("X-123")).isEqualTo("[masked:token]");
    }

    @Test
    void pseudonymiseAllCoversPersonalDataButNotSecretsOrTokens() {
        MaskingPolicy policy = new MaskingRules().pseudonymise("p", "ALL").pseudonymisationKey("k", KEY).toPolicy();

        assertThat(policy.style(SensitiveKind.NAME)).isEqualTo(MaskingStyle.PSEUDONYM);
        assertThat(policy.style(SensitiveKind.SECRET)).isNotEqualTo(MaskingStyle.PSEUDONYM);
        assertThat(policy.style(SensitiveKind.TOKEN)).isNotEqualTo(MaskingStyle.PSEUDONYM);
    }

    @Test
    void anUnknownKindNamesTheOriginTheRuleAndTheKind() {
        assertThatThrownBy(() -> new MaskingRules().disable("jewelry.logging.masking.disable", "fone").toPolicy())
                .isInstanceOf(MaskingRuleException.class)
                .hasMessage("jewelry.logging.masking.disable 'fone': unknown sensitive kind 'fone'")
                .satisfies(e -> assertThat(((MaskingRuleException) e).origin())
                        .isEqualTo("jewelry.logging.masking.disable"));
    }

    @Test
    void aFieldRuleWithoutEqualsSignIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().fieldRule("<fieldRule>", "loyaltyCard").toPolicy())
                .hasMessage("<fieldRule> 'loyaltyCard': expected fieldName=kind");
    }

    @Test
    void aFieldRuleWithABlankNameIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().fieldRule("field-rules", " ", "card").toPolicy())
                .hasMessage("field-rules ' =card': a field rule needs a field name");
    }

    @Test
    void aValueRuleWithoutThreePartsIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().valueRule("<valueRule>", "broken-without-kind").toPolicy())
                .hasMessage("<valueRule> 'broken-without-kind': expected name|regex|kind");
    }

    @Test
    void aValueRuleWithAnEmptyRegexIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().valueRule("value-rules.x", "x", "", "other").toPolicy())
                .hasMessage("value-rules.x 'x||other': a value rule needs a regular expression");
    }

    @Test
    void aValueRuleWhoseRegexDoesNotCompileIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().valueRule("<valueRule>", "bad|LC-(\\d{8}|other").toPolicy())
                .hasMessageStartingWith("<valueRule> 'bad|LC-(\\d{8}|other': value rule regex does not compile: ");
    }

    @Test
    void aStyleWithoutEqualsSignOrWithAnUnknownStyleIsRefused() {
        assertThatThrownBy(() -> new MaskingRules().style("<style>", "card").toPolicy())
                .hasMessage("<style> 'card': expected kind=partial|marker|pseudonym");
        assertThatThrownBy(() -> new MaskingRules().style("<style>", "card=hidden").toPolicy())
                .hasMessage("<style> 'card=hidden': unknown masking style 'hidden' (partial, marker or pseudonym)");
    }

    @Test
    void pseudonymisingWithoutAKeyNamesBothSettings() {
        assertThatThrownBy(() -> new MaskingRules().pseudonymise("jewelry.logging.masking.pseudonymise", "email")
                .pseudonymisationKey("jewelry.logging.masking.pseudonymisation-key", null).toPolicy())
                .hasMessage("jewelry.logging.masking.pseudonymise: pseudonymisation needs a key "
                        + "(jewelry.logging.masking.pseudonymisation-key)");
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> new MaskingRules().pseudonymisationKey("<pseudonymisationKey>", "short-key")
                .toPolicy())
                .hasMessage("<pseudonymisationKey>: a pseudonymisation key needs at least 16 bytes")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("short-key"));
    }

    @Test
    void theLenientParserReportsEachBadRuleSkipsItAndAppliesTheGoodOnes() {
        List<MaskingRuleException> problems = new ArrayList<>();
        MaskingPolicy policy = new MaskingRules()
                .disable("<disable>", "fone")
                .fieldRule("<fieldRule>", "loyaltyCard=card")
                .valueRule("<valueRule>", "broken-without-kind")
                .toPolicy(problems::add);

        assertThat(problems).extracting(MaskingRuleException::origin).containsExactly("<disable>", "<valueRule>");
        assertThat(policy.fieldRules()).containsEntry("loyaltycard", SensitiveKind.CARD);
        assertThat(policy.disabledKinds()).isEmpty();
    }

    @Test
    void theLenientParserFallsBackToMarkersNeverToClearTextWhenTheKeyIsMissing() {
        List<MaskingRuleException> problems = new ArrayList<>();
        MaskingPolicy policy = new MaskingRules().pseudonymise("<pseudonymise>", "email").toPolicy(problems::add);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.getMessage())
                .isEqualTo("<pseudonymise>: pseudonymisation needs a key (pseudonymisationKey); "
                        + "pseudonymised kinds are fully masked instead"));
        assertThat(policy.style(SensitiveKind.EMAIL)).isEqualTo(MaskingStyle.MARKER);
        assertThat(Masker.of(policy).maskText("write to " + Fixtures.email())).isEqualTo("write to [masked:email]");
    }
}
