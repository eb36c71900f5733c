package org.irtiqa.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every service keeps (style.md), for a service's ArchitectureTest to
 * include with {@code ArchTests.in(ServiceArchitecture.class)}:
 * domain records and enums depend on nothing but themselves and the JDK, Avro never travels over
 * HTTP, and features depend on each other in one direction only.
 */
public final class ServiceArchitecture {

    @ArchTest
    public static final ArchRule domainIsFreeOfAdapters = noClasses()
            .that()
            .areRecords()
            .or()
            .areEnums()
            .and()
            .haveSimpleNameNotEndingWith("Json")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "org.apache.avro..",
                    "org.irtiqa.events..",
                    "java.sql..",
                    "jakarta.persistence..")
            .because("domain types are plain records and enums; adapters map them at the edges");

    @ArchTest
    public static final ArchRule controllersNeverCarryEvents = noClasses()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.irtiqa.events..", "org.apache.kafka..")
            .because("Avro records never travel over HTTP");

    @ArchTest
    public static final ArchRule featuresAreFreeOfCycles = slices().matching("org.irtiqa.*.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a feature reaches only the public services of the features below it");

    private ServiceArchitecture() {}
}
