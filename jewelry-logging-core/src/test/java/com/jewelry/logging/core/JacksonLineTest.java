package com.jewelry.logging.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The BOM services import must name the same Jackson 3 line the build compiles and tests against. */
class JacksonLineTest {

    private static final Pattern JACKSON = Pattern.compile("<jackson3\\.version>([^<]+)</jackson3\\.version>");

    @Test
    void bomAndParentAgreeOnTheJacksonLine() throws Exception {
        String parent = property(Path.of("..", "pom.xml"));
        String bom = property(Path.of("..", "jewelry-logging-bom", "pom.xml"));

        assertThat(bom).isEqualTo(parent);
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(parent);
    }

    private static String property(Path pom) throws Exception {
        Matcher m = JACKSON.matcher(Files.readString(pom));
        assertThat(m.find()).as(pom + " defines jackson3.version").isTrue();
        return m.group(1);
    }
}
