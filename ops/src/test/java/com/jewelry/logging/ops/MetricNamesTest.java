package com.jewelry.logging.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MetricNamesTest {

    @Test
    void findsAMistypedMetricName() {
        assertThat(MetricNames.unknownIn(List.of("sum(rate(jewelry_event_total{event=\"order.created\"}[5m]))")))
                .containsExactly("jewelry_event_total");
    }

    @Test
    void ignoresRecordingRulesAndLabelValues() {
        assertThat(MetricNames.usedIn(List.of(
                "system:jewelry_orders_created:rate5m > 3 * on() group_left vector(1)",
                "jewelry_partner_orders_total{status=\"jewelry_not_a_metric\"}")))
                .containsExactly("jewelry_partner_orders_total");
    }
}
