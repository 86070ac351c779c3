package com.jewelry.examples.crm;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

/** What a manager changes on an order; a null field stays as it is. */
public record Amendment(String engraving, String deliverySlot,
                        @Sensitive(kind = SensitiveKind.ADDRESS) String deliverTo) {
}
