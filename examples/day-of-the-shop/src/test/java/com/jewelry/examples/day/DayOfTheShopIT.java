package com.jewelry.examples.day;

import com.jewelry.logging.test.CapturedLogs;
import com.jewelry.logging.test.LogLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.jewelry.logging.test.JewelryLogAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's day, played once by the same {@link Demo#run} and {@link DayOfTheShop} that {@code ./demo.sh} runs —
 * four service JVMs started from their runnable jars, driven over HTTP, stopped — and then checked file by file with
 * the test kit.
 */
class DayOfTheShopIT {

    private static final Path OUTPUT = Path.of(System.getProperty("day.output.dir", "target/day-of-the-shop"));
    private static final Path SERVICES = Path.of(System.getProperty("services.dir", "target/services"));

    private static final Map<String, Set<String>> SYSTEMS_OF_EVENT = Map.of(
            "order.created", Set.of("SHOP", "CRM"),
            "order.updated", Set.of("CRM"),
            "order.status_changed", Set.of("SHOP", "MES"),
            "cost_calculation.requested", Set.of("MES"),
            "cost_calculation.completed", Set.of("MES"),
            "partner_order.received", Set.of("API"),
            "notification.sent", Set.of("SHOP"));

    private static DayOfTheShop day;
    private static final Map<Service, CapturedLogs> files = new EnumMap<>(Service.class);

    @BeforeAll
    static void playTheDay() throws Exception {
        day = new DayOfTheShop();
        Demo.run(day, SERVICES.toAbsolutePath(), OUTPUT.toAbsolutePath());
        for (Service service : Service.values()) {
            files.put(service, CapturedLogs.readFile(OUTPUT.resolve(service.logFile())));
        }
    }

    private static List<LogLine> allLines() {
        List<LogLine> lines = new ArrayList<>();
        files.values().forEach(logs -> lines.addAll(logs.lines()));
        return lines;
    }

    @Test
    void everyOneOfTheSevenEventsIsWrittenAndOnlyByTheSystemsThatOwnIt() {
        Map<String, Set<String>> written = allLines().stream().filter(line -> line.eventName() != null)
                .filter(line -> !"http.access".equals(line.eventName()))
                .collect(Collectors.groupingBy(LogLine::eventName, Collectors.mapping(LogLine::system, Collectors.toSet())));

        assertThat(written).isEqualTo(SYSTEMS_OF_EVENT);
    }

    @Test
    void eachSystemsFileHoldsOnlyThatSystemsLinesFromItsService() {
        files.forEach((service, logs) -> {
            assertThat(logs.lines()).isNotEmpty();
            assertThat(logs.lines()).allSatisfy(line -> {
                assertThat(line.system()).isEqualTo(service.system());
                assertThat(line.serviceName()).isEqualTo(service.serviceName());
            });
        });
    }

    @Test
    void everyHttpCallLeftExactlyOneAccessLineWithItsRequestIdAndStatus() {
        for (DayOfTheShop.Call call : day.calls()) {
            List<LogLine> access = files.get(call.service()).lines("http.access").stream()
                    .filter(line -> call.requestId().equals(line.text("request.id"))).toList();
            assertThat(access).as("%s %s %s", call.service(), call.method(), call.path()).singleElement()
                    .satisfies(line -> {
                        assertThat(line.text("http.request.method")).isEqualTo(call.method());
                        assertThat(line.text("http.response.status_code")).isEqualTo(String.valueOf(call.status()));
                    });
        }
        int accessLines = files.values().stream().mapToInt(logs -> logs.lines("http.access").size()).sum();
        assertThat(accessLines).isEqualTo(day.calls().size());
    }

    @Test
    void thePartnersAccessLinesNameThePartnerAndTheRefusedCallNamesNone() {
        List<LogLine> access = files.get(Service.API).lines("http.access");

        assertThat(access).filteredOn(line -> "401".equals(line.text("http.response.status_code")))
                .singleElement().satisfies(line -> assertThat(line.has("client.id")).isFalse());
        assertThat(access).filteredOn(line -> !"401".equals(line.text("http.response.status_code")))
                .extracting(line -> line.text("client.id")).containsExactly("P-77", "P-77", "P-78", "P-78");
        assertThat(files.get(Service.API)).hasEvent("partner_order.received").hasCount(4);
        assertThat(files.get(Service.API).lines("partner_order.received"))
                .extracting(line -> line.text("order.processing_status"))
                .containsExactly("ACCEPTED", "DUPLICATE", "INVALID", "REJECTED");
    }

    @Test
    void theBrokenModelLeftAFailedCostCalculationAtErrorAndNoCost() {
        assertThat(files.get(Service.MES)).hasEvent("cost_calculation.requested")
                .withField("cost_calculation.model_id", "MODEL-3D-7790").withLevel("ERROR")
                .withField("event.outcome", "failure").withField("event.dataset", "mes.error").once();
        assertThat(files.get(Service.MES)).hasEvent("cost_calculation.completed").once();
        assertThat(files.get(Service.MES)).hasEvent("cost_calculation.requested")
                .withField("cost_calculation.model_id", "MODEL-3D-7781").withField("event.outcome", "success").once();
    }

    @Test
    void eachServiceWroteADebugLineWithItsInputsMasked() {
        files.forEach((service, logs) -> assertThat(logs.lines()).as(service.serviceName())
                .anySatisfy(line -> {
                    assertThat(line.level()).isEqualTo("DEBUG");
                    assertThat(line.has("detail")).isTrue();
                }));
        assertThat(files.get(Service.SHOP).lines()).anySatisfy(line ->
                assertThat(line.text("detail.payment.number")).startsWith("[masked:card]"));
    }

    @Test
    void everyLineOfEveryFileMatchesThePublishedSchemas() {
        files.values().forEach(logs -> assertThat(logs).allLinesMatchSchemas().hasNoInvalidEvents());
    }

    @Test
    void noPersonalDataAndNoApiKeyReachedAnyFile() {
        files.values().forEach(logs -> assertThat(logs).containsNoPersonalData()
                .doesNotContainAnyOf(day.rawPersonalValues()).doesNotContainAnyOf(day.apiKeys()));
    }

    @Test
    void theSummaryCountsWhatTheFilesHold() throws Exception {
        String summary = DaySummary.of(OUTPUT.toAbsolutePath(), day.calls());

        assertThat(summary).contains(day.calls().size() + " HTTP calls", allLines().size() + " JSON lines",
                "MES   cost_calculation.requested [failure]", "API   partner_order.received");
    }
}
