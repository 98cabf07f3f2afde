package com.touchpoint.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of DESIGN.md that the compiler does not check. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.touchpoint");
    }

    @Test
    void onlyViewsAndAppTouchJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.touchpoint.views..", "com.touchpoint.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void onlyDatasourcesSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("com.touchpoint.datasources..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void featureModulesDoNotDependOnEachOther() {
        noClasses().that().resideInAnyPackage("com.touchpoint.analysis..", "com.touchpoint.attribution..",
                        "com.touchpoint.experiments..", "com.touchpoint.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("com.touchpoint.views..", "com.touchpoint.app..")
                .check(classes);
    }
}
