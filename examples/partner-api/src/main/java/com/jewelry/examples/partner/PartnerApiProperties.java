package com.jewelry.examples.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The partners allowed to call the API.
 *
 * @param keys         each partner's id and the SHA-256 (hex) of its API key; the keys themselves live only with the
 *                     partners, so neither the configuration nor a log line can leak one
 * @param creditLimits the most one order of a partner may be worth, in roubles
 */
@ConfigurationProperties("partner-api")
public record PartnerApiProperties(Map<String, String> keys, Map<String, BigDecimal> creditLimits) {

    public PartnerApiProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        creditLimits = creditLimits == null ? Map.of() : Map.copyOf(creditLimits);
    }
}
