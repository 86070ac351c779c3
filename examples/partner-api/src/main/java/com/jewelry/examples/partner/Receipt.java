package com.jewelry.examples.partner;

import com.jewelry.logging.core.event.ProcessingStatus;

import java.util.List;

/** What the API answers a partner: the status and, for a refused order, why (field names, never values). */
public record Receipt(String orderNumber, ProcessingStatus status, List<String> problems) {
}
