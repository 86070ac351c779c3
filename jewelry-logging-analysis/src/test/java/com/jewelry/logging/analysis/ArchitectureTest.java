package com.jewelry.logging.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The analysis module stays usable anywhere: no Spring, no core internals, no Logback in the detector. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jewelry.logging.analysis");

    @Test
    void importsNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }

    @Test
    void usesNoInternalPackageOfCore() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.jewelry.logging.core.internal..").check(CLASSES);
    }

    @Test
    void theDetectorNeedsNeitherLogbackNorJackson() {
        noClasses().that().resideInAPackage("..analysis.anomaly..").should().dependOnClassesThat()
                .resideInAnyPackage("ch.qos.logback..", "tools.jackson..", "org.slf4j..").check(CLASSES);
    }
}
