package com.jewelry.examples.shop;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

/** How the shop reaches the customer about an order. */
public record CustomerContact(@Sensitive(kind = SensitiveKind.EMAIL) String email,
                              @Sensitive(kind = SensitiveKind.PHONE) String phone) {
}
