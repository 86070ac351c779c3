package com.jewelry.logging.spring.aop;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.spring.aop.OrderFixtures.Customer;
import com.jewelry.logging.spring.aop.OrderFixtures.Order;
import com.jewelry.logging.spring.aop.OrderFixtures.OrderService;
import com.jewelry.logging.spring.autoconfigure.DebugAnnotationAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.EventAnnotationAutoConfiguration;
import com.jewelry.logging.spring.autoconfigure.JewelryLoggingAutoConfiguration;
import com.jewelry.logging.spring.support.JsonLineRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.jewelry.logging.spring.support.JsonLines.at;
import static com.jewelry.logging.spring.support.JsonLines.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogEventAnnotationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JewelryLoggingAutoConfiguration.class,
                    EventAnnotationAutoConfiguration.class, DebugAnnotationAutoConfiguration.class))
            .withPropertyValues("jewelry.logging.system=CRM");
    private JsonLineRecorder recorder;

    @BeforeEach
    void record() {
        recorder = new JsonLineRecorder("CRM");
    }

    @AfterEach
    void stop() {
        recorder.close();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(OrderService.class).setLevel(null);
    }

    @Test
    void logsTheStatusChangeWithFieldsPickedFromArgumentsAndResult() {
        runner.withBean(OrderService.class).run(context -> {
            context.getBean(OrderService.class).confirm(new Order("ORD-2026-000123", new Customer("C-42"), OrderStatus.NEW));

            List<JsonNode> lines = recorder.event("order.status_changed");
            assertThat(lines).hasSize(1);
            JsonNode line = lines.get(0);
            assertThat(text(line, "customer.id")).isEqualTo("C-42");
            assertThat(text(line, "order.number")).isEqualTo("ORD-2026-000123");
            assertThat(text(line, "order.status")).isEqualTo("CONFIRMED");
            assertThat(text(line, "order.previous_status")).isEqualTo("NEW");
            assertThat(text(line, "event.outcome")).isEqualTo("success");
            assertThat(text(line, "log.logger")).isEqualTo(OrderService.class.getName());
            assertThat(at(line, "event.invalid")).isNull();
        });
    }

    @Test
    void rethrowsTheOriginalExceptionAndLogsTheEventAsAFailure() {
        runner.withBean(OrderService.class).run(context -> {
            OrderService service = context.getBean(OrderService.class);

            assertThatThrownBy(() -> service.confirm(new Order("FAIL", new Customer("C-42"), OrderStatus.NEW)))
                    .isExactlyInstanceOf(IllegalStateException.class).hasMessage("stock reservation failed");

            JsonNode line = recorder.event("order.status_changed").get(0);
            assertThat(text(line, "event.outcome")).isEqualTo("failure");
            assertThat(text(line, "log.level")).isEqualTo("ERROR");
            assertThat(text(line, "error.type")).isEqualTo(IllegalStateException.class.getName());
            assertThat(text(line, "order.number")).isEqualTo("FAIL");
        });
    }

    @Test
    void aNullOnTheExpressionPathLeavesTheFieldOutAndFlagsItWithoutBreakingTheCall() {
        runner.withBean(OrderService.class).run(context -> {
            Order confirmed = context.getBean(OrderService.class).confirm(new Order("ORD-7", null, OrderStatus.NEW));

            assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
            JsonNode line = recorder.event("order.status_changed").get(0);
            assertThat(text(line, "customer.id")).isNull();
            assertThat(at(line, "event.invalid").toString()).contains("customer.id");
        });
    }

    @Test
    void measuresTheTimeTheCostCalculationTook() {
        runner.withBean(OrderService.class).run(context -> {
            context.getBean(OrderService.class).calculate("C-1", "ORD-9", "MODEL-3");

            JsonNode line = recorder.event("cost_calculation.requested").get(0);
            assertThat(text(line, "cost_calculation.model_id")).isEqualTo("MODEL-3");
            assertThat(at(line, "cost_calculation.duration_ms").asLong()).isGreaterThanOrEqualTo(40);
        });
    }

    @Test
    void convertsAConstantNameToTheEventsEnumeration() {
        runner.withBean(OrderService.class).run(context -> {
            context.getBean(OrderService.class).accept("partner-7", "P-100");

            JsonNode line = recorder.event("partner_order.received").get(0);
            assertThat(text(line, "partner.id")).isEqualTo("partner-7");
            assertThat(text(line, "order.processing_status")).isEqualTo("ACCEPTED");
        });
    }

    @Test
    void aMisspelledPropertyStopsTheStartNamingTheMethodAndTheExpression() {
        runner.withBean(OrderFixtures.MisspelledService.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("MisspelledService.change")
                    .hasMessageContaining("#order.custmer.id")
                    .hasMessageContaining("no property 'custmer'");
        });
    }

    @Test
    void anAttributeTheEventDoesNotHaveStopsTheStart() {
        runner.withBean(OrderFixtures.WrongFieldService.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("WrongFieldService.notify")
                    .hasMessageContaining("'cost'")
                    .hasMessageContaining("is not a field of notification.sent")
                    .hasMessageContaining("notificationType");
        });
    }

    @Test
    void aValueWhoseDeclaredTypeCannotBecomeTheFieldsTypeStopsTheStartNamingTheExpectedType() {
        runner.withBean(OrderFixtures.WrongTypeService.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("WrongTypeService.place")
                    .hasMessageContaining("#result.basket")
                    .hasMessageContaining("List<OrderFixtures$BasketLine>")
                    .hasMessageContaining("expects List<OrderItem>");
        });
    }

    @Test
    void aFailedCallIsOneErrorLineWithTheFieldsThatDoNotNeedTheResultAndTheSameExceptionIsRethrown() {
        runner.withBean(OrderFixtures.CheckoutService.class).run(context -> {
            OrderFixtures.CheckoutService service = context.getBean(OrderFixtures.CheckoutService.class);

            assertThatThrownBy(() -> service.place("C-42", "FAIL"))
                    .isExactlyInstanceOf(IllegalStateException.class).hasMessage("payment declined");

            List<JsonNode> written = recorder.lines().stream()
                    .filter(l -> List.of("business", "diagnostic").contains(text(l, "event.category"))).toList();
            assertThat(written).as("one failure line and no diagnostics").hasSize(1);
            JsonNode line = written.get(0);
            assertThat(text(line, "event.action")).isEqualTo("order.created");
            assertThat(text(line, "log.level")).isEqualTo("ERROR");
            assertThat(text(line, "event.outcome")).isEqualTo("failure");
            assertThat(text(line, "error.type")).isEqualTo(IllegalStateException.class.getName());
            assertThat(text(line, "customer.id")).isEqualTo("C-42");
            assertThat(at(line, "order")).isNull();
            assertThat(text(line, "message")).doesNotContain("null").isEqualTo("Order created (failed)");
        });
    }

    @Test
    void aSuccessfulCallWithAListFromTheResultWritesTheItems() {
        runner.withBean(OrderFixtures.CheckoutService.class).run(context -> {
            context.getBean(OrderFixtures.CheckoutService.class).place("C-42", "ring");

            JsonNode line = recorder.event("order.created").get(0);
            assertThat(text(line, "order.number")).isEqualTo("ORD-1");
            assertThat(at(line, "order.items").get(0).get("sku").asString()).isEqualTo("RING-1");
            assertThat(at(line, "event.invalid")).isNull();
        });
    }

    @Test
    void aRequiredFieldLeftUnboundStopsTheStart() {
        runner.withBean(OrderFixtures.UnboundRequiredService.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("UnboundRequiredService.place")
                    .hasMessageContaining("'orderNumber' is required by order.created (OrderCreated) but not bound");
        });
    }

    @Test
    void anExpressionThatDoesNotParseStopsTheStart() {
        runner.withBean(OrderFixtures.BrokenSyntaxService.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("BrokenSyntaxService.create")
                    .hasMessageContaining("#order.customer.id)");
        });
    }

    @Test
    void writesNothingAtDebugWhenDebugIsOffForTheClass() {
        runner.withBean(OrderService.class).run(context -> {
            context.getBean(OrderService.class).engrave("ORD-5", "+7 916 123-45-67");

            assertThat(recorder.lines()).noneMatch(line -> "DEBUG".equals(text(line, "log.level")));
        });
    }

    @Test
    void writesArgumentsAndResultAtDebugWithSensitiveArgumentsMasked() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(OrderService.class).setLevel(Level.DEBUG);
        runner.withBean(OrderService.class).run(context -> {
            context.getBean(OrderService.class).engrave("ORD-5", "+7 916 123-45-67");

            JsonNode line = recorder.lines().stream().filter(l -> "DEBUG".equals(text(l, "log.level"))).findFirst().orElseThrow();
            assertThat(text(line, "detail.orderNumber")).isEqualTo("ORD-5");
            assertThat(text(line, "detail.result")).isEqualTo("engraved ORD-5");
            assertThat(text(line, "detail.contactPhone")).isNotBlank();
            assertThat(recorder.text()).doesNotContain("916 123-45-67").doesNotContain("9161234567");
        });
    }
}
