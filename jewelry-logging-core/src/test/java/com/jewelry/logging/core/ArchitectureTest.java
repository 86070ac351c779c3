package com.jewelry.logging.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of STYLE.md, checked on the compiled core. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jewelry.logging.core");

    @Test
    void coreDoesNotDependOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CORE);
    }

    @Test
    void publicApiAndEventsDoNotExposeJacksonOrLogback() {
        noClasses().that().resideInAnyPackage("com.jewelry.logging.core", "com.jewelry.logging.core.event")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..", "ch.qos.logback..", "net.logstash..")
                .check(CORE);
    }

    @Test
    void eventRecordsDoNotReachIntoLogbackGlueOrInternals() {
        noClasses().that().resideInAnyPackage("com.jewelry.logging.core.event")
                .should().dependOnClassesThat().resideInAnyPackage("com.jewelry.logging.core.logback..", "com.jewelry.logging.core.internal..")
                .check(CORE);
    }
}
