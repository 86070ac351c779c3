package com.jewelry.examples.mes;

import com.jewelry.logging.core.event.OrderStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The MES's HTTP API: quotes for the CRM and the shop, status reports from the workshop's terminals. */
@RestController
public class MesController {

    /** A status reported from the workshop. */
    public record StatusReport(String customerId, OrderStatus status) {
    }

    /** The order's status after the report. */
    public record StatusView(String orderNumber, OrderStatus status) {
    }

    private final CostCalculation calculation;
    private final QuoteBook quotes;
    private final ProductionBoard board;

    public MesController(CostCalculation calculation, QuoteBook quotes, ProductionBoard board) {
        this.calculation = calculation;
        this.quotes = quotes;
        this.board = board;
    }

    @PostMapping("/cost-calculations")
    public CostBreakdown calculate(@RequestBody CostJob job) {
        CostBreakdown breakdown = calculation.calculate(job);
        quotes.record(job, breakdown);
        return breakdown;
    }

    @PutMapping("/production/orders/{number}/status")
    public StatusView report(@PathVariable String number, @RequestBody StatusReport report) {
        return new StatusView(number, board.move(report.customerId(), number, report.status()));
    }

    @ExceptionHandler({BrokenModelException.class, IllegalArgumentException.class})
    ProblemDetail unprocessable(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
