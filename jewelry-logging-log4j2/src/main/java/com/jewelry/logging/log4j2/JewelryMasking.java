package com.jewelry.logging.log4j2;

import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.MaskingRuleException;
import com.jewelry.logging.masking.MaskingRules;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.config.plugins.PluginValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The masking rules of a {@link JewelryJsonLayout}, with the meaning and syntax of the Logback encoder's
 * {@code <masking>} element. Lists are comma-separated; value rules, whose regular expressions may hold commas,
 * are child elements:
 * <pre>{@code
 * <JewelryMasking disable="phone" fieldRules="loyaltyCard=card, productName=none" styles="card=marker"
 *                 pseudonymise="email" pseudonymisationKey="${env:MASKING_KEY}">
 *   <MaskingValueRule>loyalty-number|LC-\d{8}|other</MaskingValueRule>
 * </JewelryMasking>
 * }</pre>
 * Without it every built-in kind is masked. The rules are read by the masking module's one parser
 * ({@link MaskingRules}); a broken rule is reported on Log4j2's status logger, naming the attribute, and skipped.
 */
@Plugin(name = "JewelryMasking", category = Node.CATEGORY, printObject = true)
public final class JewelryMasking {

    private final List<String> disabled;
    private final List<String> fieldRules;
    private final List<String> styles;
    private final List<String> pseudonymised;
    private final List<String> valueRules;
    private final String pseudonymisationKey;

    private JewelryMasking(List<String> disabled, List<String> fieldRules, List<String> styles,
            List<String> pseudonymised, List<String> valueRules, String pseudonymisationKey) {
        this.disabled = disabled;
        this.fieldRules = fieldRules;
        this.styles = styles;
        this.pseudonymised = pseudonymised;
        this.valueRules = valueRules;
        this.pseudonymisationKey = pseudonymisationKey;
    }

    /**
     * @param disable             kinds not to mask, e.g. {@code phone}
     * @param fieldRules          {@code fieldName=kind}; kind {@code none} exempts a name
     * @param styles              {@code kind=partial|marker|pseudonym}
     * @param pseudonymise        kinds written as keyed pseudonyms; {@code all} for every personal-data kind
     * @param pseudonymisationKey the HMAC key (at least 16 bytes), from the environment; never logged
     * @param valueRules          {@code name|regex|kind}
     */
    @PluginFactory
    public static JewelryMasking create(
            @PluginAttribute("disable") String disable,
            @PluginAttribute("fieldRules") String fieldRules,
            @PluginAttribute("styles") String styles,
            @PluginAttribute("pseudonymise") String pseudonymise,
            @PluginAttribute(value = "pseudonymisationKey", sensitive = true) String pseudonymisationKey,
            @PluginElement("MaskingValueRule") ValueRule[] valueRules) {
        List<String> rules = new ArrayList<>();
        if (valueRules != null) {
            for (ValueRule rule : valueRules) {
                if (rule != null && rule.rule() != null && !rule.rule().isBlank()) {
                    rules.add(rule.rule().trim());
                }
            }
        }
        return new JewelryMasking(split(disable), split(fieldRules), split(styles), split(pseudonymise), rules,
                pseudonymisationKey);
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** The rules through the masking module's one parser; each bad rule goes to {@code problems} and is skipped. */
    MaskingPolicy toPolicy(Consumer<MaskingRuleException> problems) {
        MaskingRules rules = new MaskingRules();
        disabled.forEach(kind -> rules.disable("disable", kind));
        fieldRules.forEach(rule -> rules.fieldRule("fieldRules", rule));
        valueRules.forEach(rule -> rules.valueRule("MaskingValueRule", rule));
        styles.forEach(rule -> rules.style("styles", rule));
        pseudonymised.forEach(kind -> rules.pseudonymise("pseudonymise", kind));
        rules.pseudonymisationKey("pseudonymisationKey", pseudonymisationKey);
        return rules.toPolicy(problems);
    }

    @Override
    public String toString() {
        return "JewelryMasking[disable=" + disabled + ", fieldRules=" + fieldRules + ", valueRules=" + valueRules
                + ", styles=" + styles + ", pseudonymise=" + pseudonymised + "]";
    }

    /** One {@code name|regex|kind} value rule: {@code <MaskingValueRule>loyalty-number|LC-\d{8}|other</MaskingValueRule>}. */
    @Plugin(name = "MaskingValueRule", category = Node.CATEGORY, printObject = true)
    public record ValueRule(String rule) {

        @PluginFactory
        public static ValueRule create(@PluginValue("rule") String rule) {
            return new ValueRule(rule);
        }
    }
}
