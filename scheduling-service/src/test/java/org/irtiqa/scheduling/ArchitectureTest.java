package org.irtiqa.scheduling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain records and enums of each feature depend on nothing but themselves and the JDK:
 * web, messaging and persistence stay in the classes whose names say so.
 */
@AnalyzeClasses(packages = "org.irtiqa.scheduling", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfAdapters = noClasses()
            .that().areRecords().or().areEnums()
            .and().haveSimpleNameNotEndingWith("Json")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "org.irtiqa.events..",
                    "java.sql..", "jakarta.persistence..")
            .because("domain types are plain records and enums; adapters map them at the edges");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherServicesEvents = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().resideInAnyPackage("org.irtiqa.events..", "org.apache.kafka..")
            .because("Avro records never travel over HTTP");

    @ArchTest
    static final ArchRule featuresDependOnEachOtherInOneDirection = slices()
            .matching("org.irtiqa.scheduling.(*)..")
            .should().beFreeOfCycles()
            .because("roster ← session ← attendance, assessment: a feature reaches only the public services of those below it");
}
