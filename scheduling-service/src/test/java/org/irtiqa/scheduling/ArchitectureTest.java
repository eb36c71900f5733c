package org.irtiqa.scheduling;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.irtiqa.testkit.ServiceArchitecture;

/** The rules every service keeps; here the features layer as roster ← session ← attendance, assessment. */
@AnalyzeClasses(packages = "org.irtiqa.scheduling", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests serviceRules = ArchTests.in(ServiceArchitecture.class);
}
