package com.jewelry.examples.mes;

import com.jewelry.logging.masking.Sensitive;
import com.jewelry.logging.masking.SensitiveKind;

import java.util.List;

/** A request to price a piece: whose order it is, the alloy, the model and the stones to set. */
public record CostJob(
        String customerId,
        String orderNumber,
        /* the designer who asked, to send the quote back to */
        @Sensitive(kind = SensitiveKind.EMAIL) String requestedBy,
        String alloy,
        Model3d model,
        List<Stone> stones) {

    /** Stones of one kind set in the piece. */
    public record Stone(String kind, double caratWeight, int count) {
    }
}
