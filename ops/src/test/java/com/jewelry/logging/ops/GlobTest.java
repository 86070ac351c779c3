package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void familiesOfDifferentStreamsDoNotOverlap() {
        assertThat(Glob.overlap("jewelry-mes-operational-*", "jewelry-mes-error-*")).isFalse();
    }

    @Test
    void aStreamWideWildcardOverlapsEverySystemOfThatStream() {
        assertThat(Glob.overlap("jewelry-*-error-*", "jewelry-shop-error-*")).isTrue();
        assertThat(Glob.overlap("jewelry-*", "jewelry-api-access-*")).isTrue();
    }

    @Test
    void matchesBackingIndicesButNotTheAlias() {
        assertThat(Glob.matches("jewelry-api-access-*", "jewelry-api-access-000001")).isTrue();
        assertThat(Glob.matches("jewelry-api-access-*", "jewelry-api-access")).isFalse();
        assertThat(Glob.matches("jewelry-*-access", "jewelry-api-access")).isTrue();
    }
}
