package com.jewelry.examples.crm;

import com.jewelry.logging.core.SystemName;
import com.jewelry.logging.core.event.Money;
import com.jewelry.logging.core.event.OrderItem;
import com.jewelry.logging.test.CaptureLogs;
import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@CaptureLogs
@SpringBootTest(properties = {"jewelry.logging.file.dir=target/test-logs", "jewelry.logging.console.enabled=false",
        "logging.level.com.jewelry.examples.crm.CustomerDirectory=DEBUG"})
class OrderDeskLoggingTest {

    @Autowired
    private CrmController crm;

    // contacts made up at run time (example.ru, a 916 number): the raw values each test must not find in any line
    private final String customerId = "C-" + ThreadLocalRandom.current().nextInt(10000, 100000);
    private final String name = String.join(" ", "Irina", "Primerova");
    private final String email = String.join("@", "irina" + ThreadLocalRandom.current().nextInt(1000), "example.ru");
    private final String phone = "+7 916 " + ThreadLocalRandom.current().nextInt(100, 1000) + "-11-22";
    private final String newEmail = String.join("@", "irina.new" + ThreadLocalRandom.current().nextInt(1000), "example.ru");
    private final String newPhone = "+7 926 " + ThreadLocalRandom.current().nextInt(100, 1000) + "-33-44";
    private final String address = "Obraztsovaya ul. " + ThreadLocalRandom.current().nextInt(1, 99) + ", Moscow";
    private final String newAddress = "Testovy per. " + ThreadLocalRandom.current().nextInt(1, 99) + ", Moscow";

    private String takeAnOrder() {
        crm.register(new Customer(customerId, name, email, phone, address));
        return crm.take(new PhoneOrder(customerId,
                List.of(new OrderItem("RING-AU750-16", "Gold ring 750 with diamond, size 16", 1, Money.rub("96500.00"))),
                "Forever yours", "2026-12-01 10:00-14:00", null)).orderNumber();
    }

    @Test
    void aManagersOrderIsLoggedAsCreatedByTheCrm(CapturedLogs logs) {
        String number = takeAnOrder();

        assertThat(logs).hasEvent("order.created").withOrderNumber(number).withCustomerId(customerId)
                .withSystem(SystemName.CRM).withField("order.total.amount", 96500).once();
    }

    @Test
    void anAmendmentNamesTheChangedFieldsAndMasksTheAddresses(CapturedLogs logs) {
        String number = takeAnOrder();

        crm.amend(number, new Amendment(null, "2026-12-02 10:00-14:00", newAddress));

        LogLine updated = assertThat(logs).hasEvent("order.updated").withOrderNumber(number).once().lines().get(0);
        assertThat(updated.value("order.changed_fields")).isEqualTo(List.of("deliverySlot", "deliveryAddress"));
        assertThat(updated.text("order.changes.deliverySlot.new")).isEqualTo("2026-12-02 10:00-14:00");
        assertThat(updated.text("order.changes.deliveryAddress.old")).isEqualTo("[masked:address]");
        assertThat(updated.text("order.changes.deliveryAddress.new")).isEqualTo("[masked:address]");
        assertThat(logs).doesNotContainAnyOf(address, newAddress);
    }

    @Test
    @CaptureLogs(level = Level.DEBUG)
    void changedContactsUpdateEachOpenOrderAndNoContactIsWrittenRaw(CapturedLogs logs) {
        String first = takeAnOrder();
        String second = takeAnOrder();

        crm.changeContacts(customerId, new Contacts(newEmail, newPhone));

        assertThat(logs).hasEvent("order.updated").withCustomerId(customerId).hasCount(2);
        assertThat(logs).hasEvent("order.updated").withOrderNumber(first).withField("order.changed_fields[1]", "contactPhone");
        assertThat(logs).hasEvent("order.updated").withOrderNumber(second);
        assertThat(logs.lines()).filteredOn(line -> "DEBUG".equals(line.level()))
                .anySatisfy(line -> assertThat(line.text("detail.contacts.email")).isNotBlank().doesNotContain(newEmail));
        assertThat(logs).containsNoPersonalData().doesNotContainAnyOf(name, email, phone, newEmail, newPhone, address)
                .allLinesMatchSchemas();
    }
}
