package com.jewelry.examples.crm;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

/** How the customer wants to be reached from now on. */
public record Contacts(@Sensitive(kind = SensitiveKind.EMAIL) String email,
                       @Sensitive(kind = SensitiveKind.PHONE) String phone) {
}
