package com.jewelry.examples.partner;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /partner/v1/orders}: the one call partners make. */
@RestController
public class PartnerOrderController {

    private final PartnerOrderIntake intake;

    public PartnerOrderController(PartnerOrderIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/partner/v1/orders")
    public ResponseEntity<Receipt> receive(@RequestAttribute(ApiKeyFilter.PARTNER_ID) String partnerId,
                                           @RequestBody PartnerOrderRequest order) {
        Receipt receipt = intake.receive(partnerId, order);
        HttpStatus status = switch (receipt.status()) {
            case ACCEPTED -> HttpStatus.CREATED;
            case DUPLICATE -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case REJECTED -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return ResponseEntity.status(status).body(receipt);
    }
}
