package com.jewelry.logging.masking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jewelry.logging.masking");

    @Test
    void maskingEngineAndScrubberNeedOnlyTheJdkSoTheThinJarRunsWithJavaDashJar() {
        noClasses().that().resideOutsideOfPackages("..masking.logback..", "..masking.jackson..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "ch.qos.logback..",
                        "net.logstash..", "org.slf4j..")
                .check(classes);
    }

    @Test
    void theOneJsonEngineAndItsDriversOutsideTheGlueUseOnlyTheJdk() {
        noClasses().that().resideInAnyPackage("..masking.json..", "..masking.internal..", "..masking.cli..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax..", "com.jewelry.logging.masking..")
                .check(classes);
    }

    @Test
    void theJacksonModuleNeedsNoLogbackNorLle() {
        noClasses().that().resideInAnyPackage("..masking.jackson..")
                .should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "net.logstash..",
                        "org.slf4j..", "..masking.logback..")
                .check(classes);
    }

    @Test
    void publicApiDoesNotDependOnTheLogbackGlue() {
        noClasses().that().resideInAnyPackage("com.jewelry.logging.masking", "..masking.internal..",
                        "..masking.json..", "..masking.jackson..")
                .should().dependOnClassesThat().resideInAnyPackage("..masking.logback..", "..masking.cli..")
                .check(classes);
    }
}
