package com.jewelry.logging.log4j2;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class Log4j2ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jewelry.logging.log4j2");

    @Test
    void theLog4j2ModuleUsesNoLogbackNorLleClass() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("ch.qos.logback..", "net.logstash..", "com.jewelry.logging.masking.logback..",
                        "com.jewelry.logging.core.logback..")
                .check(classes);
    }
}
