package com.jewelry.logging.analysis.report;

import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.NotificationSent;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import tools.jackson.databind.JsonNode;

/**
 * The event fields the report's figures are grouped by, taken from the events' definitions rather than written
 * again here: renaming a field in its record moves the report with it.
 */
final class ReportFields {

    static final String STATUS = path(OrderStatusChanged.TYPE, "order.status");
    static final String COST_DURATION = path(CostCalculationRequested.TYPE, "cost_calculation.duration_ms");
    static final String PARTNER = path(PartnerOrderReceived.TYPE, "partner.id");
    static final String PROCESSING_STATUS = path(PartnerOrderReceived.TYPE, "order.processing_status");
    static final String NOTIFICATION_TYPE = path(NotificationSent.TYPE, "notification.type");

    private ReportFields() {
    }

    /** The path, checked against the type's fields when the class loads: a renamed field fails every report test. */
    private static String path(EventType<?> type, String path) {
        for (EventField<?> field : type.fields()) {
            if (field.path().equals(path)) {
                return path;
            }
        }
        throw new IllegalStateException(type.name() + " has no field " + path);
    }

    /** The node at a dotted path of a line; a missing node when absent. */
    static JsonNode at(JsonNode line, String path) {
        JsonNode node = line;
        for (String segment : path.split("\\.")) {
            node = node.path(segment);
        }
        return node;
    }

    /** The text at a dotted path; empty when absent. */
    static String text(JsonNode line, String path) {
        return at(line, path).asString("");
    }
}
