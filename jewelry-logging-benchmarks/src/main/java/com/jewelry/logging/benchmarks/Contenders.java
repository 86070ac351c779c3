package com.jewelry.logging.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.jewelry.logging.core.logback.JewelryJsonEncoder;
import com.jewelry.logging.log4j2.JewelryJsonLayout;
import com.jewelry.logging.masking.MaskingPolicy;
import com.jewelry.logging.masking.SensitiveKind;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.util.StringMap;
import org.slf4j.event.KeyValuePair;

import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;

/** Builds each contender and the event it encodes, so the JMH classes and the smoke test share one set-up. */
final class Contenders {

    /** The field names the peers' masking is told about. */
    static final String[] SENSITIVE_PATHS = {"customerEmail", "phone", "deliveryAddress"};
    static final String EMAIL_REGEX = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
    static final String PHONE_REGEX = "(?:\\+7|8)[\\s(-]*\\d{3}[\\s)-]*\\d{3}[\\s-]*\\d{2}[\\s-]*\\d{2}";
    static final String CARD_REGEX = "\\b(?:\\d[ -]?){12,18}\\d\\b";

    private Contenders() {
    }

    static LoggerContext logbackContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.getMDCAdapter().put("traceId", OrderFixture.TRACE_ID);
        context.getMDCAdapter().put("spanId", OrderFixture.SPAN_ID);
        return context;
    }

    /** (1) and (2): logstash-logback-encoder with the order as structured arguments. */
    static LogstashEncoder lle(LoggerContext context, boolean lleMasking) {
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        if (lleMasking) {
            MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
            for (String path : SENSITIVE_PATHS) {
                masking.addPath(path);
            }
            masking.addValue(EMAIL_REGEX);
            masking.addValue(PHONE_REGEX);
            masking.addValue(CARD_REGEX);
            masking.start();
            encoder.addDecorator(masking);
        }
        encoder.start();
        return encoder;
    }

    static LoggingEvent structuredEvent(LoggerContext context, int items, String message) {
        LoggingEvent event = new LoggingEvent(Contenders.class.getName(), context.getLogger(OrderFixture.LOGGER), Level.INFO,
                message.length() > 100 ? message : "Order {} created for customer {}", null,
                new Object[] {
                        value("orderNumber", OrderFixture.ORDER_NUMBER),
                        value("customerId", OrderFixture.CUSTOMER_ID),
                        kv("items", OrderFixture.items(items)),
                        kv("total", OrderFixture.total(items)),
                        kv("currency", "RUB"),
                        kv("customerEmail", OrderFixture.EMAIL),
                        kv("phone", OrderFixture.PHONE),
                        kv("deliveryAddress", OrderFixture.ADDRESS)});
        return prepared(event);
    }

    /** (5): this library's encoder; masking is always on. {@code fieldRules} extra rules test the cost of rules. */
    static JewelryJsonEncoder jewelry(LoggerContext context, int extraFieldRules) {
        JewelryJsonEncoder encoder = new JewelryJsonEncoder();
        encoder.setContext(context);
        encoder.setSystem("SHOP");
        encoder.setServiceName("shop-checkout");
        encoder.setEnvironment("prod");
        if (extraFieldRules > 0) {
            MaskingPolicy.Builder policy = MaskingPolicy.builder();
            for (int i = 0; i < extraFieldRules; i++) {
                policy.fieldRule("loyaltyField" + i, SensitiveKind.OTHER);
            }
            encoder.getMasking().setPolicy(policy.build());
        }
        encoder.start();
        return encoder;
    }

    /** The typed event as EventLogger logs it, with the contacts as key-value pairs (masked by name and value). */
    static LoggingEvent typedEvent(LoggerContext context, int items, String message, boolean contacts) {
        LoggingEvent event = new LoggingEvent(Contenders.class.getName(), context.getLogger(OrderFixture.LOGGER), Level.INFO,
                "{}", null, new Object[] {OrderFixture.eventLine(items, message)});
        if (contacts) {
            event.addKeyValuePair(new KeyValuePair("customerEmail", OrderFixture.EMAIL));
            event.addKeyValuePair(new KeyValuePair("phone", OrderFixture.PHONE));
            event.addKeyValuePair(new KeyValuePair("deliveryAddress", OrderFixture.ADDRESS));
        }
        return prepared(event);
    }

    private static LoggingEvent prepared(LoggingEvent event) {
        event.setThreadName(OrderFixture.THREAD);
        event.getFormattedMessage();
        event.getMDCPropertyMap();
        return event;
    }

    /** (3): Log4j2's JsonTemplateLayout with the same fields as message parameters. */
    static JsonTemplateLayout log4j2Template() {
        String template = """
                {
                  "@timestamp": {"$resolver": "timestamp", "pattern": {"format": "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", "timeZone": "UTC"}},
                  "level": {"$resolver": "level", "field": "name"},
                  "logger_name": {"$resolver": "logger", "field": "name"},
                  "thread_name": {"$resolver": "thread", "field": "name"},
                  "message": {"$resolver": "message", "stringified": true},
                  "mdc": {"$resolver": "mdc"},
                  "orderNumber": {"$resolver": "messageParameter", "index": 0},
                  "customerId": {"$resolver": "messageParameter", "index": 1},
                  "items": {"$resolver": "messageParameter", "index": 2},
                  "total": {"$resolver": "messageParameter", "index": 3},
                  "currency": {"$resolver": "messageParameter", "index": 4},
                  "customerEmail": {"$resolver": "messageParameter", "index": 5},
                  "phone": {"$resolver": "messageParameter", "index": 6},
                  "deliveryAddress": {"$resolver": "messageParameter", "index": 7}
                }
                """;
        return JsonTemplateLayout.newBuilder()
                .setConfiguration(new DefaultConfiguration())
                .setEventTemplate(template)
                .build();
    }

    static LogEvent log4j2TemplateEvent(int items) {
        Object[] parameters = {OrderFixture.ORDER_NUMBER, OrderFixture.CUSTOMER_ID, OrderFixture.itemMaps(items),
                OrderFixture.total(items), "RUB", OrderFixture.EMAIL, OrderFixture.PHONE, OrderFixture.ADDRESS};
        return log4jEvent(new ParameterizedMessage("Order {} created for customer {}", parameters));
    }

    /** (6): this library on Log4j2. */
    static JewelryJsonLayout log4j2Jewelry() {
        return JewelryJsonLayout.newBuilder().setSystem("SHOP").setServiceName("shop-checkout").setEnvironment("prod").build();
    }

    static LogEvent log4j2JewelryEvent(int items) {
        // Log4j2 has no per-call key-value pairs: the contacts travel in the context data instead
        return log4jEvent(new ParameterizedMessage("{}", new Object[] {OrderFixture.eventLine(items, OrderFixture.message(0))}),
                true);
    }

    private static LogEvent log4jEvent(org.apache.logging.log4j.message.Message message) {
        return log4jEvent(message, false);
    }

    private static LogEvent log4jEvent(org.apache.logging.log4j.message.Message message, boolean contacts) {
        StringMap mdc = ContextDataFactory.createContextData();
        mdc.putValue("traceId", OrderFixture.TRACE_ID);
        mdc.putValue("spanId", OrderFixture.SPAN_ID);
        if (contacts) {
            mdc.putValue("customerEmail", OrderFixture.EMAIL);
            mdc.putValue("phone", OrderFixture.PHONE);
            mdc.putValue("deliveryAddress", OrderFixture.ADDRESS);
        }
        mdc.freeze();
        return Log4jLogEvent.newBuilder().setLoggerName(OrderFixture.LOGGER)
                .setLevel(org.apache.logging.log4j.Level.INFO).setMessage(message)
                .setContextData(mdc).setThreadName(OrderFixture.THREAD)
                .setTimeMillis(OrderFixture.TIME.toEpochMilli()).build();
    }
}
