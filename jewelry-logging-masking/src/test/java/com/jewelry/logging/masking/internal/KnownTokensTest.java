package com.jewelry.logging.masking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jewelry.logging.masking.SensitiveKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format gets tokens generated from its published shape (many per format, fixed seeds) that must be found
 * exactly, and near misses (one char short, glued inside a word, a look-alike prefix) that must be kept.
 */
class KnownTokensTest {

    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String URL_SAFE = ALNUM + "_-";
    private static final String BASE64 = ALNUM + "+/";
    private static final String DIGITS = "0123456789";

    private record Finding(SensitiveKind kind, String text) {
    }

    private static List<Finding> found(String text) {
        List<Finding> out = new ArrayList<>();
        KnownTokens.find(text, (kind, start, end) -> out.add(new Finding(kind, text.substring(start, end))));
        return out;
    }

    private static String random(SplittableRandom r, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** A format: how to make a valid token, the kind it is reported as, and near misses built from a valid one. */
    private record Format(String name, Function<SplittableRandom, String> token, SensitiveKind kind,
            Function<String, List<String>> nearMisses) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Format> formats() {
        return Stream.of(
                new Format("AWS access key id", r -> "AKIA" + random(r, UPPER_DIGITS, 16), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, t.length() - 1), "X" + t, t + "Q", "AKIB" + t.substring(4))),
                new Format("AWS temporary key id", r -> "ASIA" + random(r, UPPER_DIGITS, 16), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 19), t.toLowerCase())),
                new Format("GitHub personal token", r -> "ghp_" + random(r, ALNUM, 36), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 39), "x" + t, "ghz_" + t.substring(4))),
                new Format("GitHub OAuth token", r -> "gho_" + random(r, ALNUM, 36), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 30))),
                new Format("GitHub app token", r -> "ghs_" + random(r, ALNUM, 36), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 30))),
                new Format("GitHub fine-grained token",
                        r -> "github_pat_" + random(r, ALNUM, 22) + "_" + random(r, ALNUM, 59), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 40), "my" + t)),
                new Format("GitLab personal token", r -> "glpat-" + random(r, URL_SAFE, 20), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 20), "xglpat-" + t.substring(6))),
                new Format("Slack bot token",
                        r -> "xoxb-" + random(r, DIGITS, 12) + "-" + random(r, DIGITS, 13) + "-" + random(r, ALNUM, 24),
                        SensitiveKind.TOKEN, t -> List.of("xoxb-not-a-token-at-all", "xoxb-12", "a" + t)),
                new Format("Slack user token",
                        r -> "xoxp-" + random(r, DIGITS, 12) + "-" + random(r, DIGITS, 12) + "-" + random(r, ALNUM, 32),
                        SensitiveKind.TOKEN, t -> List.of("xoxq-" + t.substring(5))),
                new Format("Telegram bot token",
                        r -> (1 + r.nextInt(9)) + random(r, DIGITS, 9) + ":AA" + random(r, URL_SAFE, 33),
                        SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, t.length() - 1), t.substring(3), "7" + t, t + "x")),
                new Format("Stripe live secret key", r -> "sk_live_" + random(r, ALNUM, 24), SensitiveKind.SECRET,
                        t -> List.of(t.substring(0, 20), "pk_live_" + t.substring(8), "ask_live_" + t.substring(8))),
                new Format("Stripe test secret key", r -> "sk_test_" + random(r, ALNUM, 99), SensitiveKind.SECRET,
                        t -> List.of("sk_test_short")),
                new Format("Stripe restricted key", r -> "rk_live_" + random(r, ALNUM, 24), SensitiveKind.SECRET,
                        t -> List.of("rk_live_" + "abc")),
                new Format("Google API key", r -> "AIza" + random(r, URL_SAFE, 35), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 38), t + "Z", "XAIza" + t.substring(4))),
                new Format("Yandex OAuth token", r -> "y0_" + random(r, URL_SAFE, 55), SensitiveKind.TOKEN,
                        t -> List.of("y0_short_value", "y0_all_lower_case_words_joined_by_underscores_and_more_of")),
                new Format("Yandex OAuth token, old format", r -> "AQAAAAA" + random(r, ALNUM, 32),
                        SensitiveKind.TOKEN, t -> List.of(t.substring(0, 30), "x" + t)),
                new Format("SendGrid key",
                        r -> "SG." + random(r, URL_SAFE, 22) + "." + random(r, URL_SAFE, 43), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, t.length() - 1), "SG." + t.substring(4))),
                new Format("npm token", r -> "npm_" + random(r, ALNUM, 36), SensitiveKind.TOKEN,
                        t -> List.of(t.substring(0, 39), "npm_install_dependencies", "xnpm_" + t.substring(4))),
                new Format("OpenAI-style key", r -> "sk-" + random(r, ALNUM, 48), SensitiveKind.TOKEN,
                        t -> List.of("sk-order-service-name-for-the-shop-v2-api", "task-" + t.substring(3),
                                t.substring(0, 30))),
                new Format("OpenAI project key", r -> "sk-proj-" + random(r, URL_SAFE, 120), SensitiveKind.TOKEN,
                        t -> List.of("sk-proj-short")));
    }

    static Stream<Arguments> generatedTokens() {
        return formats().flatMap(f -> {
            SplittableRandom r = new SplittableRandom(f.name().hashCode());
            return Stream.generate(() -> Arguments.of(f, f.token().apply(r))).limit(25);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("generatedTokens")
    void findsAGeneratedTokenExactlyInEveryContext(Format format, String token) {
        for (String context : List.of("%s", "token=%s", "{\"key\":\"%s\"}", "Authorization: Bearer %s", "k: '%s'.",
                "см. %s, далее")) {
            String text = context.formatted(token);
            assertThat(found(text)).as("%s in context %s", format, context)
                    .containsExactly(new Finding(format.kind(), token));
        }
    }

    static Stream<Arguments> nearMisses() {
        return formats().flatMap(f -> {
            String valid = f.token().apply(new SplittableRandom(7));
            return f.nearMisses().apply(valid).stream().map(miss -> Arguments.of(f, miss));
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("nearMisses")
    void keepsANearMiss(Format format, String nearMiss) {
        assertThat(found("value=" + nearMiss + " end")).as(format.name()).isEmpty();
    }

    @Test
    void findsTheAwsSecretAccessKeyOnlyAfterItsKeyName() {
        String secret = random(new SplittableRandom(11), BASE64, 40);
        assertThat(found("aws_secret_access_key = " + secret)).containsExactly(new Finding(SensitiveKind.SECRET, secret));
        assertThat(found("AWS_SECRET_ACCESS_KEY=" + secret)).containsExactly(new Finding(SensitiveKind.SECRET, secret));
        assertThat(found("{\"secretAccessKey\":\"" + secret + "\"}"))
                .containsExactly(new Finding(SensitiveKind.SECRET, secret));
        assertThat(found("awsSecretAccessKey: " + secret)).containsExactly(new Finding(SensitiveKind.SECRET, secret));
        assertThat(found("checksum " + secret)).isEmpty();
        assertThat(found("aws_secret_access_key = " + secret.substring(1))).isEmpty();
        assertThat(found("aws_secret_access_key = " + secret + "X")).isEmpty();
    }

    @Test
    void findsTheSecretPathOfASlackWebhookButKeepsTheHost() {
        SplittableRandom r = new SplittableRandom(3);
        String path = "T" + random(r, UPPER_DIGITS, 8) + "/B" + random(r, UPPER_DIGITS, 8) + "/" + random(r, ALNUM, 24);
        assertThat(found("posting to https://hooks.slack.com/services/" + path + " failed"))
                .containsExactly(new Finding(SensitiveKind.SECRET, path));
        assertThat(found("see https://hooks.slack.com/services/ for docs")).isEmpty();
    }

    @Test
    void findsATelegramTokenGluedToBotInAnApiUrl() {
        String token = "123456789:AA" + random(new SplittableRandom(5), URL_SAFE, 33);
        assertThat(found("GET https://api.telegram.org/bot" + token + "/sendMessage"))
                .containsExactly(new Finding(SensitiveKind.TOKEN, token));
    }

    private static String pemBody(String label, String newline) {
        SplittableRandom r = new SplittableRandom(label.hashCode());
        StringBuilder sb = new StringBuilder("-----BEGIN ").append(label).append("-----").append(newline);
        for (int line = 0; line < 5; line++) {
            sb.append(random(r, BASE64, 64)).append(newline);
        }
        return sb.append("-----END ").append(label).append("-----").toString();
    }

    @Test
    void findsAWholePrivateKeyBlockWithRawOrEscapedNewlines() {
        for (String label : List.of("PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK")) {
            for (String newline : List.of("\n", "\\n", "\r\n", " ")) {
                String block = pemBody(label, newline);
                assertThat(found("key loaded: " + block + " from vault")).as(label)
                        .containsExactly(new Finding(SensitiveKind.SECRET, block));
            }
        }
    }

    @Test
    void masksToTheEndOfTheTextWhenAPrivateKeyHasNoEndLine() {
        String block = pemBody("RSA PRIVATE KEY", "\\n");
        String cut = block.substring(0, block.length() / 2);
        assertThat(found("key=" + cut)).containsExactly(new Finding(SensitiveKind.SECRET, cut));
    }

    @Test
    void keepsCertificatesAndPublicKeys() {
        assertThat(found("cert " + pemBody("CERTIFICATE", "\n"))).isEmpty();
        assertThat(found(pemBody("PUBLIC KEY", "\\n"))).isEmpty();
        assertThat(found("-----BEGIN nothing")).isEmpty();
    }

    @Test
    void findsSeveralTokensInOneLineInOrder() {
        SplittableRandom r = new SplittableRandom(9);
        String github = "ghp_" + random(r, ALNUM, 36);
        String npm = "npm_" + random(r, ALNUM, 36);
        String aws = "AKIA" + random(r, UPPER_DIGITS, 16);
        assertThat(found("gh=" + github + "; npm=" + npm + ", aws=" + aws)).containsExactly(
                new Finding(SensitiveKind.TOKEN, github), new Finding(SensitiveKind.TOKEN, npm),
                new Finding(SensitiveKind.TOKEN, aws));
    }

    @Test
    void keepsOrdinaryLogText() {
        for (String text : List.of("Order ORD-2026-000123 paid by card, sku=R-585-17, skus=[1,2]",
                "Basic necklace, hairpin: 3, spin=3, OAuth: on", "task-runner finished in 12 ms",
                "AKIA is a prefix", "1700000000:1700000001", "xoxb- is a Slack prefix", "------ separator ------",
                "at com.jewelry.shop.OrderService.create(OrderService.java:42)")) {
            assertThat(found(text)).as(text).isEmpty();
        }
    }

    @Test
    void neverThrowsAndReportsOnlyRangesInsideTheTextOnRandomPrefixSoup() {
        SplittableRandom random = new SplittableRandom(2026);
        String[] pieces = {"AKIA", "ASIA", "AIza", "AQAAAA", "ghp_", "github_pat_", "glpat-", "xoxb-", "sk-", "sk_live_",
            "rk_live_", "y0_", "npm_", "SG.", ".", "-----BEGIN ", "PRIVATE KEY", "-----", "-----END ", "\\n",
            "hooks.slack.com/services/", "bot", "123456789", ":", "aws_secret_access_key=", " ", "_", "-", "/",
            random(random, ALNUM, 16), random(random, UPPER_DIGITS, 16), random(random, ALNUM, 36),
            random(random, URL_SAFE, 35), random(random, BASE64, 40)};
        int findings = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int[] count = {0};
            KnownTokens.find(text, (kind, start, end) -> {
                assertThat(start).isBetween(0, end - 1);
                assertThat(end).isLessThanOrEqualTo(text.length());
                count[0]++;
            });
            findings += count[0];
        }
        assertThat(findings).as("the soup reaches the detectors").isGreaterThan(100);
    }
}
