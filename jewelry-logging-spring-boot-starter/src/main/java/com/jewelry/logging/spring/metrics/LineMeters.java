package com.jewelry.logging.spring.metrics;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventLine;
import com.jewelry.logging.core.EventOutcome;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.CostCalculationRequested;
import com.jewelry.logging.core.event.PartnerOrderReceived;
import com.jewelry.logging.spring.backend.LineObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.event.Level;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Observes every line that reaches the root logger (on Logback or Log4j2) and counts it: lines by level, and for
 * lines that carry a typed event, the event by name and outcome, the cost calculation's time and partner orders by
 * status. Counting at the root sees every event, whichever {@code EventLogger} wrote it, without touching the core.
 */
final class LineMeters implements LineObserver {

    static final String NAME = "JEWELRY_METRICS";

    private final MeterRegistry registry;
    private final String system;
    private final Counter error;
    private final Counter warn;
    private final Counter info;
    private final Counter debug;
    private final Counter trace;
    private volatile Timer costCalculation;
    private final Map<EventType<?>, Counter[]> events = new ConcurrentHashMap<>();
    private final Map<String, Counter> partnerOrders = new ConcurrentHashMap<>();

    LineMeters(MeterRegistry registry, String system) {
        this.registry = registry;
        this.system = system;
        this.error = lines("error");
        this.warn = lines("warn");
        this.info = lines("info");
        this.debug = lines("debug");
        this.trace = lines("trace");
        // an MES-only meter: a SHOP service must not export an empty histogram; another system registers it only
        // if it ever logs the event
        if (SystemName.MES.name().equals(system)) {
            costCalculation();
        }
    }

    private Timer costCalculation() {
        Timer timer = costCalculation;
        if (timer == null) {
            timer = Timer.builder("jewelry.cost_calculation")
                    .description("Time the MES spent calculating the cost of a piece")
                    .tag("system", system)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofMinutes(5))
                    .register(registry); // the registry returns the same timer to a racing second caller
            costCalculation = timer;
        }
        return timer;
    }

    private Counter lines(String level) {
        return Counter.builder("jewelry.logging.lines").description("Log lines written, by level")
                .tag("level", level).register(registry);
    }

    @Override
    public void line(Level level, Object[] arguments) {
        countLine(level);
        if (arguments == null) {
            return;
        }
        BusinessEvent event = null;
        EventOutcome outcome = EventOutcome.SUCCESS;
        for (Object argument : arguments) {
            if (argument instanceof EventLine eventLine && event == null) {
                event = eventLine.event();
                outcome = eventLine.outcome() != null ? eventLine.outcome() : EventOutcome.SUCCESS;
            } else if (argument instanceof BusinessEvent e && event == null) {
                event = e;
            } else if (argument instanceof EventOutcome o) {
                outcome = o;
            }
        }
        if (event != null) {
            countEvent(event, outcome);
        }
    }

    private void countLine(Level level) {
        switch (level) {
            case ERROR -> error.increment();
            case WARN -> warn.increment();
            case INFO -> info.increment();
            case DEBUG -> debug.increment();
            case TRACE -> trace.increment();
        }
    }

    private void countEvent(BusinessEvent event, EventOutcome outcome) {
        EventType<?> type = event.type();
        if (type == null) {
            return;
        }
        Counter[] counters = events.computeIfAbsent(type, t -> new Counter[] {eventCounter(t, EventOutcome.SUCCESS),
                eventCounter(t, EventOutcome.FAILURE)});
        counters[outcome.ordinal()].increment();
        if (event instanceof CostCalculationRequested requested && requested.calculationTime() != null) {
            costCalculation().record(requested.calculationTime());
        } else if (event instanceof PartnerOrderReceived received) {
            String partner = received.partnerId() != null ? received.partnerId() : "unknown";
            String status = received.processingStatus() != null ? received.processingStatus().name() : "unknown";
            partnerOrders.computeIfAbsent(partner + '\u0000' + status, key -> Counter.builder("jewelry.partner_orders")
                    .description("Orders received from partner jewellers, by what the API did with them")
                    .tags("system", system, "partner", partner, "status", status).register(registry)).increment();
        }
    }

    private Counter eventCounter(EventType<?> type, EventOutcome outcome) {
        return Counter.builder("jewelry.events").description("Business events logged, by name and outcome")
                .tags("system", system, "event", type.name(), "outcome", outcome.jsonValue()).register(registry);
    }
}
