package com.jewelry.logging.test;

import com.jewelry.logging.core.BusinessEvent;
import com.jewelry.logging.core.EventField;
import com.jewelry.logging.core.EventLogger;
import com.jewelry.logging.core.EventType;
import com.jewelry.logging.core.FieldKind;
import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.EventCatalogue;
import com.jewelry.logging.core.event.FieldChange;
import com.jewelry.logging.core.event.HttpAccess;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderCreated;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.core.event.OrderStatus;
import com.jewelry.logging.core.event.OrderStatusChanged;
import com.jewelry.logging.core.event.OrderUpdated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CaptureLogs(system = SystemName.SHOP, serviceName = "shop-checkout")
class TypedEventsTest {

    static final List<BusinessEvent> ONE_OF_EACH = SampleEvents.oneOfEach();

    private final EventLogger events = TestData.events(TypedEventsTest.class);

    @ParameterizedTest(name = "{0}")
    @FieldSource("ONE_OF_EACH")
    void everyEventReadsBackAsTheRecordThatWasLogged(BusinessEvent event, CapturedLogs logs) {
        events.log(event);

        List<BusinessEvent> readBack = List.copyOf(logs.events(event.getClass()));
        assertThat(readBack).containsExactly(event);
    }

    @Test
    void eventsOfATypeComeBackInOrderAndOthersAreLeftOut(CapturedLogs logs) {
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.NEW, OrderStatus.PAID);
        events.orderCreated("C-1", "ORD-2", List.of(new OrderItem("RING-1", "Ring", 1, Money.rub("100.00"))), Money.rub("100.00"));
        events.orderStatusChanged("C-1", "ORD-1", OrderStatus.PAID, OrderStatus.SHIPPED);

        assertThat(logs.events(OrderStatusChanged.class)).extracting(OrderStatusChanged::newStatus)
                .containsExactly(OrderStatus.PAID, OrderStatus.SHIPPED);
        OrderCreated created = logs.singleEvent(OrderCreated.class);
        assertThat(created.total()).isEqualTo(Money.rub("100.00"));
        assertThat(created.time()).isEqualTo(TestData.NOW);
        assertThat(logs.events(OrderStatusChanged.TYPE)).hasSize(2);
    }

    @Test
    void maskedValuesComeBackMasked(CapturedLogs logs) {
        events.orderUpdated("C-1", "ORD-3", List.of(new FieldChange("contactEmail", null, TestData.email())));

        OrderUpdated updated = logs.singleEvent(OrderUpdated.class);
        assertThat(updated.changes()).hasSize(1);
        assertThat(updated.changes().get(0).field()).isEqualTo("contactEmail");
        assertThat(updated.changes().get(0).newValue()).isNotEqualTo(TestData.email()).isNotBlank();
    }

    @Test
    void theAccessEventsDurationComesFromTheEnvelope(CapturedLogs logs) {
        events.log(new HttpAccess(TestData.NOW, "POST", "/orders", "/orders", 201, java.time.Duration.ofMillis(37), null, null, null));

        assertThat(logs.singleEvent(HttpAccess.class).duration()).hasMillis(37);
    }

    /** A service's own event, defined like the library's. */
    record GiftWrapped(Instant time, String orderNumber, String paper) implements BusinessEvent {
        public static final EventType<GiftWrapped> TYPE = EventType.builder(GiftWrapped.class, "order.gift_wrapped", 1)
                .title("Gift wrapped").description("An order was gift wrapped.").message(e -> "wrapped " + e.orderNumber())
                .field(EventField.required("order.number", FieldKind.KEYWORD, "The order number.", GiftWrapped::orderNumber))
                .field(EventField.optional("gift.paper", FieldKind.KEYWORD, "The paper.", GiftWrapped::paper))
                .build();

        @Override
        public EventType<GiftWrapped> type() {
            return TYPE;
        }
    }

    @Test
    void aServicesOwnEventReadsBackThroughItsStaticType(CapturedLogs logs) {
        GiftWrapped wrapped = new GiftWrapped(TestData.NOW, "ORD-9", "gold");
        events.log(wrapped);

        assertThat(logs.events(GiftWrapped.class)).containsExactly(wrapped);
        com.jewelry.logging.test.JewelryLogAssertions.assertThat(logs).allLinesMatchSchemas();
    }

    record NotAnEvent(Instant time) implements BusinessEvent {
        @Override
        public EventType<? extends BusinessEvent> type() {
            return null;
        }
    }

    @Test
    void aRecordWithoutEventTypeIsRefusedWithTheReason(CapturedLogs logs) {
        assertThatThrownBy(() -> logs.events(NotAnEvent.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no EventType");
    }

    @Test
    void theKitsSharedFieldPathsAreTheLibrarysOwn() {
        for (EventType<?> type : EventCatalogue.builtIn().types(com.jewelry.logging.core.EventCategory.BUSINESS)) {
            assertThat(type.fields()).extracting(EventField::path).as(type.name()).contains(EventLinesAssert.ORDER_NUMBER);
        }
        assertThat(OrderCreated.TYPE.fields()).extracting(EventField::path).contains(EventLinesAssert.CUSTOMER_ID);
    }
}
