package org.rasad.app;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module dependencies point one way: core ← nlp ← extract ← store ← app. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rasad");

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy("org.rasad.core..")
                .layer("nlp").definedBy("org.rasad.nlp..")
                .layer("extract").definedBy("org.rasad.extract..")
                .layer("store").definedBy("org.rasad.store..")
                .layer("app").definedBy("org.rasad.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("store", "app")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("extract", "store", "app")
                .check(CLASSES);
    }

    @Test
    void coreHasNoThirdPartyDependencies() {
        noClasses().that().resideInAPackage("org.rasad.core..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.rasad.core..", "java..")
                .check(CLASSES);
    }

    @Test
    void noReflectionDrivenMagicInPipelineCode() {
        noClasses().that().resideInAnyPackage("org.rasad.core..", "org.rasad.nlp..", "org.rasad.extract..")
                .should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
                .check(CLASSES);
    }
}
