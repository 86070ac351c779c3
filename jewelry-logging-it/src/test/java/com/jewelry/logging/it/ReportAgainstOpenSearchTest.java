package com.jewelry.logging.it;

import com.jewelry.examples.plain.DayOfTheShop;
import com.jewelry.logging.analysis.anomaly.DetectorSettings;
import com.jewelry.logging.analysis.report.Figures;
import com.jewelry.logging.analysis.report.LogFileFigures;
import com.jewelry.logging.analysis.report.OpenSearchFigures;
import com.jewelry.logging.it.support.Json;
import com.jewelry.logging.it.support.OpenSearch;
import com.jewelry.logging.it.support.OpsPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report command gives the same figures from the JSON files as from OpenSearch holding the same lines: the
 * demo's day is written to files, bulk-loaded into the index families the ops pack's templates create, and read
 * back both ways (aggregations on OpenSearch, a scan of the files).
 */
class ReportAgainstOpenSearchTest {

    @RegisterExtension
    static final OpenSearch openSearch = new OpenSearch();

    @TempDir
    Path logs;

    @Test
    void filesAndOpenSearchGiveTheSameFiguresForTheSameDay() throws Exception {
        OpsPack.install(openSearch);
        Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS);
        DayOfTheShop.run(logs, false);
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);

        JsonMapper json = JsonMapper.builder().build();
        StringBuilder bulk = new StringBuilder();
        long lines = 0;
        for (Path file : LogFileFigures.logFiles(logs)) {
            for (String line : Files.readAllLines(file)) {
                JsonNode parsed = json.readTree(line);
                String index = "jewelry-" + parsed.at("/event/dataset").asString().replace('.', '-');
                bulk.append("{\"index\":{\"_index\":").append(Json.quote(index)).append("}}\n").append(line).append('\n');
                lines++;
            }
        }
        JsonNode response = openSearch.call("POST", "/_bulk?refresh=true", bulk.toString()).ok("bulk load");
        assertThat(response.get("errors").asBoolean()).as("bulk errors: " + response).isFalse();
        openSearch.refresh("jewelry-*");

        Figures fromFiles = new LogFileFigures(DetectorSettings.perMinute()).read(logs, from, until);
        Figures fromOpenSearch = new OpenSearchFigures(URI.create(openSearch.url()), "jewelry-*",
                DetectorSettings.perMinute(), null).read(from, until);

        assertThat(fromFiles.lines()).isEqualTo(lines);
        assertThat(fromOpenSearch.lines()).isEqualTo(fromFiles.lines());
        assertThat(fromOpenSearch.ordersCreated()).isEqualTo(fromFiles.ordersCreated()).isNotEmpty();
        assertThat(fromOpenSearch.ordersPerStatus()).isEqualTo(fromFiles.ordersPerStatus()).isNotEmpty();
        assertThat(fromOpenSearch.ordersPerHour()).isEqualTo(fromFiles.ordersPerHour());
        assertThat(fromOpenSearch.costCalculation()).isEqualTo(fromFiles.costCalculation());
        assertThat(fromOpenSearch.partnerReceipts()).isEqualTo(fromFiles.partnerReceipts()).isNotEmpty();
        assertThat(fromOpenSearch.notifications()).isEqualTo(fromFiles.notifications()).isNotEmpty();
        assertThat(fromOpenSearch.problems()).isEqualTo(fromFiles.problems()).isNotEmpty();
        assertThat(fromOpenSearch.anomalies()).isEqualTo(fromFiles.anomalies());
        assertThat(List.of(fromFiles.costCalculation().count())).containsExactly(1L);
    }
}
