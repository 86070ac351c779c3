package com.jewelry.examples.crm;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

/** A customer card in the CRM. Only {@code id} may be logged as it is. */
public record Customer(
        String id,
        @Sensitive(kind = SensitiveKind.NAME) String fullName,
        @Sensitive(kind = SensitiveKind.EMAIL) String email,
        @Sensitive(kind = SensitiveKind.PHONE) String phone,
        @Sensitive(kind = SensitiveKind.ADDRESS) String postalAddress) {

    Customer withContacts(Contacts contacts) {
        return new Customer(id, fullName, contacts.email(), contacts.phone(), postalAddress);
    }
}
